import { useMutation } from "@apollo/client/react";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { useState } from "react";
import { serverErrors, type ServerErrors } from "./errors";

interface Submit<V> {
  /** runs the mutation; true when the server accepted it */
  submit: (variables: V) => Promise<boolean>;
  loading: boolean;
  /** the server's messages, by input field and in general */
  errors: ServerErrors;
  /** set after a success, cleared on the next submit */
  done: boolean;
  /** the refusal as it came, for what a form reads in its extensions (DUPLICATE_SIRET's existing organisation) */
  error: unknown;
  /** forgets the last refusal and success (a form opened again starts clean) */
  clear: () => void;
}

type Refetch = NonNullable<useMutation.Options["refetchQueries"]>;

/** A form's mutation: every active query is refetched after it (or the ones named), the server's refusal is kept for display. */
export function useSubmit<V extends Record<string, unknown>>(mutation: TypedDocumentNode<unknown, V>, refetchQueries: Refetch = "active"): Submit<V> {
  const [run, { loading }] = useMutation(mutation, { refetchQueries, awaitRefetchQueries: true });
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
  const clear = () => {
    setError(null);
    setDone(false);
  };
  return { submit, loading, errors: withoutFieldPrefix(serverErrors(error)), done, error, clear };
}

/** The server's field rules start with the input's name (« reason : motif de 3 à 2000 caractères »): shown beside the field, the name goes. */
export function withoutFieldPrefix(errors: ServerErrors): ServerErrors {
  const byField = Object.fromEntries(
    Object.entries(errors.byField).map(([field, message]) => [field, message.replace(new RegExp(`^${field}\\s*:\\s*`), "").replace(/^./, (c) => c.toUpperCase())]),
  );
  return { ...errors, byField };
}
