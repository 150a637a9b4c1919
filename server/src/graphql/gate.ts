import { GraphQLError, Kind, type OperationDefinitionNode } from "graphql";
import { unauthenticated } from "./errors.js";

/** What answers without a session: signing in, and the pages reached from an e-mail (invitation, password reset). */
const OPEN_FIELDS: Record<"query" | "mutation", Set<string>> = {
  query: new Set(["invitation", "__typename"]),
  mutation: new Set(["login", "acceptInvitation", "requestPasswordReset", "resetPassword", "__typename"]),
};

/** Without a session, nothing but the open fields answers (introspection included). */
export function assertOperationAllowedWithoutSession(operation: OperationDefinitionNode | null | undefined): void {
  if (!operation) return;
  const open = operation.operation === "subscription" ? null : OPEN_FIELDS[operation.operation];
  const onlyOpenFields = !!open && operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && open.has(s.name.value));
  if (!onlyOpenFields) throw unauthenticated();
}

export const isUnauthenticated = (e: GraphQLError) => e.extensions?.code === "UNAUTHENTICATED";
