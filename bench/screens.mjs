// Regional screens: the latency of each partner kind's real screens on the regional dataset, at 1
// and 16 concurrent clients, with the SQL statements each request costs, beside a hand-written SQL
// floor and PostGraphile v4 (without and with row-level security) on the same data.
// Method and results: bench/README.md ("Regional screens"). Run (after `npm install`, which builds):
//
//   node bench/screens.mjs                      # full: 300 operations, 10 s per measure
//   BENCH_OPERATIONS=10 BENCH_SECONDS=5 DATABASE_URL=postgres://postgres@127.0.0.1:5432/cordee_bench_smoke node bench/screens.mjs
//
// DATABASE_URL (default postgres://postgres@127.0.0.1:5432/cordee_bench): the dataset is generated there
// when the database is empty (bench/regional-dataset.mjs), and kept for the next run (--regenerate makes it anew).
// BENCH_SECONDS (10), BENCH_CONNECTIONS ("1,16"), BENCH_QUERIES (a comma list of the client's operation names),
// BENCH_POSTGRAPHILE=0 (skip it), BENCH_LABEL (results file name), BENCH_SERVER_MAIN (another build).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { BENCH_ACCOUNTS, BENCH_PASSWORD, DEFAULT_DATABASE_URL, generateRegionalDataset } from "./regional-dataset.mjs";
import { ChildServer, freePort } from "./screens/child.mjs";
import { clientDocuments } from "./screens/documents.mjs";
import { BOARD_FLOOR_SQL } from "./screens/floor.mjs";
import { loadAverage, runAutocannon, runLoop } from "./screens/load.mjs";
import { PG_BOARD_QUERY, setUpRowLevelSecurity } from "./screens/postgraphile-setup.mjs";

const require = createRequire(import.meta.url);
const { Client, Pool } = require("pg");

const ROOT = path.resolve(import.meta.dirname, "..");
const TOOLS_DIR = path.join(import.meta.dirname, ".tools");
/** The benchmark's own tools, never dependencies of the platform (checked on Node 20 here). */
const TOOLS = { autocannon: "9.0.0", postgraphile: "4.14.1" };
const SERVER_MAIN = path.resolve(process.env.BENCH_SERVER_MAIN ?? path.join(ROOT, "server/dist/server/src/main.js"));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? "1,16").split(",").map(Number);
const LABEL = process.env.BENCH_LABEL ?? "run";
const CALM_LOAD = 1.5;
/** BENCH_WAIT_CALM=N: wait up to N minutes for the 1-minute load average to fall under CALM_LOAD before measuring */
const WAIT_CALM_MINUTES = Number(process.env.BENCH_WAIT_CALM ?? 0);
const SQL_COUNT_REQUESTS = 5;
const TERRITORY = "CENTRE_VAL_DE_LOIRE";

/** Each partner kind's screens and the queries each sends when it opens (client/src/areas/*), then what every page sends. */
const SCREENS = [
  { screen: "Region board", account: "region", queries: ["RegionBoard", "RegionPurchaseOrders", "RegionTasks", "RegionHiringIntentions"] },
  { screen: "OF cockpit", account: "trainingOrganisation", queries: ["CockpitOperations", "CockpitOperation"] },
  { screen: "Adviser's list", account: "missionLocale", queries: ["AdviserSessions", "AdviserCandidates"] },
  { screen: "Company space", account: "company", queries: ["CompanyIntentions", "CompanyOperationChoices", "CompanyConventions", "CompanyReviews"] },
  { screen: "Every page (Region)", account: "region", queries: ["UnreadCount", "Viewer"] },
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const load1 = (l) => (l ? l[0].toFixed(2) : "–");

function ensureTools() {
  const installed = Object.entries(TOOLS).every(([name, version]) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(TOOLS_DIR, "node_modules", name, "package.json"), "utf8")).version === version;
    } catch {
      return false;
    }
  });
  if (installed) return;
  console.log(`installing the benchmark's tools into bench/.tools (${Object.entries(TOOLS).map(([n, v]) => `${n}@${v}`).join(", ")})…`);
  fs.mkdirSync(TOOLS_DIR, { recursive: true });
  fs.writeFileSync(path.join(TOOLS_DIR, "package.json"), `${JSON.stringify({ name: "cordee-bench-tools", private: true, description: "Written by bench/screens.mjs: tools of the benchmark only, never dependencies of the platform", dependencies: TOOLS }, null, 2)}\n`);
  const npm = spawnSync("npm", ["install", "--prefix", TOOLS_DIR, "--no-audit", "--no-fund", "--loglevel=error"], { stdio: "inherit" });
  if (npm.status !== 0) throw new Error("npm install of the benchmark's tools failed");
}

