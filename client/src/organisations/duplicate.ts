import { CombinedGraphQLErrors } from "@apollo/client";
import type { ServerErrors } from "../ui/errors";

export interface ExistingOrganisation {
  id: string;
  name: string;
}

/** The organisation a DUPLICATE_SIRET refusal points to (named only when it is of the same territory). */
export function existingOrganisationOf(error: unknown): ExistingOrganisation | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const duplicate = error.errors.find((e) => e.extensions?.code === "DUPLICATE_SIRET");
  const id = duplicate?.extensions?.existingOrganisationId;
  const name = duplicate?.extensions?.existingOrganisationName;
  return typeof id === "string" && typeof name === "string" ? { id, name } : null;
}

/** « Cette organisation existe déjà : NAME » says it instead of the server's general message. */
export function withoutGeneral(errors: ServerErrors, existing: ExistingOrganisation | null): ServerErrors {
  return existing ? { ...errors, general: null } : errors;
}

export const alreadyExists = (existing: ExistingOrganisation) => `Cette organisation existe déjà\u00a0: ${existing.name}`;
