import { withDatabase } from "../support/database-url";
import { ownedPostgres, type OwnedPostgres } from "../support/owned-postgres";
import { freePort, SERVER_MAIN, startProcess, waitForOutput, type Running } from "../support/processes";
import { cordeeEnv, cordeeHttp } from "./cordee-http";

describe("start-up while the database is down", () => {
  let pg: OwnedPostgres;
  let server: Running | null = null;

  beforeAll(async () => {
    pg = await ownedPostgres({ start: false }); // initialised, not started yet
  });
  afterAll(async () => {
    await server?.stop();
    await pg?.destroy();
  });

  it("waits for the database, saying why and when it tries again, then serves once it comes", async () => {
    const port = await freePort();
    const http = cordeeHttp(port);
    server = await startProcess(process.execPath, [SERVER_MAIN], cordeeEnv({ DATABASE_URL: pg.url, PORT: String(port) }), "nouvel essai dans");
    expect(server.output()).toContain("base de données injoignable (ECONNREFUSED) : nouvel essai dans 0,5 s");
    // backing off, not exiting
    await waitForOutput(server, "nouvel essai dans 2 s", 10_000);
    expect(server.child.exitCode).toBeNull();
    await expect(http.health()).rejects.toThrow(); // not listening until it can serve

    await pg.start();
    await waitForOutput(server, "Cordée prête", 60_000);
    expect(await http.health()).toEqual({ status: 200, body: { ok: true, database: "ok", migrations: "ok" } });
    const viewer = await http.post<{ viewer: { kind: string } }>(`{ viewer { kind } }`, {}, await http.login("rtf@centre.demo"));
    expect(viewer.data?.viewer.kind).toBe("REGION");
  }, 90_000);

  it("stops at once on an error that waiting would not cure: a database that does not exist", async () => {
    if (pg.pid() === null) await pg.start();
    const env = cordeeEnv({ DATABASE_URL: withDatabase(pg.url, "no_such_database"), PORT: String(await freePort()) });
    const started = Date.now();
    const failure = await startProcess(process.execPath, [SERVER_MAIN], env, "Cordée prête", 15_000).then((running) => running.stop().then(() => null), (error: Error) => error);
    expect(failure?.message).toMatch(/exited with 1[\s\S]*démarrage impossible[\s\S]*does not exist/);
    expect(failure?.message).not.toContain("nouvel essai");
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);
});
