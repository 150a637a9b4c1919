import { GraphQLError } from "graphql";
import { describeFields, normaliseFields, type FieldRules } from "./bad-input.js";

/** A refusal a person can understand: stable code for programs, French message for people. */
export class DomainError extends GraphQLError {
  constructor(code: string, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = () =>
  new DomainError("UNAUTHENTICATED", "Connexion requise : identifiez-vous pour accéder à Cordée.", { http: { status: 401 } });

export const notFound = (what: string) =>
  new DomainError("NOT_FOUND", `${what} introuvable ou non accessible pour votre organisation.`);

/** One field refused with one rule, in French: "endDate", "la fin de session doit suivre son début". */
export const badInput = (field: string, rule: string) =>
  new DomainError("BAD_USER_INPUT", `${field} : ${rule}`, { fields: [{ field, rules: [rule] }] });

/** Several fields refused at once. */
export function badInputs(fields: readonly FieldRules[]): DomainError {
  const normalised = normaliseFields(fields);
  return new DomainError("BAD_USER_INPUT", describeFields(normalised), { fields: normalised });
}

/** The database (or what carries events) is away or too slow: nothing was changed, try again shortly. */
export const serviceUnavailable = () =>
  new DomainError("SERVICE_UNAVAILABLE", "Service momentanément indisponible : la base de données ne répond pas. Rien n'a été enregistré ; réessayez dans quelques secondes.", {
    retryAfterSeconds: 5,
    http: { status: 503, headers: new Map([["retry-after", "5"]]) },
  });
