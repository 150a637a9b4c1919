import { CombinedGraphQLErrors } from "@apollo/client";

export interface ServerErrors {
  /** rules by input field, as the server names the field (a list's items are shown at the list) */
  byField: Record<string, string>;
  /** what is not about one field: a refused action, a network failure */
  general: string | null;
}

/** The control a field belongs to: `attendingOrganisationIds[3]` and `signatureOptions[1].date` are shown at their list. */
const controlOf = (field: string): string => field.replace(/\[\d+\].*$/, "");

interface FieldRules {
  field: string;
  rules: string[];
}

/** The fields an error names: BAD_USER_INPUT's `fields: [{ field, rules }]`, or a single `field` whose rule is the message. */
function fieldsOf(message: string, extensions: Record<string, unknown> | undefined): FieldRules[] {
  const fields = extensions?.fields;
  if (Array.isArray(fields)) return fields.filter((f): f is FieldRules => typeof f?.field === "string" && Array.isArray(f?.rules));
  return typeof extensions?.field === "string" ? [{ field: extensions.field, rules: [message] }] : [];
}

/** Splits a mutation's error into rules shown beside their fields (BAD_USER_INPUT's `fields`) and one general message. */
export function serverErrors(error: unknown): ServerErrors {
  if (!error) return { byField: {}, general: null };
  if (!CombinedGraphQLErrors.is(error)) {
    return { byField: {}, general: "Le serveur ne répond pas. Vérifiez votre connexion puis réessayez." };
  }
  const rules = new Map<string, Set<string>>();
  const general: string[] = [];
  for (const e of error.errors) {
    const fields = fieldsOf(e.message, e.extensions);
    // a refusal that is not bad input (FORBIDDEN, DUPLICATE_SIRET...) says more than its field's rule: its message is shown too
    const saidAtField = fields.length > 0 && (e.extensions?.code === "BAD_USER_INPUT" || fields.every((f) => f.rules.every((rule) => rule === e.message)));
    if (!saidAtField) general.push(e.message);
    for (const f of fields) {
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
