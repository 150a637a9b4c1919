// Subscription fan-out: how long a committed change takes to reach N live subscribers.
// Method and results: bench/README.md. Run: `npm run bench` (after `npm install`, which builds).
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const dist = path.join(import.meta.dirname, "../server/dist/server/src");
require("reflect-metadata");
const { createDataSource } = require(`${dist}/db/data-source.js`);
const { startEmbeddedPostgres } = require(`${dist}/db/embedded.js`);
const { seedDemoDataIfEmpty } = require(`${dist}/demo/seed.js`);
const { startCordeeServer } = require(`${dist}/app.js`);
const { readConfig } = require(`${dist}/config.js`);
const { cordeeSchema } = require(`${dist}/schema/build.js`);
const { createClient } = require("graphql-ws");
const WebSocket = require("ws");
const { Client } = require("pg");

const SUBSCRIBERS = (process.env.BENCH_SUBSCRIBERS ?? "10,50,200").split(",").map(Number);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 40);

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function database() {
  let admin = process.env.DATABASE_URL;
  let embedded = null;
  if (!admin) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cordee-bench-"));
    fs.chmodSync(dir, 0o755);
    embedded = await startEmbeddedPostgres(path.join(dir, "data"), 55432);
    admin = embedded.url;
  }
  const name = `cordee_bench_${process.pid}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ url: url.toString(), poolSize: 20 });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await seedDemoDataIfEmpty(dataSource);
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      const c = new Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await c.end();
      await embedded?.stop();
    },
  };
}

async function main() {
  const db = await database();
  const config = { ...readConfig({ NODE_ENV: "production", REDIS_URL: process.env.REDIS_URL }), port: 0, jobs: false, deadlineCron: null,
    // every subscriber is the same RTF account here: lift the per-account socket limit for the measure
    wsConnectionsPerUser: Number.MAX_SAFE_INTEGER };
  const server = await startCordeeServer({ config, dataSource: db.dataSource, schema: await cordeeSchema(), log: () => {} });
  const http = server.url.replace("localhost", "127.0.0.1");
  const gql = async (query, variables, token) => {
    const res = await fetch(http, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const login = async (email) => (await gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email, password: "cordee-demo" } })).login.token;
  const of = await login("of@defi.demo");
  const region = await login("rtf@centre.demo");
  const sessionId = (await gql(`{ trainingSessions { nodes { id } } }`, {}, of)).trainingSessions.nodes[0].id;

  console.log(`Cordée fan-out benchmark — ${os.cpus().length} cores, Node ${process.version}, ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "embedded PostgreSQL"}, ${process.env.REDIS_URL ? "Redis" : "in-process"} pub/sub`);
  console.log("subscribers | changes | mutation p50 / p95 (ms) | delivery p50 / p95 / max (ms) | deliveries/s");
  for (const count of SUBSCRIBERS) {
    const sent = new Map();
    const latencies = [];
    let received = 0;
    let done;
    const allReceived = new Promise((resolve) => (done = resolve));
    const clients = [];
    for (let i = 0; i < count; i++) {
      const client = createClient({ url: http.replace("http", "ws"), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${region}` } });
      clients.push(client);
      await new Promise((resolve) => {
        client.subscribe({ query: `subscription { events { id type payload } }` }, {
          next: ({ data }) => {
            const marker = data?.events?.payload?.changes?.location?.after;
            if (!sent.has(marker)) return;
            latencies.push(performance.now() - sent.get(marker));
            if (++received === count * CHANGES) done();
          },
          error: (e) => console.error(e),
          complete: () => {},
        });
        // a query on the same socket returns once the subscription above is set up
        client.subscribe({ query: "{ viewer { kind } }" }, { next: () => {}, error: () => {}, complete: resolve });
      });
    }
    const mutationTimes = [];
    const started = performance.now();
    for (let i = 0; i < CHANGES; i++) {
      const marker = `Orléans — salle ${count}-${i}`;
      const t0 = performance.now();
      sent.set(marker, t0);
      await gql(`mutation($id: ID!, $input: TrainingSessionFields!) { updateTrainingSession(id: $id, input: $input) { id } }`, { id: sessionId, input: { location: marker } }, of);
      mutationTimes.push(performance.now() - t0);
    }
    await Promise.race([allReceived, new Promise((resolve) => setTimeout(resolve, 60_000))]);
    const elapsed = (performance.now() - started) / 1000;
    const f = (n) => n.toFixed(1);
    console.log(`${count} | ${CHANGES} | ${f(percentile(mutationTimes, 50))} / ${f(percentile(mutationTimes, 95))} | ${f(percentile(latencies, 50))} / ${f(percentile(latencies, 95))} / ${f(Math.max(...latencies))} | ${Math.round(received / elapsed)} (${received}/${count * CHANGES} delivered)`);
    await Promise.all(clients.map((c) => c.dispose()));
  }
  await server.stop();
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
