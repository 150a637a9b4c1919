import fs from "node:fs";
import { Client } from "pg";

export default async function globalTeardown(): Promise<void> {
  const admin = new Client({ connectionString: process.env.CORDEE_TEST_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${process.env.CORDEE_TEST_TEMPLATE} WITH (FORCE)`);
  await admin.end();
  await globalThis.cordeeTestEmbedded?.stop();
  if (process.env.CORDEE_TEST_EMBEDDED_DIR) fs.rmSync(process.env.CORDEE_TEST_EMBEDDED_DIR, { recursive: true, force: true });
}
