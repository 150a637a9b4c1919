import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");
const CODEGEN = path.join(ROOT, "node_modules/@graphql-codegen/cli/cjs/bin.js");

describe("client/generated/gql", () => {
  it("holds the typed operations generated from schema/schema.graphql and the client's documents (run `npm run codegen --workspace client`)", () => {
    const result = spawnSync(process.execPath, [CODEGEN, "--config", "codegen.ts", "--check"], { cwd: path.join(ROOT, "client"), encoding: "utf8" });
    expect({ status: result.status, output: result.status === 0 ? "" : `${result.stdout}\n${result.stderr}` }).toEqual({ status: 0, output: "" });
  }, 60_000);
});
