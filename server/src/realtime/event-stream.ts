import type { ScopedReader } from "../access/reader.js";
import { JournalEvent } from "../entities/journal-event.js";
import { isDatabaseUnavailable } from "../db/faults.js";
import type { JournalBus, PublishedEvent } from "./bus.js";

export interface StreamFilter {
  /** replay every event after this journal id first; null: live events only */
  after: string | null;
  operationId: string | null;
  /** only these event types (typed subscriptions); null: all */
  types: ReadonlySet<string> | null;
}

const REPLAY_PAGE = 200;
/** while the database is away, a subscription waits and reads again, up to this often */
const RETRY_MS = { first: 500, max: 5_000 };

/** after a wake-up, events of the same burst are read together: one journal read instead of one per event */
const GATHER_MS = 50;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The viewer's events, in journal order: first every event after the cursor, then each new one.
 * The journal is the only source: a published event only wakes the stream up, which then reads the
 * journal after its cursor, through the viewer's access policy as it stands now. Journal ids follow
 * commit order (see journal.ts), so reading after the cursor never skips an event nor repeats one,
 * whatever the order in which instances publish; the replay and the live part are the same read.
 * A subscriber that reads slowly holds nothing but a flag; a database outage pauses the stream, which
 * resumes from its cursor when the database is back.
 */
export async function* viewerEvents(reader: ScopedReader, bus: JournalBus, filter: StreamFilter): AsyncGenerator<JournalEvent> {
  let cursor = filter.after ?? "0";
  let dirty = filter.after !== null;
  let wake: (() => void) | null = null;
  const signal = () => {
    dirty = true;
    wake?.();
  };
  const concerns = (e: PublishedEvent) =>
    e.audience.includes(reader.viewer.organisationId) && (!filter.types || filter.types.has(e.type)) && (!filter.operationId || e.operationId === filter.operationId);
  const stopListening = bus.listen((event) => {
    if (concerns(event) && BigInt(event.id) > BigInt(cursor)) signal();
  });
  const stopResync = bus.onResync(signal);
  try {
    if (filter.after === null) cursor = await lastJournalId(reader);
    let retryMs = RETRY_MS.first;
    for (;;) {
      if (!dirty) {
        await new Promise<void>((resolve) => (wake = resolve));
        await pause(GATHER_MS);
      }
      wake = null;
      dirty = false;
      let page: JournalEvent[];
      try {
        page = await journalAfter(reader, filter, cursor).take(REPLAY_PAGE).getMany();
        retryMs = RETRY_MS.first;
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        await pause(retryMs);
        retryMs = Math.min(retryMs * 2, RETRY_MS.max);
        dirty = true;
        continue;
      }
      for (const event of page) {
        cursor = String(event.id);
        yield event;
      }
      if (page.length === REPLAY_PAGE) dirty = true;
    }
  } finally {
    stopListening();
    stopResync();
  }
}

function journalAfter(reader: ScopedReader, filter: StreamFilter, cursor: string) {
  const qb = reader.query(JournalEvent).andWhere("a.id > :cursor", { cursor });
  if (filter.operationId) qb.andWhere("a.operation_id = :operationId", { operationId: filter.operationId });
  if (filter.types) qb.andWhere("a.type IN (:...types)", { types: [...filter.types] });
  return qb.orderBy("a.id", "ASC");
}

/** Whether more than `limit` of the viewer's events follow the cursor (a replay that long is refused). */
export async function replayLongerThan(reader: ScopedReader, filter: StreamFilter, limit: number): Promise<boolean> {
  if (filter.after === null) return false;
  return (await journalAfter(reader, filter, filter.after).skip(limit).take(1).getMany()).length > 0;
}

async function lastJournalId(reader: ScopedReader): Promise<string> {
  const row = await reader.query(JournalEvent).select("max(a.id)", "max").getRawOne<{ max: string | null }>();
  return row?.max ?? "0";
}

