import { ApolloClient, HttpLink, InMemoryCache, split } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { getMainDefinition } from "@apollo/client/utilities";
import { Kind, OperationTypeNode } from "graphql";
import { createClient } from "graphql-ws";

/**
 * Queries and mutations over HTTP, subscriptions over graphql-ws, both on /graphql. The session is
 * the HTTP-only cookie set by `login`; the browser sends it with both (same origin).
 */
/** graphql-ws close codes that say the session is over or absent (see the server's live-sockets.ts). */
const SESSION_ENDED = 4401;
const SESSION_OVER = new Set([SESSION_ENDED, 4403]);
const sessionEnded = (event: unknown) => event instanceof CloseEvent && SESSION_OVER.has(event.code);

export function createApolloClient(): ApolloClient {
  const http = new HttpLink({ uri: "/graphql", credentials: "same-origin" });
  const wsUrl = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`;
  const ws = new GraphQLWsLink(
    createClient({
      url: wsUrl,
      lazy: true,
      retryAttempts: Infinity,
      // a socket closed because the session ended (logout elsewhere, expiry) is not retried: the
      // page starts again from the sign-in screen
      shouldRetry: (event) => !sessionEnded(event),
      on: { closed: (event) => event instanceof CloseEvent && event.code === SESSION_ENDED && window.location.assign("/") },
    }),
  );
  const link = split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    ws,
    http,
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}
