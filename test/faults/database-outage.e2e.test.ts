import { Client as PgClient } from "pg";
import { ownedPostgres, type OwnedPostgres } from "../support/owned-postgres";
import { freePort, startCordee, type Running } from "../support/processes";
import { ReconnectingSubscriber, seeded } from "../support/reconnecting-subscriber";
import { cordeeEnv, cordeeHttp } from "./cordee-http";

const UPDATE = `mutation($id: ID!, $input: TrainingSessionFields!) { updateTrainingSession(id: $id, input: $input) { id } }`;

/**
 * While its database is killed, stopped or frozen, the server answers a code a client can act on,
 * keeps every write it acknowledged, keeps its subscriptions open, and serves again when the
 * database is back, without a restart.
 */
describe("a database outage during service", () => {
  let pg: OwnedPostgres;
  let server: Running;
  let http: ReturnType<typeof cordeeHttp>;
  let writer: string;
  let sessionId: string;
  let port: number;

  beforeAll(async () => {
    pg = await ownedPostgres();
    port = await freePort();
    server = await startCordee(cordeeEnv({ DATABASE_URL: pg.url, PORT: String(port), DB_CONNECT_TIMEOUT_MS: "1000", DB_STATEMENT_TIMEOUT_MS: "1000" }));
    http = cordeeHttp(port);
    writer = await http.login("of@defi.demo");
    sessionId = (await http.post<{ trainingSessions: { nodes: { id: string }[] } }>(`{ trainingSessions { nodes { id } } }`, {}, writer)).data!.trainingSessions.nodes[0].id;
  }, 60_000);
  afterAll(async () => {
    pg?.thaw();
    await server?.stop();
    await pg?.destroy();
  });

  async function markersInJournal(): Promise<Set<string>> {
    const client = new PgClient({ connectionString: pg.url });
    await client.connect();
    try {
      const rows: { location: string }[] = (await client.query(`SELECT payload->'changes'->'location'->>'after' AS location FROM journal_event WHERE type = 'TRAINING_SESSION_UPDATED'`)).rows;
      return new Set(rows.map((r) => r.location));
    } finally {
      await client.end();
    }
  }

  for (const fault of ["killed", "stopped", "frozen"] as const) {
    it(`when the database is ${fault}: SERVICE_UNAVAILABLE, no acknowledged write lost, subscriptions resume, no restart`, async () => {
      const rtf = await http.login("rtf@centre.demo");
      const start = await lastId(rtf);
      const subscriber = new ReconnectingSubscriber(`ws://127.0.0.1:${port}/graphql`, rtf, start, seeded(7), Infinity);
      subscriber.start();

      const acknowledged: string[] = [];
      const codes = new Set<string>();
      let outage = false;
      let stop = false;
      const writes = (async () => {
        for (let i = 0; !stop; i++) {
          const marker = `${fault}-${i}`;
          const res = await http.post(UPDATE, { id: sessionId, input: { location: marker } }, writer).catch(() => null);
          if (res && !res.errors) acknowledged.push(marker);
          else if (res?.errors) codes.add(res.errors[0].extensions?.code === "SERVICE_UNAVAILABLE" ? "SERVICE_UNAVAILABLE" : `${res.errors[0].extensions?.code}: ${res.errors[0].message}`);
          if (outage) await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();

      await until(() => acknowledged.length >= 20);
      outage = true;
      if (fault === "killed") await pg.kill();
      if (fault === "stopped") await pg.stop();
      if (fault === "frozen") pg.freeze();
      await until(() => codes.size > 0, 20_000);
      // what a proxy or a client library acts on: 503 and when to try again
      const refused = await fetch(`${http.base}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${writer}` }, body: JSON.stringify({ query: "{ viewer { kind } }" }) });
      expect([refused.status, refused.headers.get("retry-after")]).toEqual([503, "5"]);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      if (fault === "frozen") pg.thaw();
      else await pg.start();
      const before = acknowledged.length;
      await until(() => acknowledged.length >= before + 20, 60_000);
      stop = true;
      await writes;

      expect([...codes]).toEqual(["SERVICE_UNAVAILABLE"]);
      const stored = await markersInJournal();
      expect(acknowledged.filter((m) => !stored.has(m))).toEqual([]);
      // the subscription stayed open through the outage and caught up: every event after its cursor, once, in order
      const journal = await allAfter(rtf, start);
      await until(() => subscriber.received.at(-1) === journal.at(-1), 30_000);
      await subscriber.stop();
      expect(subscriber.errors).toEqual([]);
      expect(subscriber.received).toEqual(journal);
      expect(subscriber.reconnects).toBe(0);
    }, 180_000);
  }

  async function lastId(token: string): Promise<string> {
    const all = await allAfter(token, null);
    return all.at(-1) ?? "0";
  }

  async function allAfter(token: string, after: string | null): Promise<string[]> {
    const ids: string[] = [];
    for (let cursor = after; ;) {
      const page = await http.post<{ events: { nodes: { id: string }[]; endCursor: string | null; hasMore: boolean } }>(
        `query($after: ID) { events(after: $after, first: 500) { nodes { id } endCursor hasMore } }`, { after: cursor }, token);
      ids.push(...page.data!.events.nodes.map((n) => n.id));
      cursor = page.data!.events.endCursor;
      if (!page.data!.events.hasMore) return ids;
    }
  }
});

async function until(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
