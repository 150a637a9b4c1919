import path from "node:path";

/** Everything the server reads from its environment, read once. */
export interface Config {
  port: number;
  databaseUrl: string | null;
  redisUrl: string | null;
  production: boolean;
  /** where the embedded PostgreSQL keeps its data when DATABASE_URL is unset */
  embeddedDataDir: string;
  embeddedPort: number;
  sessionTtlHours: number;
  secureCookies: boolean;
  seedDemoData: boolean;
  clientDistDir: string;
  /** how often deadlines are checked (J-28, J-20, overdue follow-ups); 0 disables */
  deadlineCheckIntervalMs: number;
  /** outside production: a file holding the platform's "now" (browser tests move the date) */
  clockFile: string | null;
}

/** The checkout's root, whether running from src/ (tests) or dist/server/src (build). */
export const PROJECT_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../../../.." : "../..");

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  return {
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL || null,
    redisUrl: env.REDIS_URL || null,
    production,
    embeddedDataDir: env.CORDEE_EMBEDDED_PG_DIR ?? path.join(PROJECT_ROOT, ".data", "postgres"),
    embeddedPort: Number(env.CORDEE_EMBEDDED_PG_PORT ?? 54329),
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    secureCookies: env.COOKIE_SECURE === "true",
    seedDemoData: !production && env.CORDEE_DEMO_DATA !== "false",
    clientDistDir: env.CORDEE_CLIENT_DIST ?? path.join(PROJECT_ROOT, "client", "dist"),
    deadlineCheckIntervalMs: Number(env.DEADLINE_CHECK_INTERVAL_MS ?? 60_000),
    clockFile: production ? null : env.CORDEE_CLOCK_FILE || null,
  };
}
