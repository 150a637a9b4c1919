import type { DataSource } from "typeorm";
import { ScopedReader } from "../access/reader.js";
import type { Viewer } from "../access/viewer.js";
import type { LoginThrottle } from "../auth/login-throttle.js";
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
  /** the client's address (behind a proxy, as TRUST_PROXY says): login throttling counts by it */
  clientAddress: string | null;
  /** an HTTP request from a web page (it sends Origin): it gets the session as a cookie, never in the body */
  browser: boolean;
  loginThrottle: LoginThrottle;
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
