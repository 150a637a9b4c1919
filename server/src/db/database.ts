import type { DataSource } from "typeorm";
import type { Config } from "../config.js";
import { createDataSource } from "./data-source.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.js";
import { whileUnreachable } from "./wait.js";

export interface Database {
  dataSource: DataSource;
  embedded: EmbeddedPostgres | null;
  close(): Promise<void>;
}

/**
 * DATABASE_URL's PostgreSQL, or an embedded one started here; migrated either way. A database that
 * cannot be reached yet is waited for (DB_START_TIMEOUT_MS); any other failure stops start-up.
 */
export async function openDatabase(config: Config, log: (m: string) => void): Promise<Database> {
  let embedded: EmbeddedPostgres | null = null;
  let url = config.databaseUrl;
  if (!url) {
    log(`DATABASE_URL absent : démarrage de PostgreSQL embarqué (${config.embeddedDataDir})`);
    embedded = await startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort);
    url = embedded.url;
  }
  const databaseUrl = url;
  let dataSource: DataSource;
  try {
    dataSource = await whileUnreachable(() => migrateThenConnect(databaseUrl, config), { log, deadlineMs: config.dbStartTimeoutMs });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

/**
 * Migrations run on a data source of their own without the statement timeout: a long migration,
 * or waiting for another replica's, must not be cut. Requests then get the bounded pool.
 */
async function migrateThenConnect(url: string, config: Config): Promise<DataSource> {
  const migrator = await initialised(createDataSource({ url, poolSize: 2, timeouts: { connectMs: config.dbConnectTimeoutMs } }));
  try {
    await migrateOnce(migrator);
  } finally {
    await migrator.destroy().catch(() => {});
  }
  return initialised(createDataSource({ url, timeouts: { connectMs: config.dbConnectTimeoutMs, statementMs: config.dbStatementTimeoutMs } }));
}

/** Initialises, or leaves no pool behind: a failed attempt is retried with a new data source. */
async function initialised(dataSource: DataSource): Promise<DataSource> {
  try {
    return await dataSource.initialize();
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => {});
    else await dataSource.driver.disconnect().catch(() => {});
    throw error;
  }
}

// any fixed number: replicas starting together take turns to migrate
export const MIGRATION_LOCK = 771_205;

/** Runs pending migrations, one instance at a time (several replicas may start at once). */
async function migrateOnce(dataSource: DataSource): Promise<void> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock($1)`, [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: "each" });
  } finally {
    await lock.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}
