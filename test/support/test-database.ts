import { randomBytes } from "node:crypto";
import { Client } from "pg";
import type { DataSource, Logger } from "typeorm";
import { createDataSource } from "../../server/src/db/data-source";
import { withDatabase } from "./database-url";

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.CORDEE_TEST_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An empty, migrated database of its own (a copy of the run's template), on the run's PostgreSQL. */
export async function createTestDatabase(options: { logger?: Logger } = {}): Promise<TestDatabase> {
  const name = `cordee_t_${randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${process.env.CORDEE_TEST_TEMPLATE}`));
  const url = withDatabase(process.env.CORDEE_TEST_ADMIN_URL!, name);
  const dataSource = createDataSource({ url, logger: options.logger, poolSize: 5 });
  await dataSource.initialize();
  return {
    url,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** A database name on the run's server that does not exist yet, for tests that migrate themselves. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `cordee_e_${randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  return {
    url: withDatabase(process.env.CORDEE_TEST_ADMIN_URL!, name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