async function withClient(url, work) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The dataset: generated when the database is empty (or --regenerate), kept otherwise. */
async function ensureDataset(url, regenerate) {
  const existing = await withClient(new URL("/postgres", url).toString(), async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [new URL(url).pathname.slice(1)])).rowCount);
  const organisations = existing ? await withClient(url, async (c) => {
    const { rows } = await c.query(`SELECT to_regclass('organisation') IS NOT NULL AS migrated`);
    return rows[0].migrated ? (await c.query("SELECT count(*)::int AS n FROM organisation")).rows[0].n : 0;
  }) : 0;
  if (organisations > 0 && !regenerate) return { generated: null };
  const operations = Number(process.env.BENCH_OPERATIONS ?? 300);
  console.log(`generating the regional dataset (${operations} operations)…`);
  const generated = await generateRegionalDataset({ url, operations, candidacies: Number(process.env.BENCH_CANDIDACIES ?? operations * 30), events: Number(process.env.BENCH_EVENTS ?? operations * 500), force: true, log: () => {} });
  const broken = generated.invariants.filter((i) => i.violations > 0);
  if (broken.length) console.log(`WARNING: invariants broken: ${broken.map((b) => `${b.name} (${b.violations})`).join("; ")}`);
  console.log(`  done in ${generated.seconds.total.toFixed(1)} s`);
  return { generated };
}

async function datasetFacts(url) {
  return withClient(url, async (c) => {
    const one = async (sql, params) => (await c.query(sql, params)).rows[0];
    const sizes = await one(`SELECT (SELECT count(*)::int FROM operation) AS operations, (SELECT count(*)::int FROM training_session) AS sessions,
      (SELECT count(*)::int FROM candidacy) AS candidacies, (SELECT count(*)::int FROM journal_event) AS events, (SELECT count(*)::int FROM notification) AS notifications`);
    // the training organisation's cockpit opens on its open operation with the most candidacies
    const cockpit = await one(`SELECT o.id, o.title FROM operation o JOIN team_membership tm ON tm.operation_id = o.id JOIN app_user u ON u.organisation_id = tm.organisation_id
      LEFT JOIN training_session ts ON ts.operation_id = o.id LEFT JOIN candidacy c ON c.training_session_id = ts.id
      WHERE u.email = $1 AND o.status = 'OPEN' GROUP BY o.id ORDER BY count(c.id) DESC, o.id LIMIT 1`, [BENCH_ACCOUNTS.trainingOrganisation]);
    // the company measured: the one on the most operations (an active employer, not an idle directory entry)
    const company = await one(`SELECT u.email FROM app_user u JOIN organisation org ON org.id = u.organisation_id AND org.kind = 'COMPANY'
      JOIN team_membership tm ON tm.organisation_id = org.id WHERE u.is_admin GROUP BY u.email ORDER BY count(DISTINCT tm.operation_id) DESC, u.email LIMIT 1`);
    return { sizes, cockpit, accounts: { ...BENCH_ACCOUNTS, company: company.email } };
  });
}

