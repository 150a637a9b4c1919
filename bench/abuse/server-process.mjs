// The server under test: the BUILT server (`server/dist/server/src/main.js`) as a child process,
// so that its memory can be read from /proc and its death seen, whatever the abuse does to it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { httpRequest } from "./http.mjs";

/** the built server; BENCH_SERVER_MAIN points at another build (e.g. another checkout's) */
const MAIN = path.resolve(process.env.BENCH_SERVER_MAIN ?? path.join(import.meta.dirname, "../../server/dist/server/src/main.js"));
/** the checkout MAIN belongs to (<checkout>/server/dist/server/src/main.js): the server runs from there */
const CHECKOUT = path.resolve(path.dirname(MAIN), "../../../..");
const SAMPLE_EVERY_MS = 100;
const TAIL_CHARS = 4000;
/** health checks come from their own loopback address, apart from the abusers and the normal user */
export const HEALTH_ADDRESS = "127.0.0.3";

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function readRssMb(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null; // the process is gone
  }
}

/** CPU time (user + system, seconds) the process has used; null once it is gone. Linux clock ticks are 1/100 s. */
export function readCpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // after "pid (comm) "
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime and stime: fields 14 and 15 of the line
  } catch {
    return null;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The child's environment: the caller's (so that the protected server's settings pass through), plus ours. */
function serverEnv(port, databaseUrl) {
  const env = { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, DEADLINE_CHECK_CRON: "off", CORDEE_DEMO_DATA: "true" };
  delete env.NODE_ENV; // production never seeds the demo data
  return env;
}

export class ServerUnderTest {
  constructor({ port, databaseUrl, rssLimitMb, logPath }) {
    this.port = port;
    this.databaseUrl = databaseUrl;
    this.rssLimitMb = rssLimitMb;
    this.logPath = logPath;
    this.child = null;
    this.exit = null; // { code, signal } once the process ended
    this.killedFor = null; // why the benchmark killed it, if it did
    this.window = null; // { startMb, peakMb }: the current scenario's memory
    this.outputTail = "";
    this.starts = 0;
  }

  get url() {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  get wsUrl() {
    return `ws://127.0.0.1:${this.port}/graphql`;
  }

  /** What a page served by the server itself would send as Origin. */
  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }

  get alive() {
    return this.child !== null && this.exit === null;
  }

  get pid() {
    return this.child?.pid ?? null;
  }

  async start() {
    this.exit = null;
    this.killedFor = null;
    this.outputTail = "";
    this.starts += 1;
    const child = spawn(process.execPath, [MAIN], { cwd: CHECKOUT, env: serverEnv(this.port, this.databaseUrl), stdio: ["ignore", "pipe", "pipe"] });
    this.child = child;
    const log = fs.createWriteStream(this.logPath, { flags: "a" });
    log.write(`\n--- start #${this.starts} (pid ${child.pid}) ${new Date().toISOString()}\n`);
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        log.write(chunk);
        this.outputTail = (this.outputTail + chunk.toString()).slice(-TAIL_CHARS);
      });
    }
    this.exited = new Promise((resolve) =>
      child.once("exit", (code, signal) => {
        this.exit = { code, signal };
        clearInterval(this.sampler);
        resolve(this.exit);
      }),
    );
    // "close" comes after the last output, unlike "exit"
    child.once("close", (code, signal) => log.end(`--- exit code ${code} signal ${signal}${this.killedFor ? ` (killed: ${this.killedFor})` : ""}\n`));
    this.sampler = setInterval(() => this.sample(), SAMPLE_EVERY_MS);
    if (!(await this.waitHealthy(60_000))) throw new Error(`the server did not start:\n${this.outputTail}`);
  }

  sample() {
    const rss = this.pid ? readRssMb(this.pid) : null;
    if (rss === null) return;
    if (this.window) this.window.peakMb = Math.max(this.window.peakMb, rss);
    if (rss > this.rssLimitMb && this.alive && !this.killedFor) this.kill(`RSS ${Math.round(rss)} MB over the ${this.rssLimitMb} MB cap`);
  }

  /** Starts measuring a scenario's memory: from the current RSS to the peak. */
  openWindow() {
    const now = (this.pid && readRssMb(this.pid)) || 0;
    this.window = { startMb: now, peakMb: now };
    return this.window;
  }

  kill(reason) {
    if (!this.alive) return;
    this.killedFor = reason;
    this.child.kill("SIGKILL");
  }

  /** /healthz answers within `timeoutMs`. */
  async healthy(timeoutMs = 2_000) {
    if (!this.alive) return false;
    try {
      const answer = await httpRequest({ url: `http://127.0.0.1:${this.port}/healthz`, localAddress: HEALTH_ADDRESS, timeoutMs });
      return answer.status === 200;
    } catch {
      return false;
    }
  }

  /** Polls /healthz until it answers or `totalMs` has passed; false also when the process died. */
  async waitHealthy(totalMs) {
    const deadline = Date.now() + totalMs;
    while (Date.now() < deadline) {
      if (!this.alive) return false;
      if (await this.healthy(Math.min(2_000, Math.max(100, deadline - Date.now())))) return true;
      await sleep(200);
    }
    return false;
  }

  /**
   * Waits until the server is back to rest: its process uses under 5 % of a core over half a second
   * (the abusers' leftover work, which outlives their requests, is done) and `check()` passes.
   * Resolves true, or false after `totalMs` or when the process died.
   */
  async waitQuiet(totalMs, check) {
    const deadline = Date.now() + totalMs;
    const QUIET_WINDOW_MS = 500;
    while (Date.now() < deadline && this.alive) {
      const before = readCpuSeconds(this.pid);
      await sleep(QUIET_WINDOW_MS);
      const after = readCpuSeconds(this.pid);
      if (before === null || after === null) return false;
      if ((after - before) / (QUIET_WINDOW_MS / 1000) < 0.05 && (await check())) return true;
    }
    return false;
  }

  /** SIGTERM (the server's own clean shutdown), SIGKILL after 10 s. */
  async stop() {
    if (!this.alive) return;
    this.child.kill("SIGTERM");
    const stopped = await Promise.race([this.exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!stopped) {
      this.kill("did not stop within 10 s of SIGTERM");
      await this.exited;
    }
  }

  async restart() {
    await this.stop();
    await this.start();
  }

  /** The last lines the server printed, e.g. V8's "heap out of memory". */
  lastOutput(lines = 6) {
    return this.outputTail.trim().split("\n").slice(-lines).join("\n");
  }
}
