import { CombinedGraphQLErrors } from "@apollo/client";

export interface ServerErrors {
  /** messages by input field (the server names the field of each rule) */
  byField: Record<string, string>;
  /** what is not about one field: a refused action, a network failure */
  general: string | null;
}

/** Splits a mutation's error into messages shown beside their fields and one general message. */
export function serverErrors(error: unknown): ServerErrors {
  const byField: Record<string, string> = {};
  if (!error) return { byField, general: null };
  if (CombinedGraphQLErrors.is(error)) {
    const general: string[] = [];
    for (const e of error.errors) {
      const ext = e.extensions ?? {};
      const fields = ext.fields as { field: string; rules: string[] }[] | undefined;
      if (fields?.length) for (const f of fields) byField[f.field] = f.rules.join(" ; ");
      else if (typeof ext.field === "string") byField[ext.field] = e.message;
      else general.push(e.message);
    }
    return { byField, general: general.length ? general.join(" ") : null };
  }
  return { byField, general: "Le serveur ne répond pas. Vérifiez votre connexion puis réessayez." };
}
