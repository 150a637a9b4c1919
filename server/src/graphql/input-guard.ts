import {
  defaultFieldResolver, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLArgument, type GraphQLInputObjectType, type GraphQLInputType, type GraphQLSchema,
} from "graphql";
import { fieldOfArgumentPath, type FieldRules, type PathSegment } from "./bad-input.js";
import { badInputs } from "./errors.js";

/** The most items a list argument or input field holds, unless LIST_LIMITS says otherwise. */
export const MAX_LIST_LENGTH = 100;

/** Input fields (schema coordinates) that legitimately hold longer lists: attending trainees or candidates. */
export const LIST_LIMITS: Record<string, number> = {
  "RecordMeetingInput.attendingCandidacyIds": 500,
  "RecordReviewInput.attendingCandidacyIds": 500,
  "SignatureAttendanceInput.attendingCandidacyIds": 500,
};

/** ID arguments that are journal event ids (the journal's bigint, in decimal); every other ID is a UUID. */
export const JOURNAL_EVENT_ID_ARGUMENTS = [
  "Query.events(after:)",
  "Subscription.events(after:)",
  "Subscription.conventionEvents(after:)",
  "Subscription.recruitmentEvents(after:)",
  "Subscription.reviewEvents(after:)",
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// up to 18 digits: always within PostgreSQL's bigint
const JOURNAL_EVENT_ID = /^\d{1,18}$/;

type Check = (value: unknown, path: PathSegment[], problems: FieldRules[]) => void;

function idCheck(pattern: RegExp, rule: string): Check {
  return (value, path, problems) => {
    if (typeof value === "string" && !pattern.test(value)) problems.push({ field: fieldOfArgumentPath(path), rules: [rule] });
  };
}

/**
 * Checks every ID (a UUID, or a journal event id) and the length of every list in the values of
 * the argument's types, before a resolver reads them: PostgreSQL would otherwise fail on a
 * malformed uuid with an internal error.
 */
class CheckCompiler {
  private readonly objects = new Map<GraphQLInputObjectType, Check | null>();

  /** null when nothing in the type needs checking */
  compile(type: GraphQLInputType, coordinate: string, journalEventId: boolean): Check | null {
    const nullable = isNonNullType(type) ? type.ofType : type;
    if (isListType(nullable)) {
      const item = this.compile(nullable.ofType, coordinate, journalEventId);
      const max = LIST_LIMITS[coordinate] ?? MAX_LIST_LENGTH;
      return (value, path, problems) => {
        // graphql-js turns a single value given for a list into a list of one
        if (!Array.isArray(value)) return item?.(value, path, problems);
        if (value.length > max) problems.push({ field: fieldOfArgumentPath(path), rules: [`au plus ${max} éléments`] });
        else if (item) value.forEach((v, i) => item(v, [...path, i], problems));
      };
    }
    if (isInputObjectType(nullable)) return this.inputObject(nullable);
    if (isScalarType(nullable) && nullable.name === "ID") {
      return journalEventId ? idCheck(JOURNAL_EVENT_ID, "identifiant d'événement invalide") : idCheck(UUID, "identifiant invalide");
    }
    return null;
  }

  private inputObject(type: GraphQLInputObjectType): Check | null {
    if (this.objects.has(type)) return this.objects.get(type) ?? null;
    this.objects.set(type, null); // a recursive input type adds no further check at its recursion
    const fields = Object.values(type.getFields())
      .map((field) => ({ name: field.name, check: this.compile(field.type, `${type.name}.${field.name}`, false) }))
      .filter((f): f is { name: string; check: Check } => f.check !== null);
    const check: Check | null = fields.length === 0 ? null : (value, path, problems) => {
      if (value === null || typeof value !== "object") return;
      for (const { name, check: fieldCheck } of fields) {
        const fieldValue = (value as Record<string, unknown>)[name];
        if (fieldValue != null) fieldCheck(fieldValue, [...path, name], problems);
      }
    };
    this.objects.set(type, check);
    return check;
  }

  arguments(typeName: string, fieldName: string, args: readonly GraphQLArgument[]): ((values: Record<string, unknown>) => void) | null {
    const checks = args
      .map((arg) => {
        const coordinate = `${typeName}.${fieldName}(${arg.name}:)`;
        return { name: arg.name, check: this.compile(arg.type, coordinate, JOURNAL_EVENT_ID_ARGUMENTS.includes(coordinate)) };
      })
      .filter((a): a is { name: string; check: Check } => a.check !== null);
    if (checks.length === 0) return null;
    return (values) => {
      const problems: FieldRules[] = [];
      for (const { name, check } of checks) if (values[name] != null) check(values[name], [name], problems);
      if (problems.length) throw badInputs(problems);
    };
  }
}

/** Fails at start-up when a coordinate of the lists above names nothing in the schema (a renamed argument or field). */
function assertCoordinatesExist(schema: GraphQLSchema): void {
  for (const coordinate of JOURNAL_EVENT_ID_ARGUMENTS) {
    const [, typeName, fieldName, argName] = /^(\w+)\.(\w+)\((\w+):\)$/.exec(coordinate) ?? [];
    const type = schema.getType(typeName);
    const arg = isObjectType(type) ? type.getFields()[fieldName]?.args.find((a) => a.name === argName) : undefined;
    if (!arg) throw new Error(`input guard: no argument ${coordinate} in the schema`);
  }
  for (const coordinate of Object.keys(LIST_LIMITS)) {
    const [typeName, fieldName] = coordinate.split(".");
    const type = schema.getType(typeName);
    if (!isInputObjectType(type) || !type.getFields()[fieldName]) throw new Error(`input guard: no input field ${coordinate} in the schema`);
  }
}

/**
 * Wraps the resolver (and subscribe function) of every field whose arguments hold IDs or lists
 * with their check. At the schema, not as a type-graphql middleware: global middlewares also wrap
 * every plain field in promises, and never run before a subscription's subscribe function.
 */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  assertCoordinatesExist(schema);
  const compiler = new CheckCompiler();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const check = compiler.arguments(type.name, field.name, field.args);
      if (!check) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        check(args);
        return resolve(source, args, context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, args, context, info) => {
          check(args);
          return subscribe(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
