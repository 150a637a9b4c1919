// Drives the normal user's worker (probe-worker.mjs) and summarises what it measured.
import { Worker } from "node:worker_threads";
import { Tally, percentile, round1 } from "./stats.mjs";

/** The normal user's query: answered from the session alone, as cheap as a signed-in query gets. */
export const PROBE_QUERY = "{ viewer { user { email } } }";

export class NormalUser {
  /** settings: { url, query, token, email, localAddress } */
  constructor(settings) {
    this.settings = settings;
    this.worker = new Worker(new URL("./probe-worker.mjs", import.meta.url));
  }

  start() {
    this.worker.postMessage({ type: "start", settings: this.settings });
  }

  /** Stops after the request in flight; resolves with every sample { ms, ok, label }. */
  stop() {
    return new Promise((resolve) => {
      const onMessage = (message) => {
        if (message.type !== "stopped") return;
        this.worker.off("message", onMessage);
        resolve(message.samples);
      };
      this.worker.on("message", onMessage);
      this.worker.postMessage({ type: "stop" });
    });
  }

  close() {
    return this.worker.terminate();
  }
}

/** n, p50, p95, max (ms), failures and what they were. */
export function summariseProbe(samples) {
  const latencies = samples.map((s) => s.ms);
  const failures = new Tally();
  for (const s of samples) if (!s.ok) failures.add(s.label);
  return {
    n: samples.length,
    p50: round1(percentile(latencies, 50)),
    p95: round1(percentile(latencies, 95)),
    max: round1(latencies.length ? Math.max(...latencies) : 0),
    failures: failures.total,
    failureKinds: failures.toJSON(),
    latenciesMs: latencies.map(round1),
  };
}
