// A server under test in a child process of its own (the Cordée server, or PostGraphile): started
// with the SQL-counting preload and an IPC channel, waited for, its CPU time read from /proc.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort, readCpuSeconds } from "../abuse/server-process.mjs";

const COUNT_SQL = path.join(import.meta.dirname, "count-sql.cjs");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export { freePort };

export class ChildServer {
  /** `args`: the script and its arguments; `ready`: resolves true once the server answers. */
  constructor({ name, args, cwd, env, logPath, ready }) {
    Object.assign(this, { name, args, cwd, env, logPath, ready });
    this.child = null;
    this.exit = null;
    this.tail = "";
    this.asked = 0;
    this.waiting = new Map();
  }

  get pid() {
    return this.child?.pid ?? null;
  }

  async start(timeoutMs = 90_000) {
    const log = fs.createWriteStream(this.logPath, { flags: "a" });
    log.write(`\n--- ${this.name} ${new Date().toISOString()}\n`);
    this.child = spawn(process.execPath, ["--require", COUNT_SQL, ...this.args], { cwd: this.cwd, env: this.env, stdio: ["ignore", "pipe", "pipe", "ipc"] });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      stream.on("data", (chunk) => {
        log.write(chunk);
        this.tail = (this.tail + chunk.toString()).slice(-4000);
      });
    }
    this.child.on("message", (message) => {
      const resolve = this.waiting.get(message?.id);
      if (resolve) {
        this.waiting.delete(message.id);
        resolve(message.sqlCount);
      }
    });
    this.exited = new Promise((resolve) => this.child.once("exit", (code, signal) => resolve((this.exit = { code, signal }))));
    this.child.once("close", () => log.end());
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exit) throw new Error(`${this.name} exited (${JSON.stringify(this.exit)}):\n${this.tail}`);
      if (await this.ready().catch(() => false)) return;
      await sleep(250);
    }
    throw new Error(`${this.name} did not start within ${timeoutMs / 1000} s:\n${this.tail}`);
  }

  /** SQL statements the server has sent since it started. */
  sqlCount() {
    const id = ++this.asked;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, resolve);
      this.child.send({ sqlCount: true, id });
      setTimeout(() => this.waiting.has(id) && (this.waiting.delete(id), reject(new Error(`${this.name}: no SQL count`))), 5_000);
    });
  }

  cpuSeconds() {
    return readCpuSeconds(this.pid);
  }

  async stop() {
    if (!this.child || this.exit) return;
    this.child.kill("SIGTERM");
    const stopped = await Promise.race([this.exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!stopped) {
      this.child.kill("SIGKILL");
      await this.exited;
    }
  }
}
