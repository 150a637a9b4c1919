import { TrainingSession } from "../../server/src/entities/training-session";
import { ReconnectingSubscriber, seeded } from "../support/reconnecting-subscriber";
import { oneOrderTestAtATime } from "../support/one-at-a-time";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";

const EVENTS = Number(process.env.ORDER_EVENTS ?? 5_000);
const WRITERS = 8;
const SUBSCRIBERS = Number(process.env.ORDER_SUBSCRIBERS ?? 50);

describe("the journal's order under concurrent writers and reconnecting subscribers", () => {
  let db: TestDatabase;
  let api: TestServer;
  let ids: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ ids } = await buildWorld(db.dataSource));
    api = await startTestServer(db, { config: { wsConnectionsPerUser: SUBSCRIBERS * 2 } });
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it(`delivers ${EVENTS} events from ${WRITERS} writers to ${SUBSCRIBERS} subscribers reconnecting at random: none missing, none twice, all in order`, () => oneOrderTestAtATime(async () => {
    const region = await api.login(KIND_VIEWERS.REGION, WORLD_PASSWORD);
    const [{ start }] = await db.dataSource.query(`SELECT coalesce(max(id), 0)::text AS start FROM journal_event`);
    const subscribers = Array.from({ length: SUBSCRIBERS }, (_, i) => new ReconnectingSubscriber(api.wsUrl, region, start, seeded(i + 1), EVENTS / 4));
    for (const s of subscribers) s.start();
    // 8 writers, each its own transactions through the journal, as every mutation writes
    const sessions = [
      { id: ids["Session A"], operationId: ids["Op A"], actor: { userId: ids["user:OF1"], organisationId: ids.OF1 } },
      { id: ids["Session B"], operationId: ids["Op B"], actor: { userId: null, organisationId: ids.OF2 } },
    ];
    await Promise.all(Array.from({ length: WRITERS }, async (_, writer) => {
      const { id, operationId, actor } = sessions[writer % 2];
      for (let i = 0; i < EVENTS / WRITERS; i++) {
        await api.server.journal.run(actor, async (tx) => {
          await tx.manager.update(TrainingSession, { id }, { location: `w${writer}-${i}` });
          await tx.record({ type: "TRAINING_SESSION_UPDATED", operationId, payload: { trainingSessionId: id, writer, i } });
        });
      }
    }));

    const committed: string[] = (await db.dataSource.query(`SELECT e.id::text AS id FROM journal_event e WHERE e.id > $1 ORDER BY e.id`, [start])).map((r: { id: string }) => r.id);
    expect(committed).toHaveLength(EVENTS);
    const deadline = Date.now() + 120_000;
    while (subscribers.some((s) => s.received.at(-1) !== committed.at(-1)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    await Promise.all(subscribers.map((s) => s.stop()));

    for (const s of subscribers) {
      expect(s.errors).toEqual([]);
      const seen = new Set(s.received);
      expect({ missing: committed.filter((id) => !seen.has(id)).length, twice: s.received.length - seen.size }).toEqual({ missing: 0, twice: 0 });
      expect(s.received).toEqual(committed);
    }
    expect(subscribers.reduce((n, s) => n + s.reconnects, 0)).toBeGreaterThan(SUBSCRIBERS * 3);
  }), 480_000);
});
