import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

/** The session travels as the HTTP-only cookie set by the login mutation. */
export const apolloClient = new ApolloClient({
  link: new HttpLink({ uri: "/graphql", credentials: "same-origin" }),
  cache: new InMemoryCache(),
});
