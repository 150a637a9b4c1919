import { Client, Pool } from "pg";
import { ClosingClient } from "../../server/src/db/closing-client";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("a query that outlives the client's query timeout", () => {
  let db: TestDatabase;
  let pool: Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(`CREATE TABLE probe (n int)`);
    // one connection, so that the next borrower gets the same one unless it was closed
    pool = new Pool({ connectionString: db.url, max: 1, query_timeout: 300, Client: ClosingClient });
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  it("closes its connection: the abandoned transaction is rolled back, never run into by the next borrower", async () => {
    const borrowed = await pool.connect();
    await borrowed.query("BEGIN");
    await borrowed.query("INSERT INTO probe VALUES (1)");
    // the server goes on with it after the client has given up
    await expect(borrowed.query("SELECT pg_sleep(0.5)")).rejects.toThrow("Query read timeout");
    borrowed.release();

    await pool.query("INSERT INTO probe VALUES (2)");
    const reader = new Client({ connectionString: db.url });
    await reader.connect();
    try {
      expect((await reader.query<{ n: number }>("SELECT n FROM probe ORDER BY n")).rows).toEqual([{ n: 2 }]);
    } finally {
      await reader.end();
    }
  });
});
