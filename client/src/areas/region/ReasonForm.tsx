import { useMutation } from "@apollo/client/react";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useState, type FormEvent } from "react";
import { serverErrors } from "../../ui/errors";
import { Field } from "../../ui/Field";

interface ReasonFormProps<V extends Record<string, unknown>> {
  mutation: TypedDocumentNode<unknown, V>;
  /** the mutation's variables for a given reason */
  variables: (reason: string) => V;
  label: string;
  submitLabel: string;
  tone?: "primary" | "secondary" | "danger";
  /** what the form is about, for screen readers (the visible label stays short) */
  context: string;
}

/** The server prefixes a field's rule with the field's code (« reason : motif de 3 à 2000 caractères »). */
function ruleText(message: string | undefined): string | undefined {
  if (!message) return undefined;
  const text = message.replace(/^(input\.)?reason\s*:\s*/, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A reason and one button: the server's message for the reason is shown beside the field,
 * any other refusal below the button.
 */
export function ReasonForm<V extends Record<string, unknown>>({ mutation, variables, label, submitLabel, tone = "primary", context }: ReasonFormProps<V>) {
  const [reason, setReason] = useState("");
  const [run, { loading, error, reset }] = useMutation(mutation, { refetchQueries: "active" });
  const errors = serverErrors(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await run({ variables: variables(reason) });
      setReason("");
    } catch {
      // shown beside the field or below the button
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <div role="group" aria-label={context} className="region-form">
        <Field label={label} error={ruleText(errors.byField.reason ?? errors.byField["input.reason"])}>
          {(props) => <input {...props} type="text" value={reason} onChange={(e) => { setReason(e.target.value); if (error) reset(); }} required minLength={3} maxLength={2000} />}
        </Field>
        <button type="submit" className={`button button--${tone}`} disabled={loading}>{loading ? `${submitLabel}…` : submitLabel}</button>
        {errors.general && <p className="field__error region-form__error" role="alert">{errors.general}</p>}
      </div>
    </form>
  );
}
