// Prints the SQL that would bring an empty database to the entities' schema (developer tool).
import { createDataSource } from "./data-source.js";

async function main() {
  const ds = createDataSource({ url: process.argv[2] });
  await ds.initialize();
  const sql = await ds.driver.createSchemaBuilder().log();
  for (const q of sql.upQueries) console.log(q.query + ";");
  await ds.destroy();
}
main().catch((e) => { console.error(e); process.exit(1); });
