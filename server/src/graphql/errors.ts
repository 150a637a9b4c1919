import { GraphQLError } from "graphql";

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

export const badInput = (field: string, rule: string) =>
  new DomainError("BAD_USER_INPUT", `${field} : ${rule}`, { field });
