import type { RequestHandler } from "express";
import type { QueryConfig } from "pg";
import type { DataSource } from "typeorm";
import { pgPool } from "./auth/login-throttle.js";
import type { BusState, JournalBus } from "./realtime/bus.js";

export interface Health {
  /** the instance can serve: database reachable and fully migrated */
  ok: boolean;
  database: "ok" | "down";
  /** "unknown" while the database cannot be asked */
  migrations: "ok" | "pending" | "unknown";
  /** only with Redis; "down" does not make the instance unhealthy: it serves, and catches up later */
  redis?: BusState;
}

/** A health check that waits longer than this says "down": a probe must not hang with the database. */
export const HEALTH_TIMEOUT_MS = 1000;

/**
 * Asks the request pool (what serves requests) which migrations the database has: one query, that
 * fails when the database is down, frozen or the pool exhausted. `bus`: only when Redis carries
 * events (the in-process bus has nothing to report).
 */
export async function healthCheck(dataSource: DataSource, bus?: JournalBus, timeoutMs = HEALTH_TIMEOUT_MS): Promise<Health> {
  const redis = bus ? { redis: bus.state() } : {};
  const table = dataSource.options.migrationsTableName ?? "migrations";
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("health check timed out")), timeoutMs);
  });
  try {
    // query_timeout (pg's, missing from its types): the query gives its connection back (closed) rather than wait for the server
    const query: QueryConfig & { query_timeout: number } = { text: `SELECT name FROM "${table}"`, query_timeout: timeoutMs };
    const applied = pgPool(dataSource).query<{ name: string }>(query);
    applied.catch(() => {}); // after the timeout has answered, its own failure is expected
    const rows = (await Promise.race([applied, timeout])).rows;
    const names = new Set(rows.map((row) => row.name));
    const pending = dataSource.migrations.some((migration) => !names.has(migration.name ?? migration.constructor.name));
    return { ok: !pending, database: "ok", migrations: pending ? "pending" : "ok", ...redis };
  } catch {
    return { ok: false, database: "down", migrations: "unknown", ...redis };
  } finally {
    clearTimeout(timer);
  }
}

/** GET /healthz: 200 when the instance can serve, else 503, with the same JSON either way; `bus` as for healthCheck. */
export function healthHandler(dataSource: DataSource, bus?: JournalBus): RequestHandler {
  return (_req, res, next) => {
    healthCheck(dataSource, bus).then((health) => {
      res.status(health.ok ? 200 : 503).set("cache-control", "no-store").json(health);
    }, next);
  };
}
