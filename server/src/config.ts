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
  /** when deadlines are checked (J-28, J-20, overdue follow-ups): a cron schedule on the job queue; null: never */
  deadlineCron: string | null;
  /** when the daily digest of notifications goes out (cron, Europe/Paris; DIGEST_CRON, "off": never) */
  digestCron: string | null;
  /** this instance takes background jobs (e-mail delivery, deadline checks); any number of instances may */
  jobs: boolean;
  /** seconds between two polls of the job queue (a job queued on this instance is taken at once) */
  jobPollingSeconds: number;
  /** a job whose instance died is taken up again after this many seconds */
  jobExpireSeconds: number;
  /** SMTP server for outgoing e-mail (smtp://user:pass@host:port); null: messages stay on the development mailbox */
  smtpUrl: string | null;
  /** sender of outgoing e-mail */
  mailFrom: string;
  /** the platform's address as its users reach it: links in e-mails start with it */
  publicUrl: string;
  /** the development mailbox page (/dev/mailbox) shows every message of the outbox */
  devMailbox: boolean;
  invitationTtlHours: number;
  passwordResetTtlMinutes: number;
  /** outside production: a file holding the platform's "now" (browser tests move the date) */
  clockFile: string | null;
  /** origins (scheme://host[:port]) whose pages may open a graphql-ws socket; empty: the request's own host only */
  allowedOrigins: string[];
  /** schema introspection and "Did you mean" suggestions: on in development, off in production */
  introspection: boolean;
  /** Express "trust proxy": how the client's address is read behind a reverse proxy (false: the socket's) */
  trustProxy: boolean | number | string;
  /** how often open WebSockets are checked against their session (ended, expired, account deactivated) */
  sessionCheckIntervalMs: number;
  /** graphql-ws connections one account may hold at once (one per open tab) */
  wsConnectionsPerUser: number;
  /** opening a database connection, or waiting for a free one (ms; 0: no limit) */
  dbConnectTimeoutMs: number;
  /** one SQL statement of a request (ms; 0: no limit); migrations are not bound */
  dbStatementTimeoutMs: number;
  /** how long start-up waits for an unreachable database before giving up (ms; 0: forever) */
  dbStartTimeoutMs: number;
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
    secureCookies: env.COOKIE_SECURE ? env.COOKIE_SECURE === "true" : production,
    seedDemoData: !production && env.CORDEE_DEMO_DATA !== "false",
    clientDistDir: env.CORDEE_CLIENT_DIST ?? path.join(PROJECT_ROOT, "client", "dist"),
    deadlineCron: !env.DEADLINE_CHECK_CRON ? "* * * * *" : env.DEADLINE_CHECK_CRON === "off" ? null : env.DEADLINE_CHECK_CRON,
    digestCron: !env.DIGEST_CRON ? "0 7 * * *" : env.DIGEST_CRON === "off" ? null : env.DIGEST_CRON,
    jobs: env.JOBS !== "false",
    jobPollingSeconds: Number(env.JOB_POLLING_SECONDS ?? 2),
    jobExpireSeconds: Number(env.JOB_EXPIRE_SECONDS ?? 300),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM ?? "Cordée <ne-pas-repondre@cordee.localhost>",
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 4000}`).replace(/\/$/, ""),
    devMailbox: env.DEV_MAILBOX ? env.DEV_MAILBOX === "true" : !production && !env.SMTP_URL,
    invitationTtlHours: Number(env.INVITATION_TTL_HOURS ?? 168),
    passwordResetTtlMinutes: Number(env.PASSWORD_RESET_TTL_MINUTES ?? 60),
    clockFile: production ? null : env.CORDEE_CLOCK_FILE || null,
    allowedOrigins: (env.CORDEE_ALLOWED_ORIGINS ?? "").split(",").map((o) => o.trim().replace(/\/$/, "")).filter(Boolean),
    introspection: env.GRAPHQL_INTROSPECTION ? env.GRAPHQL_INTROSPECTION === "true" : !production,
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    sessionCheckIntervalMs: Number(env.SESSION_CHECK_INTERVAL_MS ?? 15_000),
    wsConnectionsPerUser: Number(env.WS_CONNECTIONS_PER_USER ?? 20),
    dbConnectTimeoutMs: Number(env.DB_CONNECT_TIMEOUT_MS ?? 5000),
    dbStatementTimeoutMs: Number(env.DB_STATEMENT_TIMEOUT_MS ?? 10_000),
    dbStartTimeoutMs: Number(env.DB_START_TIMEOUT_MS ?? 0),
  };
}

function readTrustProxy(value: string | undefined): boolean | number | string {
  if (!value || value === "false") return false;
  if (value === "true") return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}
