import { Client } from "pg";
import { ownedPostgres, type OwnedPostgres } from "../support/owned-postgres";
import { freePort, startCordee, type Running } from "../support/processes";
import { cordeeEnv, cordeeHttp } from "./cordee-http";

const HEALTHY = { status: 200, body: { ok: true, database: "ok", migrations: "ok" } };
const DATABASE_DOWN = { status: 503, body: { ok: false, database: "down", migrations: "unknown" } };

describe("GET /healthz says whether the instance can serve", () => {
  let pg: OwnedPostgres;
  let server: Running;
  let http: ReturnType<typeof cordeeHttp>;

  beforeAll(async () => {
    pg = await ownedPostgres();
    const port = await freePort();
    server = await startCordee(cordeeEnv({ DATABASE_URL: pg.url, PORT: String(port), CORDEE_DEMO_DATA: "false" }));
    http = cordeeHttp(port);
  }, 60_000);
  afterAll(async () => {
    pg?.thaw();
    await server?.stop();
    await pg?.destroy();
  });

  const healthy = () => http.healthUntil((status) => status === 200);

  it("is 200 when the database answers and is fully migrated", async () => {
    expect(await http.health()).toEqual(HEALTHY);
  });

  it("is 503 while the database is stopped or has crashed, and 200 again once it is back", async () => {
    await pg.stop();
    expect(await http.health()).toEqual(DATABASE_DOWN);
    await pg.start();
    expect(await healthy()).toEqual(HEALTHY);

    await pg.kill();
    expect(await http.health()).toEqual(DATABASE_DOWN);
    await pg.start();
    expect(await healthy()).toEqual(HEALTHY);
  }, 30_000);

  it("answers 503 within its own timeout while the database is frozen, and 200 after", async () => {
    pg.freeze();
    try {
      const started = Date.now();
      expect(await http.health()).toEqual(DATABASE_DOWN);
      expect(Date.now() - started).toBeLessThan(2500);
    } finally {
      pg.thaw();
    }
    expect(await healthy()).toEqual(HEALTHY);
  }, 30_000);

  it("is 503 when a migration is pending", async () => {
    const db = new Client({ connectionString: pg.url });
    await db.connect();
    try {
      const [last] = (await db.query<{ id: number; timestamp: string; name: string }>(`SELECT * FROM schema_migration ORDER BY id DESC LIMIT 1`)).rows;
      await db.query(`DELETE FROM schema_migration WHERE id = $1`, [last.id]);
      expect(await http.health()).toEqual({ status: 503, body: { ok: false, database: "ok", migrations: "pending" } });
      await db.query(`INSERT INTO schema_migration (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
      expect(await http.health()).toEqual(HEALTHY);
    } finally {
      await db.end();
    }
  });
});
