import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, wsQuery, type GraphQLResponse, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD, type World } from "../support/world";

type FieldRules = { field: string; rules: string[] };

const MOVE = `mutation($input: MoveCandidacyInput!) { moveCandidacy(input: $input) { id status } }`;
const CREATE_SESSION = `mutation($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`;
const ATTENDANCE = `mutation($input: SignatureAttendanceInput!) { recordSignatureAttendance(input: $input) { id } }`;

describe("malformed input is a clear BAD_USER_INPUT, with one shape, and changes nothing", () => {
  let db: TestDatabase;
  let world: World;
  let api: TestServer;
  let production: TestServer;
  let of1: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestServer(db);
    production = await startTestServer(db, { config: { production: true } });
    of1 = await api.login(KIND_VIEWERS.TRAINING_ORGANISATION, WORLD_PASSWORD);
  });
  afterAll(async () => {
    await production?.stop();
    await api?.stop();
    await db?.drop();
  });

  const journalCount = async () => Number((await db.dataSource.query(`SELECT count(*) AS n FROM journal_event`))[0].n);

  /** The refusal's fields, after checking its shape (code and fields only) and that nothing was written. */
  async function refused(query: string, variables: Record<string, unknown> = {}, server: TestServer = api, token: string = of1): Promise<{ message: string; fields: FieldRules[] }> {
    const before = await journalCount();
    const res = await server.gql(query, variables, { token });
    expect(await journalCount()).toBe(before);
    return shapeOf(res);
  }

  function shapeOf(res: GraphQLResponse): { message: string; fields: FieldRules[] } {
    // a nullable field refused answers null beside its error
    expect(Object.values(res.data ?? {}).filter((v) => v !== null)).toEqual([]);
    expect(res.errors).toHaveLength(1);
    const [error] = res.errors!;
    expect(Object.keys(error.extensions ?? {}).sort()).toEqual(["code", "fields"]);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    return { message: error.message, fields: error.extensions?.fields as FieldRules[] };
  }

  it("refuses a malformed id argument or input field, naming it", async () => {
    expect((await refused(MOVE, { input: { candidacyId: "x", to: "ADMITTED" } })).fields).toEqual([{ field: "candidacyId", rules: ["identifiant invalide"] }]);
    expect((await refused(`mutation { validateProfile(candidacyId: "42") { id } }`)).fields).toEqual([{ field: "candidacyId", rules: ["identifiant invalide"] }]);
    expect((await refused(`{ candidacy(id: "x") { id } }`)).fields).toEqual([{ field: "id", rules: ["identifiant invalide"] }]);
    expect((await refused(`{ trainingSessions(operationId: "Op A") { totalCount } }`)).fields).toEqual([{ field: "operationId", rules: ["identifiant invalide"] }]);
    const both = await refused(`mutation($input: PairTraineeInput!) { pairTrainee(input: $input) { id } }`, { input: { candidacyId: "x", hiringIntentionId: "y" } });
    expect(both.fields).toEqual([{ field: "candidacyId", rules: ["identifiant invalide"] }, { field: "hiringIntentionId", rules: ["identifiant invalide"] }]);
    expect(both.message).toBe("Saisie invalide : candidacyId : identifiant invalide ; hiringIntentionId : identifiant invalide");
  });

  it("still answers a well-formed unknown id with NOT_FOUND", async () => {
    const res = await api.gql(MOVE, { input: { candidacyId: randomUUID(), to: "ADMITTED" } }, { token: of1 });
    expect(res.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("refuses malformed items and absurd lengths of lists, naming the item or the list", async () => {
    const attendance = (organisations: string[], candidacies: string[]) => ({ input: { conventionId: world.ids["Convention A"], attendingOrganisationIds: organisations, attendingCandidacyIds: candidacies } });
    expect((await refused(ATTENDANCE, attendance([world.ids.OF1, "x", "y"], []))).fields).toEqual([
      { field: "attendingOrganisationIds[1]", rules: ["identifiant invalide"] },
      { field: "attendingOrganisationIds[2]", rules: ["identifiant invalide"] },
    ]);
    const many = (n: number) => Array.from({ length: n }, () => randomUUID());
    expect((await refused(ATTENDANCE, attendance(many(101), []))).fields).toEqual([{ field: "attendingOrganisationIds", rules: ["au plus 100 éléments"] }]);
    expect((await refused(ATTENDANCE, attendance([world.ids.OF1], many(501)))).fields).toEqual([{ field: "attendingCandidacyIds", rules: ["au plus 500 éléments"] }]);
    expect((await refused(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: many(101) })).fields).toEqual([{ field: "ids", rules: ["au plus 100 éléments"] }]);
    expect((await refused(`mutation { markNotificationsRead(ids: ["${randomUUID()}", "z"]) }`)).fields).toEqual([{ field: "ids[1]", rules: ["identifiant invalide"] }]);
  });

  it("takes journal event ids as decimal integers, and nothing else", async () => {
    const rule = [{ field: "after", rules: ["identifiant d'événement invalide"] }];
    expect((await refused(`{ events(after: "abc") { hasMore } }`)).fields).toEqual(rule);
    expect((await refused(`{ events(after: "${randomUUID()}") { hasMore } }`)).fields).toEqual(rule);
    expect((await refused(`{ events(after: "99999999999999999999999") { hasMore } }`)).fields).toEqual(rule);
    const ok = await api.gql<{ events: { hasMore: boolean } }>(`{ events(after: "1") { hasMore } }`, {}, { token: of1 });
    expect(ok.errors).toBeUndefined();
    for (const field of ["events", "conventionEvents", "recruitmentEvents", "reviewEvents"]) {
      const res = await wsQuery(api.wsClient({ authorization: `Bearer ${of1}` }), `subscription { ${field}(after: "abc") { id } }`);
      expect(res.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", fields: rule });
    }
    const res = await wsQuery(api.wsClient({ authorization: `Bearer ${of1}` }), `subscription { events(operationId: "x") { id } }`);
    expect(res.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", fields: [{ field: "operationId", rules: ["identifiant invalide"] }] });
  });

  it("refuses an unknown programme code by name, even one the database lacks", async () => {
    const create = (programmeCode: string) => refused(`mutation($input: CreateOperationInput!) { createOperation(input: $input) { id } }`, {
      input: { programmeCode, title: "Opération test", department: "45", procurementRoute: "FREF_CALL_FOR_TENDERS" },
    });
    expect((await create("INCONNU")).fields).toEqual([{ field: "programmeCode", rules: ["programme inconnu (DEFI ou UN_EMPLOI_UNE_FORMATION)"] }]);
    await db.dataSource.query(`UPDATE programme SET code = 'DEFI_RETIRED' WHERE code = 'DEFI'`);
    try {
      expect(await create("DEFI")).toEqual({ message: "programmeCode : programme inconnu", fields: [{ field: "programmeCode", rules: ["programme inconnu"] }] });
    } finally {
      await db.dataSource.query(`UPDATE programme SET code = 'DEFI' WHERE code = 'DEFI_RETIRED'`);
    }
  });

  it("refuses a malformed pagination cursor", async () => {
    for (const after of ["zzz", Buffer.from("o:-1").toString("base64url"), Buffer.from("o:99999999999999999999").toString("base64url")]) {
      expect((await refused(`query($after: String) { operations(after: $after) { totalCount } }`, { after })).fields).toEqual([{ field: "after", rules: ["curseur de pagination invalide"] }]);
    }
  });

  it("gives scalar, class-validator and badInput() refusals the same shape", async () => {
    const session = { operationId: world.ids["Op A"], title: "Session test", startDate: "2027-03-01", endDate: "2027-06-30", hoursInCentre: 300, fundedPlaces: 10, certificationTitle: "Titre", location: "Orléans" };
    // a scalar refused by graphql-js, in a variable and in the query text
    const date = await refused(CREATE_SESSION, { input: { ...session, startDate: "2027-13-45" } });
    expect(date).toEqual({ message: "Saisie invalide : startDate : date au format AAAA-MM-JJ", fields: [{ field: "startDate", rules: ["date au format AAAA-MM-JJ"] }] });
    const literal = await refused(`mutation { createTrainingSession(input: { operationId: "${world.ids["Op A"]}", startDate: "2027-13-45" }) { id } }`);
    expect(literal).toEqual(date);
    expect((await refused(CREATE_SESSION, { input: { ...session, hoursInCentre: "abc" } })).fields).toEqual([{ field: "hoursInCentre", rules: ["nombre entier attendu"] }]);
    expect((await refused(MOVE, { input: { candidacyId: randomUUID(), to: "NULLE_PART" } })).fields).toEqual([{ field: "to", rules: [expect.stringMatching(/^valeur parmi PROPOSED, .*ADMITTED/)] }]);
    expect((await refused(MOVE, { input: { candidacyId: randomUUID() } })).fields).toEqual([{ field: "to", rules: ["champ requis"] }]);
    expect((await refused(`mutation { moveCandidacy(input: { candidacyId: "${randomUUID()}" }) { id } }`)).fields).toEqual([{ field: "to", rules: ["champ requis"] }]);
    expect((await refused(MOVE, {})).fields).toEqual([{ field: "input", rules: ["champ requis"] }]);
    // class-validator: the rule without its "email : " prefix, the message still readable
    const email = await refused(`mutation { login(input: { email: "pas-un-email", password: "x" }) { token } }`, {}, api, "");
    expect(email).toEqual({ message: "Saisie invalide : email : adresse e-mail invalide", fields: [{ field: "email", rules: ["adresse e-mail invalide"] }] });
    // badInput() from a resolver
    const dates = await refused(CREATE_SESSION, { input: { ...session, endDate: "2027-02-01" } });
    expect(dates).toEqual({ message: "endDate : la fin de session doit suivre son début", fields: [{ field: "endDate", rules: ["la fin de session doit suivre son début"] }] });
  });

  it("lists each rule of a field once", async () => {
    const res = await refused(`mutation($input: ProposeCandidateInput!) { proposeCandidate(input: $input) { id } }`, {
      input: { trainingSessionId: world.ids["Session A"], candidate: { firstName: "", lastName: "Nom" } },
    }, api, await api.login(KIND_VIEWERS.MISSION_LOCALE, WORLD_PASSWORD));
    expect(res.fields).toEqual([{ field: "candidate.firstName", rules: ["prénom requis"] }]);
  });

  it("is not masked in production", async () => {
    const token = await production.login(KIND_VIEWERS.TRAINING_ORGANISATION, WORLD_PASSWORD);
    expect((await refused(MOVE, { input: { candidacyId: "x", to: "ADMITTED" } }, production, token)).fields).toEqual([{ field: "candidacyId", rules: ["identifiant invalide"] }]);
    expect((await refused(`query($after: String) { operations(after: $after) { totalCount } }`, { after: "zzz" }, production, token)).fields).toEqual([{ field: "after", rules: ["curseur de pagination invalide"] }]);
    // production names no enum value the caller did not send
    expect((await refused(MOVE, { input: { candidacyId: randomUUID(), to: "NULLE_PART" } }, production, token)).fields).toEqual([{ field: "to", rules: ["valeur non reconnue"] }]);
  });
});
