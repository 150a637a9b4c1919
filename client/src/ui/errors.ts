import { CombinedGraphQLErrors } from "@apollo/client";

export interface ServerErrors {
  /** rules by input field, as the server names the field (a list's items are shown at the list) */
  byField: Record<string, string>;
  /** what is not about one field: a refused action, a network failure */
  general: string | null;
}

/** The control a field belongs to: `attendingOrganisationIds[3]` and `signatureOptions[1].date` are shown at their list. */
const controlOf = (field: string): string => field.replace(/\[\d+\].*$/, "");

/** Splits a mutation's error into rules shown beside their fields (BAD_USER_INPUT's `fields`) and one general message. */
export function serverErrors(error: unknown): ServerErrors {
  if (!error) return { byField: {}, general: null };
  if (!CombinedGraphQLErrors.is(error)) {
    return { byField: {}, general: "Le serveur ne répond pas. Vérifiez votre connexion puis réessayez." };
  }
  const rules = new Map<string, Set<string>>();
  const general: string[] = [];
  for (const e of error.errors) {
    const fields = e.extensions?.fields as { field: string; rules: string[] }[] | undefined;
    if (!fields?.length) general.push(e.message);
    for (const f of fields ?? []) {
      const control = controlOf(f.field);
      rules.set(control, new Set([...(rules.get(control) ?? []), ...f.rules]));
    }
  }
  const byField = Object.fromEntries([...rules].map(([field, own]) => [field, [...own].join(" ; ")]));
  return { byField, general: general.length ? general.join(" ") : null };
}

/** Everything in one line, for a place with no field to show rules beside: each rule after its field's name. */
export function oneLine({ general, byField }: ServerErrors): string | null {
  const fields = Object.entries(byField).map(([field, rules]) => `${field} : ${rules}`);
  return general ?? (fields.length ? fields.join(" ; ") : null);
}
