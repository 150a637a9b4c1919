import { Client } from "pg";

const ORDER_TESTS_LOCK = 7_713_017;

/**
 * Runs `work` while no other order test runs. Each one loads both cores and PostgreSQL for a minute
 * or more; side by side on two workers they slowed each other down fourfold, past their timeouts.
 * The lock is a PostgreSQL advisory lock on the run's server, so it holds across jest workers.
 */
export async function oneOrderTestAtATime<T>(work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.CORDEE_TEST_ADMIN_URL });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ORDER_TESTS_LOCK]);
    return await work();
  } finally {
    await client.end(); // ending the session releases the lock
  }
}
