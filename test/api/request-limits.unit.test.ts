import {
  getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, Kind, parse, print, specifiedRules, typeFromAST, validate,
  type DocumentNode, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from "graphql";
import * as generated from "../../client/generated/gql/graphql";
import { costOf, limitRules, parseWithinLimits, REQUEST_LIMITS } from "../../server/src/graphql/limits";
import { cordeeSchema } from "../../server/src/schema/build";

/** The web client's own operations, as the server receives them. */
const clientDocuments: [string, DocumentNode][] = Object.entries(generated)
  .filter(([name, value]) => name.endsWith("Document") && typeof value === "object" && (value as DocumentNode).kind === Kind.DOCUMENT)
  .map(([name, value]) => [name, value as DocumentNode]);

function depthOf(selections: readonly { kind: string; selectionSet?: { selections: readonly unknown[] } }[] | undefined): number {
  if (!selections?.length) return 0;
  return 1 + Math.max(...selections.map((s) => depthOf(s.selectionSet?.selections as typeof selections)));
}

/** A plausible value of a variable's type, so that the cost counts what a real call would pass. */
function sampleOf(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleOf(nullable.ofType)];
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(Object.values(nullable.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sampleOf(f.type)]));
  }
  const scalars: Record<string, unknown> = {
    ID: "00000000-0000-4000-8000-000000000000", String: "x", Int: 1, Float: 1, Boolean: true, LocalDate: "2027-01-01",
    DateTimeISO: "2027-01-01T09:00:00.000Z", JSONObject: {},
  };
  return scalars[nullable.name] ?? "x";
}

function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sampleOf(typeFromAST(schema, v.type) as GraphQLInputType)]));
}

const aliasesOf = (text: string) => (text.match(/^\s*\w+\s*:\s*\w+/gm) ?? []).length;

describe("request limits against the web client's real operations", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await cordeeSchema();
  });

  it("finds the client's operations", () => {
    expect(clientDocuments.length).toBeGreaterThan(40);
  });

  it("lets every operation of the web client through, with room to spare", () => {
    const measured = clientDocuments.map(([name, document]) => {
      const text = print(document);
      const parsed = parseWithinLimits(text);
      const errors = validate(schema, parsed, [...specifiedRules, ...limitRules({ introspection: false })]);
      expect({ name, errors: errors.map((e) => e.message) }).toEqual({ name, errors: [] });
      const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const cost = costOf(schema, parsed, sampleVariables(schema, operation));
      return { name, bytes: Buffer.byteLength(text), depth: depthOf(operation.selectionSet.selections), aliases: aliasesOf(text), cost };
    });
    const max = (key: "bytes" | "depth" | "aliases" | "cost") => Math.max(...measured.map((m) => m[key]));
    console.log("client operations, largest:", { bytes: max("bytes"), depth: max("depth"), aliases: max("aliases"), cost: max("cost") },
      measured.sort((a, b) => b.cost - a.cost).slice(0, 3).map((m) => `${m.name}: ${m.cost}`));
    // the limits keep a margin over what the client asks today
    expect(max("bytes") * 4).toBeLessThanOrEqual(REQUEST_LIMITS.documentBytes);
    expect(max("depth") + 2).toBeLessThanOrEqual(REQUEST_LIMITS.depth);
    expect(max("cost") * 2).toBeLessThanOrEqual(REQUEST_LIMITS.cost);
  });

  it("refuses the abusive shapes with a stable code", () => {
    const nested = `{ operations(first: 1) { nodes { team { operation { team { operation { team { operation { team { operation { id } } } } } } } } } } }`;
    const aliases = `{ ${Array.from({ length: 1000 }, (_, i) => `t${i}: tasks { id }`).join(" ")} }`;
    const codes = (text: string) => validate(schema, parse(text), limitRules({ introspection: true })).map((e) => e.extensions.code);
    expect(codes(nested)).toContain("QUERY_TOO_DEEP");
    expect(codes(aliases)).toContain("TOO_MANY_ALIASES");
    expect(codes(`{ __schema { types { name } } }`)).toEqual([]);
    expect(validate(schema, parse(`{ __schema { types { name } } }`), limitRules({ introspection: false })).length).toBeGreaterThan(0);
    expect(costOf(schema, parse(`{ operations(first: 100) { nodes { team { organisation { name } } } } }`), {})).toBeGreaterThan(1000);
    expect(() => parseWithinLimits(`{ ${"a ".repeat(REQUEST_LIMITS.tokens + 1)} }`)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "TOO_MANY_TOKENS" }) }));
    expect(() => parseWithinLimits("#".repeat(REQUEST_LIMITS.documentBytes + 1))).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "DOCUMENT_TOO_LARGE" }) }));
  });
});