async function graphql(url, { query, variables, token }) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  }
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 600)}`);
  return { data: body.data, bytes: Buffer.byteLength(text) };
}

/** SQL statements one request costs: the server's count around `SQL_COUNT_REQUESTS` requests sent one at a time. */
async function sqlPerRequest(server, send) {
  await send();
  const before = await server.sqlCount();
  for (let i = 0; i < SQL_COUNT_REQUESTS; i++) await send();
  return ((await server.sqlCount()) - before) / SQL_COUNT_REQUESTS;
}

/** One HTTP query measured at each concurrency, with the server's CPU per request. */
async function measureHttp(autocannon, server, { url, body, headers }) {
  const runs = {};
  for (const connections of CONNECTIONS) {
    await sleep(1000);
    const cpu0 = server.cpuSeconds();
    const result = await runAutocannon(autocannon, { url, body, headers, connections, seconds: SECONDS });
    const cpu = server.cpuSeconds() - cpu0;
    runs[connections] = { ...result, serverCpuMsPerRequest: (cpu * 1000) / Math.max(1, result.requests) };
    const r = runs[connections];
    console.log(`    ${String(connections).padStart(2)} client(s): p50 ${f1(r.p50)} / p95 ${f1(r.p95)} / p99 ${f1(r.p99)} ms, ${f1(r.rps)} req/s, server CPU ${f1(r.serverCpuMsPerRequest)} ms/req${r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : ""} (load ${load1(r.load)} → ${load1(r.loadAfter)})`);
  }
  return runs;
}

async function measureFloor(url) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  const runs = {};
  const probe = await withClient(url, async (c) => (await c.query(BOARD_FLOOR_SQL, [TERRITORY, today])).rows[0].board);
  const bytes = Buffer.byteLength(JSON.stringify({ data: probe }));
  for (const connections of CONNECTIONS) {
    // as many connections as the callers, up to the server's own pool (10): the floor gets what the server gets
    const pool = new Pool({ connectionString: url, max: Math.min(connections, 10) });
    await Promise.all(Array.from({ length: Math.min(connections, 10) }, () => pool.query("SELECT 1")));
    await sleep(1000);
    // the answer is read as text, as an HTTP client reads a body (pg would otherwise parse the JSON)
    runs[connections] = await runLoop({ once: () => pool.query({ text: BOARD_FLOOR_SQL, values: [TERRITORY, today], types: { getTypeParser: () => (v) => v } }), connections, seconds: SECONDS });
    await pool.end();
    const r = runs[connections];
    console.log(`    ${String(connections).padStart(2)} client(s): p50 ${f1(r.p50)} / p95 ${f1(r.p95)} / p99 ${f1(r.p99)} ms, ${f1(r.rps)} req/s (load ${load1(r.load)} → ${load1(r.loadAfter)})`);
  }
  return { bytes, operations: probe.operations.nodes.length, runs };
}

async function startPostGraphile(url, rls, logPath) {
  const port = await freePort();
  const server = new ChildServer({
    name: `PostGraphile v4${rls ? " with RLS" : ""}`,
    args: [path.join(import.meta.dirname, "screens/postgraphile-server.cjs")],
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_URL: url, BENCH_RLS: rls ? "1" : "0", BENCH_PG_MODULE: path.join(TOOLS_DIR, "node_modules/pg") },
    logPath,
    ready: async () => (await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{__typename}"}' })).ok,
  });
  await server.start();
  return { server, url: `http://127.0.0.1:${port}/graphql` };
}

async function measurePostGraphile(url, autocannon, logPath, others, results) {
  await setUpRowLevelSecurity(url);
  const region = await withClient(url, async (c) => (await c.query("SELECT id FROM organisation WHERE kind = 'REGION' AND territory = $1", [TERRITORY])).rows[0].id);
  const body = JSON.stringify({ query: PG_BOARD_QUERY, variables: { territory: TERRITORY } });
  for (const rls of [false, true]) {
    const pg = await startPostGraphile(url, rls, logPath);
    others.push(pg.server);
    const headers = rls ? { "x-bench-organisation": region } : {};
    const send = () => fetch(pg.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body }).then((r) => r.text());
    const text = await send();
    const parsed = JSON.parse(text);
    if (parsed.errors) throw new Error(`PostGraphile: ${JSON.stringify(parsed.errors).slice(0, 600)}`);
    const sql = await sqlPerRequest(pg.server, send);
    console.log(`  PostGraphile v4 ${rls ? "with row-level security (the Region's scope as policies)" : "without access rules"} — board: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB, ${parsed.data.allOperations.nodes.length} operations, ${f1(sql)} SQL statements per request`);
    const runs = await measureHttp(autocannon, pg.server, { url: pg.url, body, headers });
    results.postgraphile[rls ? "rls" : "plain"] = { bytes: Buffer.byteLength(text), sqlPerRequest: sql, runs };
    await pg.server.stop();
  }
}

