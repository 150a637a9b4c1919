import type { ScopedReader } from "../access/reader.js";
import { JournalEvent } from "../entities/journal-event.js";
import type { JournalBus, PublishedEvent } from "./bus.js";

export interface StreamFilter {
  /** replay every event after this journal id first; null: live events only */
  after: string | null;
  operationId: string | null;
  /** only these event types (typed subscriptions); null: all */
  types: ReadonlySet<string> | null;
}

const REPLAY_PAGE = 200;

function fromPublished(e: PublishedEvent): JournalEvent {
  return Object.assign(new JournalEvent(), { ...e, occurredAt: new Date(e.occurredAt) });
}

/**
 * The viewer's events: first every event after the cursor, from the journal, then live ones from
 * the bus, with no gap and no duplicate at the switch (the bus is listened to before the replay
 * starts; what arrives meanwhile waits, and what was replayed is skipped). Each live event is
 * checked against the viewer's access when it is delivered, so a partner removed from a team stops
 * receiving that operation's events.
 */
export async function* viewerEvents(reader: ScopedReader, bus: JournalBus, filter: StreamFilter): AsyncGenerator<JournalEvent> {
  const inbox: (PublishedEvent | "resync")[] = [];
  let wake: (() => void) | null = null;
  const push = (item: PublishedEvent | "resync") => {
    inbox.push(item);
    wake?.();
  };
  const stopListening = bus.listen(push);
  const stopResync = bus.onResync(() => push("resync"));
  const delivered = new Set<string>();
  let cursor = filter.after ?? (await lastJournalId(reader));

  const wanted = (e: { type: string; operationId: string | null }) =>
    (!filter.types || filter.types.has(e.type)) && (!filter.operationId || e.operationId === filter.operationId);

  async function* fromJournal(): AsyncGenerator<JournalEvent> {
    for (;;) {
      const qb = reader.query(JournalEvent).andWhere("a.id > :cursor", { cursor });
      if (filter.operationId) qb.andWhere("a.operation_id = :operationId", { operationId: filter.operationId });
      if (filter.types) qb.andWhere("a.type IN (:...types)", { types: [...filter.types] });
      const page = await qb.orderBy("a.id", "ASC").take(REPLAY_PAGE).getMany();
      for (const event of page) {
        cursor = maxId(cursor, event.id);
        if (!delivered.has(event.id)) yield event;
      }
      if (page.length < REPLAY_PAGE) return;
    }
  }

  try {
    for await (const event of fromJournal()) {
      delivered.add(event.id);
      yield event;
    }
    for (;;) {
      if (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      const item = inbox.shift()!;
      if (item === "resync") {
        for await (const event of fromJournal()) {
          delivered.add(event.id);
          yield event;
        }
        continue;
      }
      if (delivered.has(item.id) || BigInt(item.id) <= BigInt(filter.after ?? "0") || !wanted(item)) continue;
      if (!item.audience.includes(reader.viewer.organisationId) || !(await stillVisible(reader, item.id))) continue;
      delivered.add(item.id);
      cursor = maxId(cursor, item.id);
      yield fromPublished(item);
    }
  } finally {
    stopListening();
    stopResync();
  }
}

const maxId = (a: string, b: string) => (BigInt(a) >= BigInt(b) ? a : b);

async function lastJournalId(reader: ScopedReader): Promise<string> {
  const row = await reader.query(JournalEvent).select("max(a.id)", "max").getRawOne<{ max: string | null }>();
  return row?.max ?? "0";
}

/** The viewer's access now: audience and team membership as they stand at delivery. */
async function stillVisible(reader: ScopedReader, id: string): Promise<boolean> {
  return (await reader.query(JournalEvent).andWhere("a.id = :id", { id }).getCount()) === 1;
}
