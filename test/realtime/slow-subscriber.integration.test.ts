import "reflect-metadata";
import type { Logger } from "typeorm";
import { ScopedReader } from "../../server/src/access/reader";
import { JournalEvent } from "../../server/src/entities/journal-event";
import { Organisation } from "../../server/src/entities/organisation";
import { User } from "../../server/src/entities/user";
import { inProcessBus } from "../../server/src/realtime/bus";
import { viewerEvents } from "../../server/src/realtime/event-stream";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { buildWorld, KIND_VIEWERS } from "../support/world";

class CountingLogger implements Logger {
  statements = 0;
  logQuery() {
    this.statements++;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/**
 * A subscriber that does not read keeps no backlog in memory: published events only mark it as
 * behind, and it catches up from the journal, by pages, when it reads again, losing nothing.
 */
describe("a slow subscriber", () => {
  const logger = new CountingLogger();
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ logger });
    await buildWorld(db.dataSource);
  });
  afterAll(async () => {
    await db.drop();
  });

  it("catches up from the journal by pages instead of holding hundreds of waiting events, and gets each once, in order", async () => {
    const user = await db.dataSource.getRepository(User).findOneByOrFail({ email: KIND_VIEWERS.REGION });
    const region = await db.dataSource.getRepository(Organisation).findOneByOrFail({ id: user.organisationId });
    const reader = new ScopedReader(db.dataSource, { userId: user.id, organisationId: region.id, kind: region.kind, territory: region.territory, role: user.role, isAdmin: user.isAdmin });
    const bus = inProcessBus();
    const stream = viewerEvents(reader, bus, { after: null, operationId: null, types: null });
    const first = stream.next();
    await new Promise((resolve) => setTimeout(resolve, 200)); // the stream has read where the journal stands

    const count = 600;
    const inserted: { id: string }[] = await db.dataSource.query(
      `INSERT INTO journal_event (type, operation_id, payload, audience) SELECT 'TEST_FILLER', NULL, jsonb_build_object('n', n), ARRAY[$1::uuid] FROM generate_series(1, $2) n RETURNING id::text`,
      [region.id, count],
    );
    const events = await db.dataSource.getRepository(JournalEvent).createQueryBuilder("e").where("e.id >= :from", { from: inserted[0].id }).orderBy("e.id").getMany();
    // all published while the subscriber reads nothing
    bus.publish(events);

    logger.statements = 0;
    const received = [(await first).value as JournalEvent];
    while (received.length < count) received.push((await stream.next()).value as JournalEvent);
    await stream.return(undefined);

    expect(received.map((e) => String(e.id))).toEqual(inserted.map((r) => r.id));
    // caught up by pages of the journal, not one access check per waiting event
    expect(logger.statements).toBeLessThan(20);
  });
});
