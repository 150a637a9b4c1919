import { ownedRedis, redisServerPath, type OwnedRedis } from "../support/owned-redis";
import { freePort, startCordee, type Running } from "../support/processes";
import { EVENTS, Subscriber } from "../support/subscriber";
import { createEmptyDatabase } from "../support/test-database";
import { cordeeEnv, cordeeHttp } from "./cordee-http";

// Without the redis-server binary (Debian package redis-server) the test cannot own a Redis. CI installs it.
const describeWithRedis = redisServerPath() ? describe : describe.skip;
if (!redisServerPath()) console.warn("test/faults/redis-down-at-start: no redis-server binary, skipped");

describeWithRedis("start-up while Redis is down", () => {
  let redis: OwnedRedis;
  let databaseUrl: string;
  let dropDatabase: () => Promise<void>;
  const servers: Running[] = [];
  let subscriber: Subscriber | null = null;

  beforeAll(async () => {
    redis = await ownedRedis({ start: false }); // a port of its own, nobody listening yet
    const db = await createEmptyDatabase();
    databaseUrl = db.url;
    dropDatabase = db.drop;
  });
  afterAll(async () => {
    await subscriber?.close();
    await Promise.all(servers.map((s) => s.stop()));
    await redis?.destroy();
    await dropDatabase?.();
  });

  const start = async () => {
    const port = await freePort();
    servers.push(await startCordee(cordeeEnv({ DATABASE_URL: databaseUrl, REDIS_URL: redis.url, PORT: String(port) })));
    return cordeeHttp(port);
  };

  const lastEventId = async (server: ReturnType<typeof cordeeHttp>, token: string): Promise<string | null> => {
    let after: string | null = null;
    for (;;) {
      type Page = { events: { endCursor: string | null; hasMore: boolean } };
      const page: Page = (await server.post<Page>(`query($after: ID) { events(after: $after, first: 500) { endCursor hasMore } }`, { after }, token)).data!;
      after = page.events.endCursor ?? after;
      if (!page.events.hasMore) return after;
    }
  };

  it("starts and serves without Redis, reports it down, and carries events across instances once it comes", async () => {
    const a = await start(); // seeds the demo data
    const b = await start();
    expect(servers[0].output()).toContain("Redis injoignable (ECONNREFUSED) : le service continue");
    expect(await a.health()).toEqual({ status: 200, body: { ok: true, database: "ok", migrations: "ok", redis: "down" } });
    const region = await a.post<{ viewer: { kind: string } }>(`{ viewer { kind } }`, {}, await a.login("rtf@centre.demo"));
    expect(region.data?.viewer.kind).toBe("REGION");

    // from an explicit cursor: B's own login, published while Redis was away, reaches Redis when it returns
    const company = await b.login("entrepot@defi.demo");
    subscriber = await new Subscriber(`${b.base.replace("http", "ws")}/graphql`, company).start(EVENTS, { after: await lastEventId(b, company) });
    await redis.start();
    // both clients of both instances connected: from now on, only Redis carries A's events to B
    for (const server of [a, b]) await server.healthUntil((status, body) => status === 200 && body.redis === "ok");
    expect(servers[1].output()).toContain("Redis de retour");

    const of = await a.login("of@defi.demo");
    const sessions = await a.post<{ trainingSessions: { nodes: { id: string }[] } }>(`{ trainingSessions { nodes { id } } }`, {}, of);
    const update = `mutation($id: ID!, $input: TrainingSessionFields!) { updateTrainingSession(id: $id, input: $input) { id } }`;
    const updated = await a.post(update, { id: sessions.data!.trainingSessions.nodes[0].id, input: { location: "Orléans — après le retour de Redis" } }, of);
    expect(updated.errors).toBeUndefined();
    expect((await subscriber.waitFor(1, 10_000)).map((e) => e.type)).toEqual(["TRAINING_SESSION_UPDATED"]);
  }, 90_000);
});
