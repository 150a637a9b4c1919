import fs from "node:fs";
import { printCordeeSchema, SCHEMA_FILE } from "../../server/src/schema/emit";

describe("schema/schema.graphql", () => {
  it("is exactly the schema the server's code emits (run `npm run schema` after changing the API)", async () => {
    expect(fs.readFileSync(SCHEMA_FILE, "utf8")).toBe(await printCordeeSchema());
  });
});
