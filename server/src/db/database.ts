import type { DataSource } from "typeorm";
import type { Config } from "../config.js";
import { createDataSource } from "./data-source.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.js";

export interface Database {
  dataSource: DataSource;
  embedded: EmbeddedPostgres | null;
  close(): Promise<void>;
}

/** DATABASE_URL's PostgreSQL, or an embedded one started here; migrated either way. */
export async function openDatabase(config: Config, log: (m: string) => void): Promise<Database> {
  let embedded: EmbeddedPostgres | null = null;
  let url = config.databaseUrl;
  if (!url) {
    log(`DATABASE_URL absent : démarrage de PostgreSQL embarqué (${config.embeddedDataDir})`);
    embedded = await startEmbeddedPostgres(config.embeddedDataDir, config.embeddedPort);
    url = embedded.url;
  }
  const dataSource = createDataSource({ url });
  try {
    await dataSource.initialize();
    await migrateOnce(dataSource);
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

// any fixed number: replicas starting together take turns to migrate
const MIGRATION_LOCK = 771_205;

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
