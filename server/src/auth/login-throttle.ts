import { createHash } from "node:crypto";
import type { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver.js";
import { DomainError } from "../graphql/errors.js";

/** Failed logins one account (its normalised e-mail, known or not) may take per window: well above a person's typos. */
export const ACCOUNT_FAILURES = 10;
/** Failed logins one client address may take per window: room for an office behind one NAT, not for spraying. */
export const ADDRESS_FAILURES = 50;
/** The window opens at the first failure; a blocked login waits for its end. */
export const WINDOW_SECONDS = 15 * 60;
/** Created by a migration: the library never runs DDL itself. */
export const LOGIN_THROTTLE_TABLE = "login_throttle";

export function tooManyAttempts(retryAfterSeconds: number): DomainError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new DomainError(
    "TOO_MANY_ATTEMPTS",
    `Trop de tentatives de connexion : réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`,
    { retryAfterSeconds, http: { status: 429, headers: new Map([["retry-after", String(retryAfterSeconds)]]) } },
  );
}

/** The pg Pool behind a TypeORM PostgreSQL DataSource. */
export const pgPool = (dataSource: DataSource): Pool => (dataSource.driver as PostgresDriver).master as Pool;

// fixed length whatever the client sends, and no e-mail or address stored in clear
const keyOf = (value: string): string => createHash("sha256").update(value).digest("hex");

/**
 * Counts failed logins per account and per client address, in PostgreSQL so that every server
 * instance shares the counts. Each attempt takes its points before the password is checked (one
 * atomic upsert: parallel guesses cannot slip past the limit); a right password gives them back.
 */
export class LoginThrottle {
  private readonly byAccount: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(pool: Pool, private readonly log: (message: string, detail?: unknown) => void) {
    const common = { storeClient: pool, storeType: "pool", tableName: LOGIN_THROTTLE_TABLE, tableCreated: true, duration: WINDOW_SECONDS };
    this.byAccount = new RateLimiterPostgres({ ...common, keyPrefix: "account", points: ACCOUNT_FAILURES });
    // both share the table: one of them sweeping expired rows is enough
    this.byAddress = new RateLimiterPostgres({ ...common, keyPrefix: "address", points: ADDRESS_FAILURES, clearExpiredByTimeout: false });
  }

  /** Counts an attempt; throws TOO_MANY_ATTEMPTS when its account or its address is over the limit. */
  async admit(account: string, address: string | null): Promise<void> {
    const outcomes = await Promise.allSettled([
      this.byAccount.consume(keyOf(account)),
      this.byAddress.consume(keyOf(address ?? "unknown")),
    ]);
    let blockedMs: number | null = null;
    for (const outcome of outcomes) {
      if (outcome.status === "fulfilled") continue;
      if (outcome.reason instanceof RateLimiterRes) blockedMs = Math.max(blockedMs ?? 0, outcome.reason.msBeforeNext);
      // Fail open: a store failure must not lock everybody out (availability first). The store is
      // the database that holds the accounts, so an outage there fails the login anyway.
      else this.log("login throttle unavailable: attempt not counted", outcome.reason);
    }
    if (blockedMs !== null) throw tooManyAttempts(Math.max(1, Math.ceil(blockedMs / 1000)));
  }

  /** A right password: the account's failures are forgotten; the address only gets back this attempt's point. */
  async succeeded(account: string, address: string | null): Promise<void> {
    const outcomes = await Promise.allSettled([
      this.byAccount.delete(keyOf(account)),
      this.byAddress.reward(keyOf(address ?? "unknown"), 1),
    ]);
    for (const outcome of outcomes) if (outcome.status === "rejected") this.log("login throttle unavailable: success not recorded", outcome.reason);
  }
}