async function main() {
  const { values } = parseArgs({ options: { regenerate: { type: "boolean", default: false } } });
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const logPath = path.join(os.tmpdir(), `cordee-screens-${process.pid}.log`);
  const startLoad = loadAverage();
  console.log(`Cordée regional screens benchmark "${LABEL}": ${os.cpus().length} cores, Node ${process.version}, ${SECONDS} s per measure, clients ${CONNECTIONS.join(" and ")}, load average ${startLoad.join(" ")}`);
  if (startLoad[0] > CALM_LOAD && WAIT_CALM_MINUTES > 0) {
    console.log(`waiting up to ${WAIT_CALM_MINUTES} min for the 1-minute load average to fall under ${CALM_LOAD}…`);
    const deadline = Date.now() + WAIT_CALM_MINUTES * 60_000;
    while (loadAverage()[0] > CALM_LOAD && Date.now() < deadline) await sleep(15_000);
    console.log(`load average now ${loadAverage().join(" ")}`);
  }
  if (loadAverage()[0] > CALM_LOAD) console.log(`WARNING: the machine is busy (1-minute load ${loadAverage()[0]} > ${CALM_LOAD}): figures will be pessimistic; prefer a smoke run (BENCH_OPERATIONS=10 BENCH_SECONDS=5) until it is calm.`);
  ensureTools();
  const autocannon = require(path.join(TOOLS_DIR, "node_modules/autocannon"));
  const { generated } = await ensureDataset(url, values.regenerate);
  const { sizes, cockpit, accounts } = await datasetFacts(url);
  console.log(`dataset: ${sizes.operations} operations, ${sizes.sessions} sessions, ${sizes.candidacies} candidacies, ${sizes.events} journal events, ${sizes.notifications} notifications; server log ${logPath}`);

  const documents = clientDocuments();
  const port = await freePort();
  const env = { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_URL: url, CORDEE_DEMO_DATA: "false", DEADLINE_CHECK_CRON: "off", DIGEST_CRON: "off", JOBS: "false" };
  const server = new ChildServer({
    name: "Cordée server",
    args: [SERVER_MAIN],
    cwd: path.resolve(path.dirname(SERVER_MAIN), "../../../.."),
    env,
    logPath,
    ready: async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok,
  });
  const results = { label: LABEL, date: new Date().toISOString(), machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, settings: { seconds: SECONDS, connections: CONNECTIONS, sqlCountRequests: SQL_COUNT_REQUESTS }, dataset: { ...sizes, generated }, screens: [], floor: null, postgraphile: {} };
  const others = [];
  try {
    await server.start();
    const gqlUrl = `http://127.0.0.1:${port}/graphql`;
    const tokens = {};
    for (const [account, email] of Object.entries(accounts)) {
      tokens[account] = (await graphql(gqlUrl, { query: "mutation Login($input: LoginInput!) { login(input: $input) { token } }", variables: { input: { email, password: BENCH_PASSWORD } } })).data.login.token;
    }
    const only = process.env.BENCH_QUERIES ? new Set(process.env.BENCH_QUERIES.split(",")) : null;
    for (const { screen, account, queries } of SCREENS) {
      for (const name of queries) {
        if (only && !only.has(name)) continue;
        const document = documents.get(name);
        if (!document) throw new Error(`the client has no query named ${name} (client/generated/gql/graphql.ts)`);
        const variables = name === "CockpitOperation" ? { id: cockpit.id } : {};
        const request = { query: document.query, variables, token: tokens[account] };
        const probe = await graphql(gqlUrl, request);
        const sql = await sqlPerRequest(server, () => graphql(gqlUrl, request));
        console.log(`  ${screen} — ${name} (${accounts[account]}): ${(probe.bytes / 1024).toFixed(0)} KB, ${f1(sql)} SQL statements per request`);
        const body = JSON.stringify({ operationName: name, query: document.query, variables });
        const runs = await measureHttp(autocannon, server, { url: gqlUrl, body, headers: { authorization: `Bearer ${tokens[account]}` } });
        results.screens.push({ screen, query: name, account: accounts[account], bytes: probe.bytes, sqlPerRequest: sql, runs });
      }
    }
    if (!only || only.has("RegionBoard")) {
      console.log("  SQL floor of the Region board (one statement, json_agg, pg Pool)");
      results.floor = await measureFloor(url);
      if (process.env.BENCH_POSTGRAPHILE !== "0") {
        try {
          await measurePostGraphile(url, autocannon, logPath, others, results);
        } catch (error) {
          // the comparison is not the platform: report what failed and keep the platform's figures
          console.log(`  PostGraphile v4 failed: ${error.message}`);
          results.postgraphile.error = error.message;
        }
      }
    }
  } finally {
    await server.stop();
    for (const other of others) await other.stop();
  }
  results.loadAtEnd = loadAverage();
  report(results);
  const dir = path.join(import.meta.dirname, "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `screens-${LABEL}.json`);
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`raw results: ${path.relative(process.cwd(), file)}`);
}

