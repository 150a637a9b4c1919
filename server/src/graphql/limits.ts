import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { MaxTokensParserWLexer } from "@escape.tech/graphql-armor-max-tokens";
import {
  GraphQLError, isListType, isNonNullType, NoSchemaIntrospectionCustomRule, type DocumentNode, type GraphQLOutputType,
  type GraphQLSchema, type ValidationContext, type ValidationRule,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { DomainError } from "./errors.js";

/**
 * What one GraphQL request may ask, checked before any work it could cause. The figures come from
 * the web client's own operations (test/api/request-limits.unit.test.ts measures them: the largest
 * is well inside each limit) with room for API clients; README's "Limits" table repeats them.
 */
export const REQUEST_LIMITS = {
  /** the HTTP body: variables carry files inline (5 Mio, about 6.7 MB in base64) */
  httpBodyBytes: 8 * 1024 * 1024,
  /** one graphql-ws message (files go over HTTP) */
  wsMessageBytes: 256 * 1024,
  /** the query text (the client's largest is about 5 kB) */
  documentBytes: 32 * 1024,
  tokens: 2_000,
  depth: 10,
  aliases: 15,
  directives: 10,
  /** see `costEstimator`: a list field costs its page size times what each item asks */
  cost: 1_000_000,
  /** live operations on one graphql-ws connection (the web client holds one) */
  subscriptionsPerSocket: 20,
  /** events a subscription replays after its cursor; further back, read `events` page by page */
  replayEvents: 1_000,
} as const;

/**
 * How long an unpaginated list is assumed to be, for the cost: the programmes' own orders of
 * magnitude (a session trains up to about fifteen people and gets two to three reviews; a team is
 * a handful of partners; each trainee has two follow-ups). Other lists count as 10.
 */
const ASSUMED_LIST_LENGTH: Record<string, number> = {
  candidacies: 30, outcomes: 15, attendingCandidacies: 15, attendingTrainees: 15, signatureAttendingTrainees: 15,
  hiringIntentions: 10, purchaseOrders: 10, meetings: 10, team: 8, signatories: 8, signatures: 8,
  trainingSessions: 3, reviews: 3, immersions: 3, pairings: 3, signatureOptions: 3, followUps: 2, tasks: 20,
};
const DEFAULT_LIST_LENGTH = 10;

export const limitError = (code: string, message: string) => new DomainError(code, message, { http: { status: 400 } });

/**
 * Size and token count, before parsing and before the session is looked up: a document over the
 * limits costs a length check and at most `tokens` lexer steps.
 */
export function parseWithinLimits(query: unknown): DocumentNode {
  if (typeof query !== "string" || query.length === 0) throw limitError("BAD_REQUEST", "Requête GraphQL absente : le champ « query » est requis.");
  if (Buffer.byteLength(query) > REQUEST_LIMITS.documentBytes) {
    throw limitError("DOCUMENT_TOO_LARGE", `Requête trop longue : ${REQUEST_LIMITS.documentBytes / 1024} Kio au plus.`);
  }
  const tooManyTokens = () => {
    throw limitError("TOO_MANY_TOKENS", `Requête trop complexe : ${REQUEST_LIMITS.tokens} éléments au plus.`);
  };
  return new MaxTokensParserWLexer(query, { n: REQUEST_LIMITS.tokens, onReject: [tooManyTokens], propagateOnRejection: false }).parseDocument();
}

const reportAs = (code: string, message: string) => [(context: ValidationContext | null) => context?.reportError(limitError(code, message))];

/** Depth, aliases and directives (graphql-armor), and introspection when it is off. */
export function limitRules(options: { introspection: boolean }): ValidationRule[] {
  const rules: ValidationRule[] = [
    maxDepthRule({ n: REQUEST_LIMITS.depth, propagateOnRejection: false, onReject: reportAs("QUERY_TOO_DEEP", `Requête trop imbriquée : ${REQUEST_LIMITS.depth} niveaux au plus.`) }),
    maxAliasesRule({ n: REQUEST_LIMITS.aliases, propagateOnRejection: false, onReject: reportAs("TOO_MANY_ALIASES", `Trop d'alias dans la requête : ${REQUEST_LIMITS.aliases} au plus.`) }),
    maxDirectivesRule({ n: REQUEST_LIMITS.directives, propagateOnRejection: false, onReject: reportAs("TOO_MANY_DIRECTIVES", `Trop de directives dans la requête : ${REQUEST_LIMITS.directives} au plus.`) }),
  ];
  if (!options.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * A paginated field costs `first` times its selection (its page's `nodes` then count once); any
 * other list costs its assumed length times its selection; every field costs 1.
 */
export const costEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (typeof args.first === "number") return 1 + args.first * childComplexity;
  if (!isList(field.type) || field.name === "nodes") return 1 + childComplexity;
  return 1 + (ASSUMED_LIST_LENGTH[field.name] ?? DEFAULT_LIST_LENGTH) * childComplexity;
};

export function costOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number {
  return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [costEstimator] });
}

export function assertCostWithin(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): void {
  let cost: number;
  try {
    cost = costOf(schema, document, variables, operationName);
  } catch (error) {
    // variables that do not fit their types: execution refuses them next, naming the field
    if (error instanceof GraphQLError) return;
    throw error;
  }
  if (cost > REQUEST_LIMITS.cost) {
    throw limitError("QUERY_TOO_COSTLY", `Requête trop coûteuse (${cost} points, ${REQUEST_LIMITS.cost} au plus) : demandez moins d'éléments par page ou moins de champs imbriqués.`);
  }
}
