import fs from "node:fs";
import path from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { PROJECT_ROOT } from "../config.js";
import { cordeeSchema } from "./build.js";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema", "schema.graphql");

export async function printCordeeSchema(): Promise<string> {
  const header = "# Emitted from the server's code by `npm run schema`. Do not edit: a test fails when it drifts.\n\n";
  return header + printSchema(lexicographicSortSchema(await cordeeSchema())) + "\n";
}

if (require.main === module) {
  printCordeeSchema().then((sdl) => {
    fs.writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${SCHEMA_FILE}`);
  });
}
