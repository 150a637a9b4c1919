// Abuse: how a normal user's simple query fares while someone abuses the API, one abuse at a time.
// Method and results: bench/README.md. Run: `npm run bench:abuse` (after `npm install`, which builds).
//
// The server is the BUILT one, in a child process (its RSS read from /proc every 100 ms, its death
// seen); the abusers run on this process's main thread; the normal user runs in a worker thread
// (bench/abuse/probe-worker.mjs) so that the abusers' own work never delays its measurements.
import { setMaxListeners } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { appendSyntheticJournal, createBenchDatabase } from "./abuse/database.mjs";
import { answerJson, postGraphql } from "./abuse/http.mjs";
import { NormalUser, PROBE_QUERY, summariseProbe } from "./abuse/probe.mjs";
import { markdownTable, scenarioLine } from "./abuse/report.mjs";
import { SCENARIOS } from "./abuse/scenarios.mjs";
import { HEALTH_ADDRESS, ServerUnderTest, freePort, readRssMb } from "./abuse/server-process.mjs";
import { round1 } from "./abuse/stats.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LABEL = process.env.BENCH_LABEL ?? "run";
const ADMIN_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const ONLY = process.env.BENCH_SCENARIOS ? process.env.BENCH_SCENARIOS.split(",").map((s) => s.trim()) : null;
const JOURNAL_EVENTS = Number(process.env.BENCH_JOURNAL_EVENTS ?? 20_000);
/** past this, the benchmark kills the server: the damage is recorded, the machine stays usable */
const RSS_CAP_MB = Number(process.env.BENCH_RSS_CAP_MB ?? 3072);
/** a fresh server process for each scenario (same database), so that its memory figures are its own */
const FRESH_SERVER = process.env.BENCH_FRESH_SERVER !== "0";
/** how long the server has, once an abuse stops, to come back to rest before it is killed and restarted */
const SETTLE_MS = 30_000;

const ACCOUNTS = {
  normalUser: "entrepot@defi.demo", // a company: the partner with the least to load
  attacker: "of@defi.demo", // the training organisation sees the most (tasks, team, operations)
  replayer: "rtf@centre.demo", // the Region's RTF sees the whole territory's journal
};
const PASSWORD = "cordee-demo";
/** the normal user comes from another address than the abusers (all of them 127.0.0.1), as a real other user would */
const NORMAL_USER_ADDRESS = "127.0.0.2";

async function login(url, email) {
  const query = "mutation Login($input: LoginInput!) { login(input: $input) { token } }";
  const answer = await postGraphql({ url, query, variables: { input: { email, password: PASSWORD } } });
  const token = answerJson(answer)?.data?.login?.token;
  if (!token) throw new Error(`login as ${email} failed: HTTP ${answer.status} ${answer.head.slice(0, 300)}`);
  return token;
}

/** The normal user's query, from the health-check address, answered correctly within a second. */
async function answersNormally(server, token, email) {
  try {
    const answer = await postGraphql({ url: server.url, query: PROBE_QUERY, token, localAddress: HEALTH_ADDRESS, timeoutMs: 1_000 });
    return answerJson(answer)?.data?.viewer?.user?.email === email;
  } catch {
    return false;
  }
}

/**
 * After the abuse: is the server back to rest (and how long it took), dead, or still busy with the
 * abuse's leftovers after SETTLE_MS (then it is killed)? Restarted unless back to rest, so that
 * each scenario starts on a server at rest.
 */
async function settle(server, stoppedAt, ctx) {
  const rested = await server.waitQuiet(SETTLE_MS, () => answersNormally(server, ctx.tokens.normalUser, ACCOUNTS.normalUser));
  const wasAlive = server.alive;
  if (!rested && wasAlive) server.kill(`still busy ${SETTLE_MS / 1000} s after the abuse stopped`);
  if (!rested) await server.exited;
  return {
    state: rested ? "up" : wasAlive ? "busy" : "died",
    recoverySeconds: rested ? round1((Date.now() - stoppedAt) / 1000) : null,
    exit: server.exit,
    killedFor: server.killedFor,
    lastOutput: rested ? null : server.lastOutput(),
    rssAfterMb: rested ? round1(readRssMb(server.pid) ?? 0) : null,
  };
}

