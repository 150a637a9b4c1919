// The benchmark's own PostgreSQL database: created empty, filled by the server (demo data) and by
// synthetic journal events here, dropped at the end.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Client } = require("pg");

async function withClient(connectionString, work) {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates `cordee_bench_<pid>` next to the admin URL's database; returns its URL and how to drop it. */
export async function createBenchDatabase(adminUrl) {
  const name = `cordee_bench_${process.pid}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/**
 * The demo data writes a handful of journal events only, so a "full replay" would replay nothing.
 * This appends `count` session updates to the DEFI operation's journal, seen by its whole team
 * (the audience of its OPERATION_CREATED event), spread over the past months: the journal of a
 * busy operation. Returns the last event id, which marks the end of a full replay.
 */
export async function appendSyntheticJournal(databaseUrl, count) {
  return withClient(databaseUrl, async (c) => {
    await c.query(
      `INSERT INTO journal_event (type, operation_id, actor_user_id, actor_organisation_id, payload, audience, occurred_at)
       SELECT 'TRAINING_SESSION_UPDATED', e.operation_id, NULL, ts.training_organisation_id,
              jsonb_build_object('trainingSessionId', ts.id, 'followUpsMoved', 0,
                'changes', jsonb_build_object('location', jsonb_build_object('before', 'Orléans — salle ' || (g - 1), 'after', 'Orléans — salle ' || g))),
              e.audience, now() - ($1::int - g) * interval '5 minutes'
       FROM generate_series(1, $1::int) AS g,
            (SELECT operation_id, audience FROM journal_event WHERE type = 'OPERATION_CREATED' ORDER BY id LIMIT 1) AS e,
            LATERAL (SELECT id, training_organisation_id FROM training_session WHERE operation_id = e.operation_id ORDER BY id LIMIT 1) AS ts`,
      [count],
    );
    await c.query("VACUUM ANALYZE journal_event"); // fresh statistics, and no autovacuum in the middle of a scenario
    const { rows } = await c.query(`SELECT max(id)::text AS last FROM journal_event`);
    return rows[0].last;
  });
}
