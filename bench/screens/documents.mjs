// The client's own GraphQL documents: read from client/generated/gql/graphql.ts (the typed
// documents the React screens send), printed back to query text with graphql-js.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { print } = require("graphql");

const GENERATED = path.resolve(import.meta.dirname, "../../client/generated/gql/graphql.ts");

/** Every `export const XDocument = {...} as unknown as DocumentNode<...>` of the generated file, by operation name. */
export function clientDocuments(file = GENERATED) {
  const source = fs.readFileSync(file, "utf8");
  const documents = new Map();
  for (const match of source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode<.*$/gm)) {
    const ast = JSON.parse(match[2]);
    const operation = ast.definitions.find((d) => d.kind === "OperationDefinition");
    if (operation?.name) documents.set(operation.name.value, { name: operation.name.value, kind: operation.operation, query: print(ast) });
  }
  return documents;
}
