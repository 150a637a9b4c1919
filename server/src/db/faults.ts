import { unreachableReason } from "./wait.js";

/** PostgreSQL cancelled a statement that ran past `statement_timeout`: the database is too slow right now. */
const STATEMENT_TIMEOUT = "57014";
/**
 * TypeORM's errors for a transaction whose connection was cut under it (one statement failed with the
 * connection, the others of the same transaction then find it released).
 */
const RUNNER_RELEASED = new Set(["QueryRunnerAlreadyReleasedError", "QueryRunnerProviderAlreadyReleasedError"]);

/**
 * Whether an error says the database is away, restarting, full or too slow, rather than that the
 * request is wrong: worth a SERVICE_UNAVAILABLE and a retry later. Looks through the wrappers
 * (GraphQL's originalError, TypeORM's driverError, causes).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    if (unreachableReason(e) !== null) return true;
    const { code, driverError, originalError, cause } = e as { code?: unknown; driverError?: { code?: unknown }; originalError?: unknown; cause?: unknown };
    if (code === STATEMENT_TIMEOUT || driverError?.code === STATEMENT_TIMEOUT) return true;
    if (RUNNER_RELEASED.has(String((e as { name?: unknown }).name))) return true;
    e = originalError ?? cause;
  }
  return false;
}
