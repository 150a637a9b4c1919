import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { isDatabaseUnavailable } from "../db/faults.js";
import { serviceUnavailable } from "./errors.js";
import { describeFields, normaliseFields, printPath, translateInputError, type FieldRules, type PathSegment } from "./bad-input.js";

const KNOWN_CODES = new Set([
  "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "INVALID_CREDENTIALS", "TOO_MANY_ATTEMPTS", "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED", "SERVICE_UNAVAILABLE", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "OPERATION_RESOLUTION_FAILURE",
]);

function flatten(errors: ValidationError[], parent: PathSegment[] = []): FieldRules[] {
  return errors.flatMap((e) => {
    const path = [...parent, /^\d+$/.test(e.property) ? Number(e.property) : e.property];
    const own = e.constraints ? [{ field: printPath(path), rules: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

function isFieldRulesList(value: unknown): value is FieldRules[] {
  return Array.isArray(value) && value.every((f: unknown) => typeof (f as FieldRules)?.field === "string" && Array.isArray((f as FieldRules).rules));
}

function badUserInput(formatted: GraphQLFormattedError, message: string, fields: FieldRules[]): GraphQLFormattedError {
  return { message, locations: formatted.locations, path: formatted.path, extensions: { code: "BAD_USER_INPUT", fields } };
}

/**
 * Bad input, whoever refused it (class-validator, badInput(), the input guard, graphql-js's own
 * coercion and validation of values), answers BAD_USER_INPUT with `fields: [{ field, rules }]` in
 * French; domain errors keep their code; anything else is an internal error: masked in
 * production, logged with the request id.
 */
export function formatError(production: boolean, log: (message: string, error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    if (original instanceof ArgumentValidationError) {
      const fields = normaliseFields(flatten(original.extensions.validationErrors as ValidationError[]));
      return badUserInput(formatted, describeFields(fields), fields);
    }
    if (isDatabaseUnavailable(original)) {
      const { message, extensions } = serviceUnavailable();
      return { message, locations: formatted.locations, path: formatted.path, extensions: { code: extensions.code, retryAfterSeconds: extensions.retryAfterSeconds } };
    }
    const code = String(formatted.extensions?.code ?? "");
    const fields = formatted.extensions?.fields;
    if (code === "BAD_USER_INPUT" && isFieldRulesList(fields)) return badUserInput(formatted, formatted.message, normaliseFields(fields));
    // graphql-js refuses values before resolvers run: no response path; over graphql-ws, no code either
    if (!formatted.path && ["", "BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"].includes(code) && error instanceof GraphQLError) {
      const translated = translateInputError(error, production);
      if (translated) return badUserInput(formatted, describeFields([translated]), [translated]);
    }
    if (KNOWN_CODES.has(code) || (formatted.extensions?.code && code !== "INTERNAL_SERVER_ERROR")) return formatted;
    log("internal error", original);
    if (!production) return formatted;
    return { message: "Erreur interne : l'équipe technique a été prévenue.", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