async function runScenario(scenario, { server, normalUser, ctx }) {
  const memory = server.openWindow();
  const controller = new AbortController();
  setMaxListeners(0, controller.signal); // every socket and loop of an abuse listens for the scenario's end
  const timer = setTimeout(() => controller.abort(), SECONDS * 1000);
  normalUser.start();
  const origin = process.env.BENCH_ORIGIN ?? server.origin; // a page of the server itself, unless told otherwise
  const attack = await scenario.run({ ...ctx, server, origin, signal: controller.signal });
  clearTimeout(timer);
  const stoppedAt = Date.now();
  // the normal user's last request and the server's recovery are awaited together
  const [samples, outcome] = await Promise.all([normalUser.stop(), settle(server, stoppedAt, ctx)]);
  server.window = null;
  if (outcome.state !== "up") await server.start();
  return {
    name: scenario.name,
    description: scenario.description,
    normalUser: summariseProbe(samples),
    server: { ...outcome, rssStartMb: round1(memory.startMb), rssPeakMb: round1(memory.peakMb) },
    abuserSummary: attack.abuser.toString(),
    note: attack.note ?? null,
    abuser: attack.abuser.toJSON(),
    details: attack.details,
  };
}

function writeResults(results, meta) {
  const dir = path.join(import.meta.dirname, "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `abuse-${LABEL}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ ...meta, scenarios: results }, null, 2)}\n`);
  return file;
}

async function main() {
  const scenarios = SCENARIOS.filter((s) => !ONLY || ONLY.includes(s.name));
  const database = await createBenchDatabase(ADMIN_URL);
  const server = new ServerUnderTest({
    port: await freePort(),
    databaseUrl: database.url,
    rssLimitMb: RSS_CAP_MB,
    logPath: path.join(os.tmpdir(), `cordee-abuse-${process.pid}.log`),
  });
  let normalUser = null;
  const cleanUp = async () => {
    await normalUser?.close();
    await server.stop();
    await database.drop();
  };
  process.once("SIGINT", () => {
    server.kill("benchmark interrupted");
    void database.drop().finally(() => process.exit(130));
  });

  try {
    await server.start(); // seeds the demo data on the empty database
    const tokens = {
      normalUser: await login(server.url, ACCOUNTS.normalUser),
      attacker: await login(server.url, ACCOUNTS.attacker),
      replayer: await login(server.url, ACCOUNTS.replayer),
    };
    const lastJournalId = await appendSyntheticJournal(database.url, JOURNAL_EVENTS);
    normalUser = new NormalUser({ url: server.url, query: PROBE_QUERY, token: tokens.normalUser, email: ACCOUNTS.normalUser, localAddress: NORMAL_USER_ADDRESS });
    const ctx = { tokens, knownEmail: ACCOUNTS.attacker, lastJournalId };
    const meta = {
      label: LABEL,
      date: new Date().toISOString(),
      machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      settings: { secondsPerScenario: SECONDS, freshServerPerScenario: FRESH_SERVER, rssCapMb: RSS_CAP_MB, settleMs: SETTLE_MS, journalEvents: JOURNAL_EVENTS, probeQuery: PROBE_QUERY, accounts: ACCOUNTS },
    };
    console.log(`Cordée abuse benchmark "${LABEL}": ${meta.machine.cores} cores, ${meta.machine.memoryGiB} GiB, Node ${process.version}, ${SECONDS} s per scenario, server log ${server.logPath}`);
    const results = [];
    for (const [index, scenario] of scenarios.entries()) {
      if (index > 0 && FRESH_SERVER && server.alive) await server.restart();
      const result = await runScenario(scenario, { server, normalUser, ctx });
      results.push(result);
      console.log(scenarioLine(result));
      if (result.server.state === "died" && !result.server.killedFor) console.log(`    server's last words: ${result.server.lastOutput.replaceAll("\n", "\n    ")}`);
    }
    console.log(`\n${markdownTable(results)}\n`);
    console.log(`raw results: ${path.relative(process.cwd(), writeResults(results, meta))}`);
  } finally {
    await cleanUp();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
