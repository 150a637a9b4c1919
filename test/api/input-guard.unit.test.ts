import {
  isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema,
} from "graphql";
import { fieldOfArgumentPath, type FieldRules, type PathSegment } from "../../server/src/graphql/bad-input";
import { DomainError } from "../../server/src/graphql/errors";
import { JOURNAL_EVENT_ID_ARGUMENTS, LIST_LIMITS, MAX_LIST_LENGTH } from "../../server/src/graphql/input-guard";
import { cordeeSchema } from "../../server/src/schema/build";

type Sample = { value: unknown; expected: FieldRules[] };

const UUID = "6f1c1b9e-2d34-4c4e-9a3b-1f2e3d4c5b6a";

/**
 * A value of the type where every ID is malformed (lists hold one item), with the refusals the
 * guard must give; null when the type holds no ID.
 */
function malformedIds(type: GraphQLInputType, path: PathSegment[], journalEventId: boolean): Sample | null {
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    const item = malformedIds(nullable.ofType, [...path, 0], journalEventId);
    return item && { value: [item.value], expected: item.expected };
  }
  if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields()).flatMap((f) => {
      const sample = malformedIds(f.type, [...path, f.name], false);
      return sample ? [[f.name, sample] as const] : [];
    });
    if (!fields.length) return null;
    return { value: Object.fromEntries(fields.map(([name, s]) => [name, s.value])), expected: fields.flatMap(([, s]) => s.expected) };
  }
  if (isScalarType(nullable) && nullable.name === "ID") {
    return { value: "x", expected: [{ field: fieldOfArgumentPath(path), rules: [journalEventId ? "identifiant d'événement invalide" : "identifiant invalide"] }] };
  }
  return null;
}

/** A value of the type whose first list (depth first) is one item too long; null when it holds no list. */
function tooLong(type: GraphQLInputType, path: PathSegment[], coordinate: string): Sample | null {
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    const max = LIST_LIMITS[coordinate] ?? MAX_LIST_LENGTH;
    const itemType = isNonNullType(nullable.ofType) ? nullable.ofType.ofType : nullable.ofType;
    const item = isScalarType(itemType) && itemType.name === "ID" ? UUID : null;
    return { value: Array.from({ length: max + 1 }, () => item), expected: [{ field: fieldOfArgumentPath(path), rules: [`au plus ${max} éléments`] }] };
  }
  if (isInputObjectType(nullable)) {
    for (const f of Object.values(nullable.getFields())) {
      const sample = tooLong(f.type, [...path, f.name], `${nullable.name}.${f.name}`);
      if (sample) return { value: { [f.name]: sample.value }, expected: sample.expected };
    }
  }
  return null;
}

function fieldsWithArguments(schema: GraphQLSchema): { parent: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[] {
  return Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith("__"))
    .flatMap((parent) => Object.values(parent.getFields()).filter((f) => f.args.length).map((field) => ({ parent, field })));
}

/** What the field's resolver (or subscribe function) answers to these arguments, before anything else can run. */
async function refusal(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): Promise<unknown> {
  const run = field.subscribe ?? field.resolve;
  const info = { parentType: parent, fieldName: field.name } as GraphQLResolveInfo;
  try {
    await run?.(undefined, args, {}, info);
    return null;
  } catch (error) {
    return error;
  }
}

describe("input guard", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await cordeeSchema();
  });

  it("refuses a malformed ID in every argument and input field of the schema, before the resolver", async () => {
    let checked = 0;
    for (const { parent, field } of fieldsWithArguments(schema)) {
      for (const arg of field.args) {
        const journalEventId = JOURNAL_EVENT_ID_ARGUMENTS.includes(`${parent.name}.${field.name}(${arg.name}:)`);
        const sample = malformedIds(arg.type, [arg.name], journalEventId);
        if (!sample) continue;
        const error = await refusal(parent, field, { [arg.name]: sample.value });
        expect({ at: `${parent.name}.${field.name}(${arg.name}:)`, error }).toEqual({ at: `${parent.name}.${field.name}(${arg.name}:)`, error: expect.any(DomainError) });
        expect((error as DomainError).extensions).toEqual({ code: "BAD_USER_INPUT", fields: sample.expected });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it("refuses every list one item longer than its limit", async () => {
    let checked = 0;
    for (const { parent, field } of fieldsWithArguments(schema)) {
      for (const arg of field.args) {
        const sample = tooLong(arg.type, [arg.name], `${parent.name}.${field.name}(${arg.name}:)`);
        if (!sample) continue;
        const error = await refusal(parent, field, { [arg.name]: sample.value });
        expect((error as DomainError).extensions).toEqual({ code: "BAD_USER_INPUT", fields: sample.expected });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it("takes a UUID for an ID and a decimal integer for a journal event id", async () => {
    const query = schema.getQueryType()!;
    const ids = (args: Record<string, unknown>) => refusal(query, query.getFields().events, args).then((e) => (e as DomainError).extensions?.fields ?? null);
    expect(await ids({ after: UUID })).toEqual([{ field: "after", rules: ["identifiant d'événement invalide"] }]);
    expect(await ids({ after: "12", operationId: "12" })).toEqual([{ field: "operationId", rules: ["identifiant invalide"] }]);
    expect(await ids({ after: "-1" })).toEqual([{ field: "after", rules: ["identifiant d'événement invalide"] }]);
    expect(await ids({ after: "1".repeat(19) })).toEqual([{ field: "after", rules: ["identifiant d'événement invalide"] }]);
    expect(await ids({ operationId: `${UUID} ` })).toEqual([{ field: "operationId", rules: ["identifiant invalide"] }]);
  });

  it("knows each journal event id argument it lists", () => {
    const after = fieldsWithArguments(schema).flatMap(({ parent, field }) => field.args.filter((a) => a.name === "after" && String(a.type) === "ID").map((a) => `${parent.name}.${field.name}(${a.name}:)`));
    expect(after.sort()).toEqual([...JOURNAL_EVENT_ID_ARGUMENTS].sort());
  });
});
