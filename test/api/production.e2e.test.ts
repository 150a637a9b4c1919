import { readConfig } from "../../server/src/config";
import { RawSocket } from "../support/raw-socket";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";

/** In production, the platform tells an outsider nothing of its schema, its database or its session. */
describe("production answers", () => {
  let db: TestDatabase;
  let api: TestServer;
  let token: string;
  const production = readConfig({ NODE_ENV: "production" });

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildWorld(db.dataSource);
    api = await startTestServer(db, { config: { production: true, introspection: production.introspection, secureCookies: production.secureCookies } });
    token = await api.login(KIND_VIEWERS.COMPANY, WORLD_PASSWORD);
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it("turns introspection and suggestions off by default, and keeps them configurable", async () => {
    expect(production.introspection).toBe(false);
    expect(readConfig({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }).introspection).toBe(true);
    expect(readConfig({}).introspection).toBe(true);
    const introspection = await api.gql(`{ __schema { queryType { name } } }`, {}, { token });
    expect(introspection.errors?.[0].message).toMatch(/introspection/);
    expect(introspection.data).toBeUndefined();
    const typo = await api.gql(`{ viewr { kind } }`, {}, { token });
    expect(typo.errors?.[0].message).toBe(`Cannot query field "viewr" on type "Query".`);
  });

  it("masks internal errors over graphql-ws as over HTTP", async () => {
    // a database fault the platform cannot foresee: its message must not reach the client
    await db.dataSource.query(`ALTER TABLE notification RENAME TO notification_moved`);
    try {
      const http = await api.gql(`{ notifications(first: 5) { totalCount } }`, {}, { token });
      expect(http.errors?.[0]).toMatchObject({ message: "Erreur interne : l'équipe technique a été prévenue.", extensions: { code: "INTERNAL_SERVER_ERROR" } });
      const socket = await RawSocket.open(api.wsUrl, { token });
      socket.subscribe("q", `{ notifications(first: 5) { totalCount } }`);
      const answer = await socket.waitFor((m) => m.id === "q");
      expect(JSON.stringify(answer)).not.toMatch(/notification_moved|relation|does not exist/);
      expect(answer).toMatchObject({ payload: { errors: [{ message: "Erreur interne : l'équipe technique a été prévenue.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] } });
      socket.close();
    } finally {
      await db.dataSource.query(`ALTER TABLE notification_moved RENAME TO notification`);
    }
  });

  it("sends security headers and no X-Powered-By", async () => {
    const page = await fetch(api.httpUrl.replace("/graphql", "/"));
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(page.headers.get("x-powered-by")).toBeNull();
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const api_ = await api.gql(`{ today }`, {}, { token });
    expect(api_.headers.get("x-powered-by")).toBeNull();
  });

  it("sets a Secure session cookie by default in production, and gives a browser no token in the body", async () => {
    expect(production.secureCookies).toBe(true);
    expect(readConfig({ NODE_ENV: "production", COOKIE_SECURE: "false" }).secureCookies).toBe(false);
    const login = (headers: Record<string, string>) =>
      fetch(api.httpUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: `mutation { login(input: { email: "${KIND_VIEWERS.REGION}", password: "${WORLD_PASSWORD}" }) { token } }` }),
      });
    const browser = await login({ origin: api.httpUrl.replace("/graphql", "") });
    expect(((await browser.json()) as { data: { login: { token: string | null } } }).data.login.token).toBeNull();
    expect(browser.headers.get("set-cookie")).toMatch(/cordee_session=[^;]+;.*HttpOnly.*Secure/);
    const apiClient = await login({});
    expect(((await apiClient.json()) as { data: { login: { token: string | null } } }).data.login.token).toMatch(/^[\w-]{43}$/);
  });
});
