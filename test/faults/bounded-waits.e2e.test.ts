import { Client } from "pg";
import { MIGRATION_LOCK } from "../../server/src/db/database";
import { withDatabase } from "../support/database-url";
import { ownedPostgres, type OwnedPostgres } from "../support/owned-postgres";
import { freePort, startCordee, type Running } from "../support/processes";
import { cordeeEnv, cordeeHttp } from "./cordee-http";

// low bounds for the test: a statement 1 s on the server (1 s more on the client), a connection 1 s
const TIMEOUTS = { DB_CONNECT_TIMEOUT_MS: "1000", DB_STATEMENT_TIMEOUT_MS: "1000" };
// a code the client can act on: try again later
const OUTAGE_CODES = ["SERVICE_UNAVAILABLE"];
const VIEWER = `{ viewer { kind } }`;

describe("every database wait is bounded", () => {
  let pg: OwnedPostgres;
  let server: Running;
  let http: ReturnType<typeof cordeeHttp>;
  let token: string;

  beforeAll(async () => {
    pg = await ownedPostgres();
    const port = await freePort();
    server = await startCordee(cordeeEnv({ DATABASE_URL: pg.url, PORT: String(port), ...TIMEOUTS }));
    http = cordeeHttp(port);
    token = await http.login("rtf@centre.demo");
  }, 60_000);
  afterAll(async () => {
    pg?.thaw();
    await server?.stop();
    await pg?.destroy();
  });

  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = Date.now();
    const result = await work();
    return [result, Date.now() - started];
  };

  it("answers an error within the bound while the database is frozen, and serves again once it thaws, without a restart", async () => {
    pg.freeze();
    try {
      // each fails within the client's query timeout (2 s) or the connection timeout (1 s), with some room
      for (let i = 0; i < 2; i++) {
        const [frozen, elapsed] = await timed(() => http.post(VIEWER, {}, token));
        expect(elapsed).toBeLessThan(4000);
        expect(frozen.data?.viewer ?? null).toBeNull();
        expect(OUTAGE_CODES).toContain(frozen.errors?.[0].extensions?.code);
      }
    } finally {
      pg.thaw();
    }
    const [after] = await timed(() => http.post<{ viewer: { kind: string } }>(VIEWER, {}, token));
    expect(after.data?.viewer.kind).toBe("REGION");
    expect(server.child.exitCode).toBeNull();
  }, 30_000);

  it("has the server cancel a statement that waits longer than the statement timeout", async () => {
    const blocker = new Client({ connectionString: pg.url });
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query("LOCK TABLE auth_session IN ACCESS EXCLUSIVE MODE");
      const blocked = await http.post(VIEWER, {}, token);
      expect(OUTAGE_CODES).toContain(blocked.errors?.[0].extensions?.code);
      expect(pg.output()).toContain("canceling statement due to statement timeout");
    } finally {
      await blocker.query("ROLLBACK");
      await blocker.end();
    }
    expect((await http.post<{ viewer: { kind: string } }>(VIEWER, {}, token)).data?.viewer.kind).toBe("REGION");
  }, 30_000);

  it("does not bound migrations: a replica waits for another's migrations longer than the statement timeout", async () => {
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query("CREATE DATABASE migrating");
    await admin.end();
    const otherReplica = new Client({ connectionString: withDatabase(pg.url, "migrating") });
    await otherReplica.connect();
    await otherReplica.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    const port = await freePort();
    const starting = startCordee(cordeeEnv({ DATABASE_URL: withDatabase(pg.url, "migrating"), PORT: String(port), CORDEE_DEMO_DATA: "false", ...TIMEOUTS }));
    starting.catch(() => {}); // awaited below
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await otherReplica.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    await otherReplica.end();
    const replica = await starting; // ready, not stopped by the statement timeout
    try {
      expect((await cordeeHttp(port).health()).body.migrations).toBe("ok");
    } finally {
      await replica.stop();
    }
  }, 60_000);
});
