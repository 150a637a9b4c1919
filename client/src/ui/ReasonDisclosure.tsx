import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useState, type FormEvent } from "react";
import { Disclosure } from "./Disclosure";
import { Field } from "./Field";
import { FormMessages } from "./FormMessages";
import { useSubmit } from "./useSubmit";

interface ReasonDisclosureProps<V extends Record<string, unknown>> {
  /** the button that opens the form (« Désactiver ») */
  label: string;
  /** the reason's label (« Motif de la désactivation ») */
  reasonLabel: string;
  /** the button that confirms (« Confirmer la désactivation ») */
  submitLabel: string;
  mutation: TypedDocumentNode<unknown, V>;
  variables: (reason: string) => V;
}

/** An action that needs a written reason: a button opens the reason and its confirmation. */
export function ReasonDisclosure<V extends Record<string, unknown>>({ label, reasonLabel, submitLabel, mutation, variables }: ReasonDisclosureProps<V>) {
  return (
    <Disclosure label={label} tone="danger">
      <ReasonForm reasonLabel={reasonLabel} submitLabel={submitLabel} mutation={mutation} variables={variables} />
    </Disclosure>
  );
}

function ReasonForm<V extends Record<string, unknown>>({ reasonLabel, submitLabel, mutation, variables }: Omit<ReasonDisclosureProps<V>, "label">) {
  const [reason, setReason] = useState("");
  const { submit, loading, errors } = useSubmit(mutation);
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    void submit(variables(reason.trim()));
  };
  return (
    <form onSubmit={confirm} noValidate>
      <Field label={reasonLabel} error={errors.byField.reason} hint="De 3 à 500 caractères&nbsp;; gardé dans l'historique.">
        {(props) => <textarea {...props} value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} maxLength={500} rows={2} />}
      </Field>
      <FormMessages errors={errors} shownFields={["reason"]} />
      <button type="submit" className="button button--danger" disabled={loading}>{loading ? `${submitLabel}…` : submitLabel}</button>
    </form>
  );
}