/** Markdown tables for bench/README.md. */
function report(results) {
  const [lo, hi] = [CONNECTIONS[0], CONNECTIONS.at(-1)];
  const cell = (r) => (r ? `${f1(r.p50)} / ${f1(r.p95)} / ${f1(r.p99)} | ${f1(r.rps)} | ${load1(r.load)}` : "– | – | –");
  console.log(`\n| screen | query | KB | SQL / request | ${lo} client: p50 / p95 / p99 (ms) | req/s | load | ${hi} clients: p50 / p95 / p99 (ms) | req/s | load | server CPU ms / request (${hi}) |`);
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const s of results.screens) {
    console.log(`| ${s.screen} | ${s.query} | ${(s.bytes / 1024).toFixed(0)} | ${f1(s.sqlPerRequest)} | ${cell(s.runs[lo])} | ${cell(s.runs[hi])} | ${f1(s.runs[hi]?.serverCpuMsPerRequest)} |`);
  }
  const board = results.screens.find((s) => s.query === "RegionBoard");
  if (!board) return;
  const rows = [["Cordée (GraphQL, the client's RegionBoard)", board], ["SQL floor (one statement, json_agg)", results.floor], ["PostGraphile v4, no access rules", results.postgraphile.plain], ["PostGraphile v4, row-level security", results.postgraphile.rls]];
  console.log(`\n| Region board, same data | KB | SQL / request | ${lo} client: p50 / p95 / p99 (ms) | req/s | load | ${hi} clients: p50 / p95 / p99 (ms) | req/s | load | times faster than Cordée: p50 at ${lo}, p95 at ${hi}, req/s at ${hi} |`);
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const [name, r] of rows) {
    if (!r) continue;
    const ratio = r === board ? "1" : `${f1(board.runs[lo].p50 / r.runs[lo].p50)}× / ${f1(board.runs[hi].p95 / r.runs[hi].p95)}× / ${f1(r.runs[hi].rps / board.runs[hi].rps)}×`;
    console.log(`| ${name} | ${(r.bytes / 1024).toFixed(0)} | ${r.sqlPerRequest !== undefined ? f1(r.sqlPerRequest) : "1"} | ${cell(r.runs[lo])} | ${cell(r.runs[hi])} | ${ratio} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
