import { useMutation } from "@apollo/client/react";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useState } from "react";
import { oneLine, serverErrors } from "./errors";

interface ActionButtonProps<V extends Record<string, unknown>> {
  mutation: TypedDocumentNode<unknown, V>;
  variables: V;
  label: string;
  busyLabel?: string;
  confirm?: string;
  tone?: "primary" | "secondary" | "danger";
  onDone?: () => void;
}

/** One click, one mutation: busy while it runs, the server's French refusal shown next to it. */
export function ActionButton<V extends Record<string, unknown>>({ mutation, variables, label, busyLabel, confirm, tone = "primary", onDone }: ActionButtonProps<V>) {
  const [run, { loading }] = useMutation(mutation, { refetchQueries: "active" });
  const [error, setError] = useState<string | null>(null);
  const click = async () => {
    if (confirm && !window.confirm(confirm)) return;
    setError(null);
    try {
      await run({ variables });
      onDone?.();
    } catch (e) {
      setError(oneLine(serverErrors(e)));
    }
  };
  return (
    <span className="action">
      <button type="button" className={`button button--${tone}`} onClick={click} disabled={loading}>
        {loading ? busyLabel ?? `${label}…` : label}
      </button>
      {error && <span className="action__error" role="alert">{error}</span>}
    </span>
  );
}
