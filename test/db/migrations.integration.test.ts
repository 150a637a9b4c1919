import { createDataSource } from "../../server/src/db/data-source";
import { createEmptyDatabase, createTestDatabase } from "../support/test-database";

describe("migrations", () => {
  it("build exactly the schema the entities describe: nothing left for TypeORM to change", async () => {
    const db = await createTestDatabase();
    try {
      const pending = await db.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await db.drop();
    }
  });

  it("run on an empty database, insert both programmes as data, and roll back cleanly", async () => {
    const empty = await createEmptyDatabase();
    const dataSource = createDataSource({ url: empty.url });
    try {
      await dataSource.initialize();
      const ran = await dataSource.runMigrations({ transaction: "each" });
      expect(ran.length).toBeGreaterThanOrEqual(2);
      const programmes = await dataSource.query(`SELECT code, rules->'thresholdTable'->4 AS ten FROM programme ORDER BY code`);
      expect(programmes).toEqual([
        { code: "DEFI", ten: { fundedPlaces: 10, minimumEngaged: 7 } },
        { code: "UN_EMPLOI_UNE_FORMATION", ten: null },
      ]);
      for (let i = 0; i < ran.length; i++) await dataSource.undoLastMigration({ transaction: "each" });
      const tables = await dataSource.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'`);
      expect(tables[0].n).toBe(0);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await empty.drop();
    }
  });
});
