import { GraphQLError, Kind, parse, visit, type ValueNode } from "graphql";
import { getMetadataStorage } from "type-graphql";

/**
 * The one shape of a BAD_USER_INPUT refusal: `extensions.fields = [{ field, rules }]`, each rule in
 * French, once, without a "<field> : " prefix. Field names are those of the form: the argument name
 * for a plain argument (`candidacyId`, `ids[3]`, `after`), the path inside it for an input object
 * (`input.signatureOptions[1].date` reads `signatureOptions[1].date`), as class-validator and
 * badInput() name them.
 */
export interface FieldRules {
  field: string;
  rules: string[];
}

/** A step into an argument's value: an argument or input field name, or a list index. */
export type PathSegment = string | number;

const REQUIRED = "champ requis";

/** `signatureOptions[1].date` */
export function printPath(segments: readonly PathSegment[]): string {
  return segments.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

/** The field name of a path that starts with the argument: its name is left out when it holds an input object. */
export function fieldOfArgumentPath(segments: readonly PathSegment[]): string {
  return printPath(segments.length > 1 && typeof segments[1] === "string" ? segments.slice(1) : segments);
}

/** Rules merged by field, each once, without a leading "<name> : " naming the field (or one of its parents). */
export function normaliseFields(fields: readonly FieldRules[]): FieldRules[] {
  const merged = new Map<string, Set<string>>();
  for (const { field, rules } of fields) {
    const names = field.split(/[.[\]]+/);
    const own = merged.get(field) ?? new Set<string>();
    for (const rule of rules) {
      const prefix = /^([\w.[\]]+) : /.exec(rule);
      own.add(prefix && (prefix[1] === field || names.includes(prefix[1])) ? rule.slice(prefix[0].length) : rule);
    }
    merged.set(field, own);
  }
  return [...merged].map(([field, rules]) => ({ field, rules: [...rules] }));
}

export function describeFields(fields: readonly FieldRules[]): string {
  return `Saisie invalide : ${fields.map((f) => `${f.field} : ${f.rules.join(", ")}`).join(" ; ")}`;
}

const SCALAR_RULES: Record<string, string> = {
  ID: "identifiant invalide",
  Int: "nombre entier attendu",
  Float: "nombre attendu",
  String: "texte attendu",
  Boolean: "true ou false attendu",
  LocalDate: "date au format AAAA-MM-JJ",
  DateTimeISO: "date et heure au format AAAA-MM-JJTHH:MM:SSZ",
};

/** graphql-js's and graphql-scalars' wordings, and the type each names. */
const TYPE_IN_MESSAGE: [RegExp, string | null][] = [
  [/^Expected (?:value of )?type "\[*(\w+)/, null],
  [/^Enum "(\w+)"/, null],
  [/ in "(\w+)" enum\./, null],
  [/^(ID|Int|Float|String|Boolean) cannot represent/, null],
  [/^DateTime cannot represent/, "DateTimeISO"],
  [/LocalDate|local date|^Value is not string:/, "LocalDate"],
];

function typeNamedBy(message: string): string | null {
  for (const [pattern, type] of TYPE_IN_MESSAGE) {
    const match = pattern.exec(message);
    if (match) return type ?? match[1];
  }
  return null;
}

function enumValues(name: string): string[] | null {
  const registered = getMetadataStorage().enums.find((e) => e.name === name);
  return registered ? Object.keys(registered.enumObj).filter((key) => Number.isNaN(Number(key))) : null;
}

/**
 * The French rule of one graphql-js refusal of a value, and the input field it names when it is
 * about a field of an object (a missing or an unknown one). Production lists no enum values, as
 * it hides schema details.
 */
function ruleOf(message: string, production: boolean): { rule: string; child?: string } {
  const required = /^Field "(?:\w+\.)?(\w+)" of required type/.exec(message);
  if (required) return { rule: REQUIRED, child: required[1] };
  const unknown = /^Field "(\w+)" is not defined by type/.exec(message);
  if (unknown) return { rule: "champ inconnu", child: unknown[1] };
  if (/not to be null|found null\.$|must be non-null/.test(message)) return { rule: REQUIRED };
  if (/to be an object\.$/.test(message)) return { rule: "objet attendu" };
  if (/non 32-bit signed integer/.test(message)) return { rule: "nombre entier entre -2147483648 et 2147483647" };
  const type = typeNamedBy(message);
  if (!type) return { rule: "valeur invalide" };
  if (SCALAR_RULES[type]) return { rule: SCALAR_RULES[type] };
  const values = enumValues(type);
  if (values) return { rule: production ? "valeur non reconnue" : `valeur parmi ${values.join(", ")}` };
  return { rule: "valeur invalide" };
}

interface ValueAt {
  path: PathSegment[];
  /** an input object's field: its path already ends with the field's name */
  isObjectField: boolean;
}

/** Every argument value of the query text (and each part of it) by its offset, and the paths where each variable is used. */
function valuesOf(body: string): { byOffset: Map<number, ValueAt>; variableUses: Map<string, PathSegment[][]> } {
  const byOffset = new Map<number, ValueAt>();
  const variableUses = new Map<string, PathSegment[][]>();
  const walk = (node: ValueNode, path: PathSegment[]): void => {
    if (node.loc && !byOffset.has(node.loc.start)) byOffset.set(node.loc.start, { path, isObjectField: false });
    if (node.kind === Kind.VARIABLE) variableUses.set(node.name.value, [...(variableUses.get(node.name.value) ?? []), path]);
    if (node.kind === Kind.LIST) node.values.forEach((item, index) => walk(item, [...path, index]));
    if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) {
        const fieldPath = [...path, field.name.value];
        if (field.loc) byOffset.set(field.loc.start, { path: fieldPath, isObjectField: true });
        walk(field.value, fieldPath);
      }
    }
  };
  visit(parse(body), { Argument: (node) => walk(node.value, [node.name.value]) });
  return { byOffset, variableUses };
}

