// PostGraphile v4 (bench/.tools, the benchmark's own install) serving the bench database on PORT,
// in production settings: no GraphiQL, no query log, no mutations (the board only reads).
// BENCH_RLS=1: each request runs as `bench_viewer` with the organisation of the `x-bench-organisation`
// header in `bench.organisation_id`, under the policies of postgraphile-setup.mjs.
const http = require("node:http");
const path = require("node:path");
const { postgraphile } = require(path.join(__dirname, "../.tools/node_modules/postgraphile"));

const rls = process.env.BENCH_RLS === "1";
const middleware = postgraphile(process.env.DATABASE_URL, ["public", "bench_pg"], {
  graphiql: false,
  disableQueryLog: true,
  disableDefaultMutations: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  retryOnInitFail: false,
  extendedErrors: ["message", "hint", "detail"],
  ...(rls ? { pgSettings: (req) => ({ role: "bench_viewer", "bench.organisation_id": req.headers["x-bench-organisation"] ?? "" }) } : {}),
});

http.createServer(middleware).listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`PostGraphile v4${rls ? " (row-level security)" : ""} on ${process.env.PORT}`));
process.on("SIGTERM", () => process.exit(0));
