import { setMaxListeners } from "node:events";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";
import type { JournalEvent } from "../entities/journal-event.js";

/** A committed journal event as it travels between instances. */
export interface PublishedEvent {
  id: string;
  type: string;
  operationId: string | null;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  payload: Record<string, unknown>;
  audience: string[];
  occurredAt: string;
}

type Listener = (event: PublishedEvent) => void;

/**
 * Carries committed events to every subscriber of every instance: in-process by default, through
 * Redis when REDIS_URL is set. When Redis comes back after an outage, `onResync` listeners are told
 * so that they catch up from the journal (the journal, not the bus, is the source of truth).
 */
export interface JournalBus {
  publish(events: JournalEvent[]): void;
  listen(listener: Listener): () => void;
  onResync(listener: () => void): () => void;
  /** whether events reach the other instances now ("down": Redis is away; the in-process bus is always "ok") */
  state(): BusState;
  close(): Promise<void>;
}

export type BusState = "ok" | "down";

const TOPIC = "cordee:journal";

interface EventTargetLike {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  dispatchEvent(event: Event): boolean;
}

export function toPublished(event: JournalEvent): PublishedEvent {
  return {
    id: String(event.id), type: event.type, operationId: event.operationId, actorUserId: event.actorUserId,
    actorOrganisationId: event.actorOrganisationId, payload: event.payload, audience: event.audience,
    occurredAt: new Date(event.occurredAt).toISOString(),
  };
}

function busOver(target: EventTargetLike, resync: Set<() => void>, state: () => BusState, close: () => Promise<void>): JournalBus {
  return {
    publish(events) {
      for (const event of events) target.dispatchEvent(new CustomEvent(TOPIC, { detail: toPublished(event) }));
    },
    listen(listener) {
      const handler = (event: Event) => listener((event as CustomEvent<PublishedEvent>).detail);
      target.addEventListener(TOPIC, handler);
      return () => target.removeEventListener(TOPIC, handler);
    },
    onResync(listener) {
      resync.add(listener);
      return () => resync.delete(listener);
    },
    state,
    close,
  };
}

export function inProcessBus(): JournalBus {
  const target = new EventTarget();
  setMaxListeners(0, target); // one listener per live subscription
  return busOver(target, new Set(), () => "ok", async () => {});
}

/**
 * Redis pub/sub. Both clients should be ready before anyone subscribes, or events are silently lost;
 * when Redis is away, at start or later, publishes wait in ioredis' offline queue (they never
 * reject) and the server goes on serving; when it is back, subscribers resynchronise from the journal.
 */
export async function redisBus(url: string, log: (message: string) => void): Promise<JournalBus> {
  const options = { maxRetriesPerRequest: null, retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000) };
  const publishClient = new Redis(url, options);
  const subscribeClient = new Redis(url, options);
  const clients = [publishClient, subscribeClient];
  const state = (): BusState => (clients.every((client) => client.status === "ready") ? "ok" : "down");
  // one line when Redis goes away and one when it is back, not one per reconnection attempt
  let reported: BusState = "ok";
  for (const client of clients) {
    client.on("error", (error: Error & { code?: string }) => {
      if (reported === "down") return;
      reported = "down";
      log(`Redis injoignable (${error.code ?? error.message}) : le service continue, les événements seront rattrapés depuis le journal à son retour`);
    });
    client.on("ready", () => {
      if (reported === "ok" || state() === "down") return;
      reported = "ok";
      log("Redis de retour : les abonnés se resynchronisent depuis le journal");
    });
  }
  await readyOrFailing(clients, 5000);
  const resync = new Set<() => void>();
  // every (re)connection after start-up may have missed messages: subscribers catch up (harmless if none)
  subscribeClient.on("ready", () => {
    for (const listener of resync) listener();
  });
  const target = createRedisEventTarget({ publishClient, subscribeClient });
  // subscribe once, now: later subscribers only add local listeners
  const keepSubscribed = () => {};
  target.addEventListener(TOPIC, keepSubscribed);
  return busOver(target, resync, state, async () => {
    await Promise.all(clients.map(closeClient));
  });
}

/** QUIT waits for Redis' answer, forever while it is away (offline queue): then just disconnect. */
async function closeClient(client: Redis): Promise<void> {
  if (client.status === "ready") {
    const quit = client.quit().then(() => "quit" as const, () => "failed" as const);
    const late = new Promise<"late">((resolve) => setTimeout(() => resolve("late"), 2000).unref());
    if ((await Promise.race([quit, late])) === "quit") return;
  }
  client.disconnect();
}

/**
 * Resolves once every client is ready, or at the first error (Redis is away: start without it),
 * or after `timeoutMs` (Redis is slow). Never rejects: a missing Redis must not stop start-up.
 */
function readyOrFailing(clients: Redis[], timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    let waiting = clients.filter((client) => client.status !== "ready").length;
    const done = () => {
      clearTimeout(timer);
      for (const client of clients) {
        client.off("ready", onReady);
        client.off("error", done);
      }
      resolve();
    };
    const onReady = () => {
      if (--waiting === 0) done();
    };
    const timer = setTimeout(done, timeoutMs);
    if (waiting === 0) return done();
    for (const client of clients) {
      client.once("ready", onReady);
      client.once("error", done);
    }
  });
}
