import { once, setMaxListeners } from "node:events";
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
  close(): Promise<void>;
}

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

function busOver(target: EventTargetLike, resync: Set<() => void>, close: () => Promise<void>): JournalBus {
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
    close,
  };
}

export function inProcessBus(): JournalBus {
  const target = new EventTarget();
  setMaxListeners(0, target); // one listener per live subscription
  return busOver(target, new Set(), async () => {});
}

/**
 * Redis pub/sub. Both clients must be ready before anyone subscribes, or events are silently lost;
 * while Redis is away, publishes wait in ioredis' offline queue (they never reject) and the server
 * goes on serving; when it is back, subscribers resynchronise from the journal.
 */
export async function redisBus(url: string, log: (message: string) => void): Promise<JournalBus> {
  const options = { maxRetriesPerRequest: null, retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000) };
  const publishClient = new Redis(url, options);
  const subscribeClient = new Redis(url, options);
  for (const client of [publishClient, subscribeClient]) client.on("error", (error: Error) => log(`Redis : ${error.message}`));
  const ready = Promise.all([once(publishClient, "ready"), once(subscribeClient, "ready")]);
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 5000).unref());
  if ((await Promise.race([ready, timeout])) === "timeout") log("Redis injoignable : les événements seront rattrapés depuis le journal à son retour");
  const resync = new Set<() => void>();
  // every (re)connection after start-up may have missed messages: subscribers catch up (harmless if none)
  subscribeClient.on("ready", () => {
    for (const listener of resync) listener();
  });
  const target = createRedisEventTarget({ publishClient, subscribeClient });
  // subscribe once, now: later subscribers only add local listeners
  const keepSubscribed = () => {};
  target.addEventListener(TOPIC, keepSubscribed);
  return busOver(target, resync, async () => {
    await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
  });
}
