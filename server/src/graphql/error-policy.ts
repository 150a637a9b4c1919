import { GraphQLError, type GraphQLFormattedError } from "graphql";

type Formatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * What every transport (HTTP and graphql-ws) applies after the formatter: a limit's own code
 * survives Apollo's GRAPHQL_VALIDATION_FAILED wrapping, and without introspection the
 * « Did you mean … ? » hints, which would tell the schema field by field, go.
 */
export function errorPolicy(format: Formatter, options: { hideSuggestions: boolean }): Formatter {
  return (formatted, error) => {
    const result = format(formatted, error);
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    const ownCode = original instanceof GraphQLError ? original.extensions.code : undefined;
    const extensions = result.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && typeof ownCode === "string" ? { ...result.extensions, code: ownCode } : result.extensions;
    const message = options.hideSuggestions ? result.message.replace(/ ?Did you mean .+\?/g, "").trim() : result.message;
    return { ...result, message, extensions };
  };
}
