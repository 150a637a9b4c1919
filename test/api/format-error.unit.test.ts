import { getOperationAST, getVariableValues, GraphQLError, parse, validate, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { normaliseFields } from "../../server/src/graphql/bad-input";
import { badInput } from "../../server/src/graphql/errors";
import { formatError } from "../../server/src/graphql/format-error";
import { cordeeSchema } from "../../server/src/schema/build";

const OPERATION = "00000000-0000-4000-8000-000000000001";
const MOVE = `mutation($input: MoveCandidacyInput!) { moveCandidacy(input: $input) { id } }`;
const CREATE_SESSION = `mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`;

describe("formatError: one BAD_USER_INPUT shape, in French", () => {
  let schema: GraphQLSchema;
  const logged: unknown[] = [];
  const format = (production = false) => formatError(production, (_m, e) => logged.push(e));

  beforeAll(async () => {
    schema = await cordeeSchema();
  });

  /** graphql-js's own errors, as graphql-ws hands them over (no code) */
  function variableErrors(query: string, variables: Record<string, unknown>): readonly GraphQLError[] {
    const operation = getOperationAST(parse(query));
    const result = getVariableValues(schema, operation?.variableDefinitions ?? [], variables);
    return result.errors ?? [];
  }
  const literalErrors = (query: string): readonly GraphQLError[] => validate(schema, parse(query));

  function formatted(errors: readonly GraphQLError[], production = false): GraphQLFormattedError {
    expect(errors).toHaveLength(1);
    return format(production)(errors[0].toJSON(), errors[0]);
  }
  const fieldsOf = (errors: readonly GraphQLError[], production = false) => {
    const out = formatted(errors, production);
    expect(out.extensions?.code).toBe("BAD_USER_INPUT");
    return out.extensions?.fields;
  };
  const one = (field: string, rule: string) => [{ field, rules: [rule] }];

  describe("variables graphql-js refuses", () => {
    const session = (patch: Record<string, unknown>) => ({ input: { operationId: OPERATION, ...patch } });

    it("names the field inside the input object and the rule by type", () => {
      expect(fieldsOf(variableErrors(CREATE_SESSION, session({ startDate: "2027-13-45" })))).toEqual(one("startDate", "date au format AAAA-MM-JJ"));
      expect(fieldsOf(variableErrors(CREATE_SESSION, session({ startDate: 20270101 })))).toEqual(one("startDate", "date au format AAAA-MM-JJ"));
      expect(fieldsOf(variableErrors(CREATE_SESSION, session({ hoursInCentre: "abc" })))).toEqual(one("hoursInCentre", "nombre entier attendu"));
      expect(fieldsOf(variableErrors(CREATE_SESSION, session({ hoursInCentre: 1e10 })))).toEqual(one("hoursInCentre", "nombre entier entre -2147483648 et 2147483647"));
      expect(fieldsOf(variableErrors(CREATE_SESSION, session({ defiFlag: "oui" })))).toEqual(one("defiFlag", "true ou false attendu"));
      expect(fieldsOf(variableErrors(CREATE_SESSION, session({ title: 12 })))).toEqual(one("title", "texte attendu"));
      expect(fieldsOf(variableErrors(CREATE_SESSION, session({ operationId: { id: 1 } })))).toEqual(one("operationId", "identifiant invalide"));
      const meeting = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
      expect(fieldsOf(variableErrors(meeting, { input: { operationId: OPERATION, kind: "STEERING_COMMITTEE", place: "Orléans", scheduledAt: "demain" } })))
        .toEqual(one("scheduledAt", "date et heure au format AAAA-MM-JJTHH:MM:SSZ"));
    });

    it("lists the values of an enum, except in production", () => {
      const wrong = () => variableErrors(MOVE, { input: { candidacyId: OPERATION, to: "NULLE_PART" } });
      expect(fieldsOf(wrong())).toEqual(one("to", "valeur parmi PROPOSED, INFORMATION_SESSION, SELECTION, ADMITTED, DECLINED, WITHDRAWN, LEFT"));
      expect(fieldsOf(wrong(), true)).toEqual(one("to", "valeur non reconnue"));
      expect(fieldsOf(variableErrors(MOVE, { input: { candidacyId: OPERATION, to: 3 } }), true)).toEqual(one("to", "valeur non reconnue"));
    });

    it("names missing, null and unknown fields", () => {
      expect(fieldsOf(variableErrors(MOVE, { input: { candidacyId: OPERATION } }))).toEqual(one("to", "champ requis"));
      expect(fieldsOf(variableErrors(MOVE, { input: { candidacyId: null, to: "ADMITTED" } }))).toEqual(one("candidacyId", "champ requis"));
      expect(fieldsOf(variableErrors(MOVE, { input: { candidacyId: OPERATION, to: "ADMITTED", couleur: "bleu" } }))).toEqual(one("couleur", "champ inconnu"));
      expect(fieldsOf(variableErrors(MOVE, {}))).toEqual(one("input", "champ requis"));
      expect(fieldsOf(variableErrors(MOVE, { input: null }))).toEqual(one("input", "champ requis"));
      expect(fieldsOf(variableErrors(MOVE, { input: "x" }))).toEqual(one("input", "objet attendu"));
    });

    it("names list items, and the argument a variable is given to", () => {
      const update = `mutation($input: UpdateConventionInput!) { updateConvention(input: $input) { id } }`;
      const options = [{ date: "2027-02-01", startTime: "10:00" }, { date: "2027-02-30", startTime: "10:00" }];
      expect(fieldsOf(variableErrors(update, { input: { conventionId: OPERATION, signatureOptions: options } }))).toEqual(one("signatureOptions[1].date", "date au format AAAA-MM-JJ"));
      expect(fieldsOf(variableErrors(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [OPERATION, true] }))).toEqual(one("ids[1]", "identifiant invalide"));
      expect(fieldsOf(variableErrors(`mutation($id: ID!) { signConvention(conventionId: $id) { id } }`, { id: {} }))).toEqual(one("conventionId", "identifiant invalide"));
      expect(fieldsOf(variableErrors(`query($id: ID!) { a: candidacy(id: $id) { id } b: candidate(id: $id) { id } }`, { id: {} }))).toEqual(one("id", "identifiant invalide"));
    });

    it("says it in a readable message", () => {
      expect(formatted(variableErrors(CREATE_SESSION, session({ startDate: "2027-13-45" }))).message).toBe("Saisie invalide : startDate : date au format AAAA-MM-JJ");
    });
  });

  describe("literals of the query text graphql-js refuses", () => {
    it("names the field and the rule by type", () => {
      expect(fieldsOf(literalErrors(`mutation { createTrainingSession(input: { operationId: "${OPERATION}", startDate: "2027-13-45" }) { id } }`))).toEqual(one("startDate", "date au format AAAA-MM-JJ"));
      expect(fieldsOf(literalErrors(`mutation { createTrainingSession(input: { operationId: "${OPERATION}", hoursInCentre: "abc" }) { id } }`))).toEqual(one("hoursInCentre", "nombre entier attendu"));
      expect(fieldsOf(literalErrors(`mutation { moveCandidacy(input: { candidacyId: "${OPERATION}", to: NULLE_PART }) { id } }`), true)).toEqual(one("to", "valeur non reconnue"));
      expect(fieldsOf(literalErrors(`mutation { moveCandidacy(input: { candidacyId: "${OPERATION}", to: "ADMITTED" }) { id } }`))).toEqual(one("to", "valeur parmi PROPOSED, INFORMATION_SESSION, SELECTION, ADMITTED, DECLINED, WITHDRAWN, LEFT"));
      expect(fieldsOf(literalErrors(`mutation { updateConvention(input: { conventionId: "${OPERATION}", signatureOptions: [{ date: "2027-02-01", startTime: "10:00" }, { date: "x", startTime: "10:00" }] }) { id } }`)))
        .toEqual(one("signatureOptions[1].date", "date au format AAAA-MM-JJ"));
      expect(fieldsOf(literalErrors(`{ events(first: "beaucoup") { hasMore } }`))).toEqual(one("first", "nombre entier attendu"));
    });

    it("names missing, null and unknown fields and arguments", () => {
      expect(fieldsOf(literalErrors(`mutation { moveCandidacy(input: { candidacyId: "${OPERATION}" }) { id } }`))).toEqual(one("to", "champ requis"));
      expect(fieldsOf(literalErrors(`mutation { moveCandidacy(input: { candidacyId: null, to: ADMITTED }) { id } }`))).toEqual(one("candidacyId", "champ requis"));
      expect(fieldsOf(literalErrors(`mutation { moveCandidacy(input: { candidacyId: "${OPERATION}", to: ADMITTED, couleur: "bleu" }) { id } }`))).toEqual(one("couleur", "champ inconnu"));
      expect(fieldsOf(literalErrors(`{ candidacy { id } }`))).toEqual(one("id", "champ requis"));
      expect(fieldsOf(literalErrors(`{ candidacy(id: null) { id } }`))).toEqual(one("id", "champ requis"));
    });

    it("leaves errors about the query itself to GraphQL validation", () => {
      for (const query of [`{ nope }`, `query($id: String) { candidacy(id: $id) { id } }`]) {
        const out = formatted(literalErrors(query));
        expect(out.extensions?.code).toBeUndefined();
        expect(out.extensions?.fields).toBeUndefined();
      }
    });
  });

  describe("refusals made by Cordée", () => {
    it("badInput() gives the field and its rule, and a message naming both", () => {
      const error = badInput("endDate", "la fin de session doit suivre son début");
      expect(format()(error.toJSON(), error)).toEqual({
        message: "endDate : la fin de session doit suivre son début",
        extensions: { code: "BAD_USER_INPUT", fields: [{ field: "endDate", rules: ["la fin de session doit suivre son début"] }] },
      });
    });

    it("lists each rule once, without a prefix naming its own field or a parent", () => {
      expect(normaliseFields([
        { field: "email", rules: ["email : adresse e-mail invalide", "adresse e-mail invalide"] },
        { field: "candidate.firstName", rules: ["firstName : prénom requis", "firstName : prénom requis"] },
        { field: "signatureOptions[0].startTime", rules: ["signatureOptions : heure invalide"] },
        { field: "endDate", rules: ["startDate : doit précéder la fin"] },
        { field: "email", rules: ["email : trop long"] },
      ])).toEqual([
        { field: "email", rules: ["adresse e-mail invalide", "trop long"] },
        { field: "candidate.firstName", rules: ["prénom requis"] },
        { field: "signatureOptions[0].startTime", rules: ["heure invalide"] },
        { field: "endDate", rules: ["startDate : doit précéder la fin"] },
      ]);
    });

    it("still masks an internal error in production", () => {
      logged.length = 0;
      const error = new GraphQLError("invalid input syntax for type uuid", { path: ["moveCandidacy"], originalError: new Error("db") });
      expect(format(true)(error.toJSON(), error)).toMatchObject({ message: "Erreur interne : l'équipe technique a été prévenue.", extensions: { code: "INTERNAL_SERVER_ERROR" } });
      expect(logged).toHaveLength(1);
    });
  });
});