/** `.signatureOptions[0].date` as segments */
function segmentsOf(printed: string): PathSegment[] {
  return [...printed.matchAll(/\.(\w+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/** The path of the argument a variable is given to, when it is given to one only. */
function variablePath(error: GraphQLError, name: string): PathSegment[] {
  const uses = error.source ? tryValuesOf(error.source.body)?.variableUses.get(name) : undefined;
  return uses?.length === 1 ? uses[0] : [name];
}

function tryValuesOf(body: string): ReturnType<typeof valuesOf> | null {
  try {
    return valuesOf(body);
  } catch {
    return null;
  }
}

/** The message of the refusal a variable error wraps ("...; Expected type ..."). */
function innerMessage(error: GraphQLError, prefixEnd: number): string {
  const inner = error.originalError?.message;
  if (inner && inner !== error.message && error.message.endsWith(`; ${inner}`)) return inner;
  return error.message.slice(error.message.indexOf("; ", prefixEnd) + 2);
}

/**
 * The field and French rule of a value graphql-js refused before resolvers ran: variable
 * coercion, a required argument left out, a literal of the query text that its type does not
 * accept. Null for anything else (a syntax error, an unknown field of the query...).
 */
export function translateInputError(error: GraphQLError, production: boolean): FieldRules | null {
  const message = error.message;
  const invalid = /^Variable "\$(\w+)" got invalid value /.exec(message);
  if (invalid) {
    const at = new RegExp(` at "${invalid[1]}((?:\\.\\w+|\\[\\d+\\])*)"; `).exec(message);
    const { rule, child } = ruleOf(innerMessage(error, invalid[0].length), production);
    const path = [...variablePath(error, invalid[1]), ...segmentsOf(at?.[1] ?? ""), ...(child ? [child] : [])];
    return { field: fieldOfArgumentPath(path), rules: [rule] };
  }
  const missingVariable = /^Variable "\$(\w+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/.exec(message);
  if (missingVariable) return { field: fieldOfArgumentPath(variablePath(error, missingVariable[1])), rules: [REQUIRED] };
  const missingArgument = /^Field "\w+" argument "(\w+)" of type "[^"]+" is required, but it was not provided\.$/.exec(message);
  if (missingArgument) return { field: missingArgument[1], rules: [REQUIRED] };
  const offset = error.nodes?.[0]?.loc?.start;
  if (offset === undefined || !error.source) return null;
  const value = tryValuesOf(error.source.body)?.byOffset.get(offset);
  if (!value || message.startsWith("Variable ")) return null;
  const { rule, child } = ruleOf(message, production);
  const path = child && !value.isObjectField ? [...value.path, child] : value.path;
  return { field: fieldOfArgumentPath(path), rules: [rule] };
}
