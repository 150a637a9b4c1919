import { useMutation } from "@apollo/client/react";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useState } from "react";
import { serverErrors, type ServerErrors } from "../../ui/errors";

interface Submit<V> {
  /** runs the mutation; true when the server accepted it */
  submit: (variables: V) => Promise<boolean>;
  loading: boolean;
  /** the server's messages, by input field and in general */
  errors: ServerErrors;
  /** set after a success, cleared on the next submit */
  done: boolean;
}

/** A form's mutation: every active query is refetched after it, the server's refusal is kept for display. */
export function useSubmit<V extends Record<string, unknown>>(mutation: TypedDocumentNode<unknown, V>): Submit<V> {
  const [run, { loading }] = useMutation(mutation, { refetchQueries: "active", awaitRefetchQueries: true });
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const submit = async (variables: V) => {
    setError(null);
    setDone(false);
    try {
      await run({ variables });
      setDone(true);
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  return { submit, loading, errors: withoutFieldPrefix(serverErrors(error)), done };
}

/** The server's field rules start with the input's name (« reason : motif de 3 à 2000 caractères »): shown beside the field, the name goes. */
function withoutFieldPrefix(errors: ServerErrors): ServerErrors {
  const byField = Object.fromEntries(
    Object.entries(errors.byField).map(([field, message]) => [field, message.replace(new RegExp(`^${field}\\s*:\\s*`), "").replace(/^./, (c) => c.toUpperCase())]),
  );
  return { ...errors, byField };
}
