import { GraphQLError, Kind, type OperationDefinitionNode } from "graphql";
import { unauthenticated } from "./errors.js";

const OPEN_FIELDS = new Set(["login", "__typename"]);

/** Without a session, nothing but `login` answers (introspection included). */
export function assertOperationAllowedWithoutSession(operation: OperationDefinitionNode | null | undefined): void {
  if (!operation) return;
  const onlyOpenFields =
    operation.operation === "mutation" &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && OPEN_FIELDS.has(s.name.value));
  if (!onlyOpenFields) throw unauthenticated();
}

export const isUnauthenticated = (e: GraphQLError) => e.extensions?.code === "UNAUTHENTICATED";
