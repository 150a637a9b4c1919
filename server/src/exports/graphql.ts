import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import type { AuthenticatedContext } from "../graphql/context.js";

const parsed = new Map<string, DocumentNode>();

/**
 * Runs a query of the API for the viewer, in its request context: the export reads exactly what
 * the screens read, through the same resolvers, access policy and field rules.
 */
export async function queryAsViewer<T>(schema: GraphQLSchema, ctx: AuthenticatedContext, source: string, variables: Record<string, unknown> = {}): Promise<T> {
  let document = parsed.get(source);
  if (!document) {
    document = parse(source);
    const invalid = validate(schema, document);
    if (invalid.length) throw new Error(`export query invalid against the schema: ${invalid.map((e) => e.message).join("; ")}`);
    parsed.set(source, document);
  }
  const result = await execute({ schema, document, contextValue: ctx, variableValues: variables });
  if (result.errors?.length) throw result.errors[0];
  return result.data as T;
}
