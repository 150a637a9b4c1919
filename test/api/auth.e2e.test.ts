import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, wsQuery, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";

const VIEWER = `{ viewer { user { email } organisation { name } kind role } }`;

describe("authentication", () => {
  let db: TestDatabase;
  let api: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildWorld(db.dataSource);
    api = await startTestServer(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const eventCount = async () => Number((await db.dataSource.query(`SELECT count(*) AS n FROM journal_event`))[0].n);

  it("answers nothing but login without a session", async () => {
    for (const query of [VIEWER, `{ operations { totalCount } }`, `{ __schema { queryType { name } } }`, `mutation { logout }`]) {
      const res = await api.gql(query);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect(res.errors?.[0].message).toMatch(/Connexion requise/);
      expect(res.status).toBe(401);
    }
  });

  it("logs in with e-mail and password, then reads viewer with the bearer token", async () => {
    const token = await api.login("ML1@World.test", WORLD_PASSWORD);
    const res = await api.gql(VIEWER, {}, { token });
    expect(res.data).toEqual({ viewer: { user: { email: "ml1@world.test" }, organisation: { name: "ML1" }, kind: "MISSION_LOCALE", role: "MEMBER" } });
  });

  it("sets an HTTP-only session cookie that works on its own", async () => {
    const res = await api.gql(`mutation { login(input: { email: "${KIND_VIEWERS.REGION}", password: "${WORLD_PASSWORD}" }) { token } }`);
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/cordee_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(";")[0];
    const viewer = await api.gql<{ viewer: { kind: string; role: string } }>(VIEWER, {}, { cookie });
    expect(viewer.data?.viewer).toMatchObject({ kind: "REGION", role: "TERRITORIAL_REFERENT" });
  });

  it("refuses a wrong password with a clear error and records nothing", async () => {
    const before = await eventCount();
    const res = await api.gql(`mutation { login(input: { email: "${KIND_VIEWERS.COMPANY}", password: "faux" }) { token } }`);
    expect(res.errors?.[0]).toMatchObject({ message: "Adresse e-mail ou mot de passe incorrect.", extensions: { code: "INVALID_CREDENTIALS" } });
    expect(await eventCount()).toBe(before);
  });

  it("names the field and the rule when the e-mail is malformed", async () => {
    const res = await api.gql(`mutation { login(input: { email: "pas-un-email", password: "x" }) { token } }`);
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/email : adresse e-mail invalide/);
    expect(res.errors?.[0].extensions?.fields).toEqual([{ field: "email", rules: ["adresse e-mail invalide"] }]);
  });

  it("ends the session on logout", async () => {
    const token = await api.login(KIND_VIEWERS.FRANCE_TRAVAIL, WORLD_PASSWORD);
    const out = await api.gql<{ logout: boolean }>(`mutation { logout }`, {}, { token });
    expect(out.errors).toBeUndefined();
    expect(out.data?.logout).toBe(true);
    const after = await api.gql(VIEWER, {}, { token });
    expect(after.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("authenticates graphql-ws connections by connection params or by the session cookie", async () => {
    const token = await api.login(KIND_VIEWERS.TRAINING_ORGANISATION, WORLD_PASSWORD);
    const byParams = await wsQuery<{ viewer: { kind: string } }>(api.wsClient({ authorization: `Bearer ${token}` }), VIEWER);
    expect(byParams.data?.viewer.kind).toBe("TRAINING_ORGANISATION");
    const byCookie = await wsQuery<{ viewer: { kind: string } }>(api.wsClient({}, { cookie: `cordee_session=${token}` }), VIEWER);
    expect(byCookie.data?.viewer.kind).toBe("TRAINING_ORGANISATION");
    await expect(wsQuery(api.wsClient({ authorization: "Bearer inconnu" }), VIEWER)).rejects.toBeDefined();
  });
});
