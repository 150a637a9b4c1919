import type { DataSource } from "typeorm";
import { ScopedReader } from "../access/reader.js";
import type { Viewer } from "../access/viewer.js";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { JournalBus } from "../realtime/bus.js";
import type { Journal } from "../realtime/journal.js";
import { unauthenticated } from "./errors.js";

/** What the HTTP layer lets a resolver do with the session cookie. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  requestId: string;
  config: Config;
  clock: Clock;
  dataSource: DataSource;
  journal: Journal;
  bus: JournalBus;
  viewer: Viewer | null;
  token: string | null;
  reader: ScopedReader | null;
  cookie: SessionCookie | null;
}

export interface AuthenticatedContext extends Context {
  viewer: Viewer;
  reader: ScopedReader;
}

export function authenticated(ctx: Context): AuthenticatedContext {
  if (!ctx.viewer || !ctx.reader) throw unauthenticated();
  return ctx as AuthenticatedContext;
}

export function buildContext(base: Omit<Context, "reader">): Context {
  return { ...base, reader: base.viewer ? new ScopedReader(base.dataSource, base.viewer) : null };
}
