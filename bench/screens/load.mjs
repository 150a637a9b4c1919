// Load runners with the same statistics: autocannon for HTTP servers, and a closed loop of
// `connections` concurrent callers for anything else (the SQL floor through a pg Pool).
// Latency percentiles are nearest-rank over every response (autocannon's own histogram has no p95).
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { percentile } from "../abuse/stats.mjs";

export function loadAverage() {
  try {
    return fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).map(Number);
  } catch {
    return [NaN, NaN, NaN];
  }
}

function summarise(latencies, seconds, extra) {
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    // no answer within the run: no percentile (NaN prints as "–")
    p50: latencies.length ? percentile(latencies, 50) : NaN,
    p95: latencies.length ? percentile(latencies, 95) : NaN,
    p99: latencies.length ? percentile(latencies, 99) : NaN,
    max: latencies.length ? Math.max(...latencies) : NaN,
    ...extra,
  };
}

/** POSTs `body` to `url` from `connections` autocannon connections for `seconds`. */
export async function runAutocannon(autocannon, { url, body, headers, connections, seconds }) {
  const latencies = [];
  const statuses = {};
  const load = loadAverage();
  const started = performance.now();
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, method: "POST", headers: { "content-type": "application/json", ...headers }, body, connections, pipelining: 1, duration: seconds, timeout: 30 },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
  const elapsed = (performance.now() - started) / 1000;
  return summarise(latencies, elapsed, { load, loadAfter: loadAverage(), statuses, errors: result.errors + result.timeouts, non2xx: result.non2xx, meanBytes: result.throughput.average / Math.max(1, result.requests.average) });
}

/** Calls `once()` from `connections` concurrent loops for `seconds` (each loop waits for its answer). */
export async function runLoop({ once, connections, seconds }) {
  const latencies = [];
  let errors = 0;
  const load = loadAverage();
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          await once();
          latencies.push(performance.now() - t0);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return summarise(latencies, elapsed, { load, loadAfter: loadAverage(), errors });
}
