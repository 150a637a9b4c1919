import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";

const KNOWN_CODES = new Set([
  "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "INVALID_CREDENTIALS", "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "OPERATION_RESOLUTION_FAILURE",
]);

function flatten(errors: ValidationError[], prefix = ""): { field: string; rules: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, rules: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Validation errors name each field and rule, in French; domain errors keep their code;
 * anything else is an internal error: masked in production, logged with the request id.
 */
export function formatError(production: boolean, log: (message: string, error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    if (original instanceof ArgumentValidationError) {
      const fields = flatten(original.extensions.validationErrors as ValidationError[]);
      return {
        ...formatted,
        message: `Saisie invalide : ${fields.map((f) => f.rules.join(", ")).join(" ; ")}`,
        extensions: { code: "BAD_USER_INPUT", fields },
      };
    }
    const code = String(formatted.extensions?.code ?? "");
    if (KNOWN_CODES.has(code) || (formatted.extensions?.code && code !== "INTERNAL_SERVER_ERROR")) return formatted;
    log("internal error", original);
    if (!production) return formatted;
    return { message: "Erreur interne : l'équipe technique a été prévenue.", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
