/** Socket errors: nothing listens yet, the network or the name is not there yet. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "EHOSTDOWN", "ENETUNREACH", "ENETDOWN", "EPIPE",
  "ENOTFOUND", "EAI_AGAIN", "EADDRNOTAVAIL",
]);

/** SQLSTATEs of a server that is there but cannot take us yet: starting up, shutting down, in recovery, full. */
const TRANSIENT_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006"]);

/** pg's and pg-pool's own messages (no code) for a connection that timed out, was cut, or a server that does not answer. */
const CLIENT_MESSAGES: [RegExp, string][] = [
  [/connection timeout|timeout expired|timeout exceeded when trying to connect/i, "délai de connexion dépassé"],
  [/Query read timeout/, "pas de réponse dans le délai"],
  [/Connection terminated/i, "connexion coupée"],
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

/**
 * Why the database could not be reached, when that is the error: a reason to wait for it. Null for
 * anything else (bad credentials, a missing database, a failing migration): waiting would not help.
 */
export function unreachableReason(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== "object" || depth > 4) return null;
  const e = error as ErrorLike;
  const code = typeof e.code === "string" ? e.code : null;
  if (code && SOCKET_CODES.has(code)) return code;
  if (code && TRANSIENT_SQLSTATES.has(code)) return typeof e.message === "string" ? e.message : code;
  // Node tries each address of a name (IPv6, IPv4) and reports them together
  if (Array.isArray(e.errors)) {
    for (const inner of e.errors) {
      const reason = unreachableReason(inner, depth + 1);
      if (reason) return reason;
    }
  }
  for (const inner of [e.driverError, e.cause]) {
    const reason = unreachableReason(inner, depth + 1);
    if (reason) return reason;
  }
  if (!code && typeof e.message === "string") return CLIENT_MESSAGES.find(([pattern]) => pattern.test(e.message as string))?.[1] ?? null;
  return null;
}

export interface WaitOptions {
  log: (message: string) => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** give up after this long (ms); 0: wait forever */
  deadlineMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const inSeconds = (ms: number): string => `${(Math.round(ms / 100) / 10).toLocaleString("fr-FR")} s`;

/**
 * Runs `attempt` until the database answers it: while it is unreachable, tries again after 0.5 s,
 * then doubling up to 10 s, saying why and when. Any other error stops at once.
 */
export async function whileUnreachable<T>(attempt: () => Promise<T>, options: WaitOptions): Promise<T> {
  const { log, firstDelayMs = 500, maxDelayMs = 10_000, deadlineMs = 0 } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const started = now();
  let delay = firstDelayMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const reason = unreachableReason(error);
      if (!reason) throw error;
      const waited = now() - started;
      const left = deadlineMs > 0 ? deadlineMs - waited : Infinity;
      if (left <= 0) throw new Error(`base de données injoignable (${reason}) depuis ${inSeconds(waited)} : abandon`, { cause: error });
      const pause = Math.min(delay, left);
      log(`base de données injoignable (${reason}) : nouvel essai dans ${inSeconds(pause)}`);
      await sleep(pause);
      delay = Math.min(delay * 2, maxDelayMs);
    }
  }
}
