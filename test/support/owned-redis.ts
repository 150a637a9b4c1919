import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePortOutsideEphemeralRange, startProcess, type Running } from "./processes";

/** A Redis server the test owns, keeping nothing on disk, that it may stop and start again on the same port. */
export interface OwnedRedis {
  url: string;
  running(): boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * The redis-server binary (Debian package redis-server), or null: without it a test cannot own a
 * Redis and skips, saying so. CI installs it.
 */
export function redisServerPath(): string | null {
  const candidates = ["/usr/bin/redis-server", "/usr/local/bin/redis-server", ...(process.env.PATH ?? "").split(path.delimiter).map((dir) => path.join(dir, "redis-server"))];
  return candidates.find((candidate) => {
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  }) ?? null;
}

/** A free port reserved for a Redis; `start: false` leaves it down (a Redis that has not come yet). */
export async function ownedRedis(options: { start?: boolean } = {}): Promise<OwnedRedis> {
  const binary = redisServerPath();
  if (!binary) throw new Error("redis-server not found");
  const port = await freePortOutsideEphemeralRange();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cordee-owned-redis-"));
  let server: Running | null = null;
  const owned: OwnedRedis = {
    url: `redis://127.0.0.1:${port}`,
    running: () => server !== null,
    async start() {
      if (server) throw new Error("owned Redis already running");
      const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir];
      server = await startProcess(binary, args, process.env, "Ready to accept connections");
    },
    async stop() {
      const running = server;
      server = null;
      await running?.stop();
    },
    async destroy() {
      await owned.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  process.once("exit", () => server?.child.kill("SIGKILL"));
  if (options.start !== false) await owned.start();
  return owned;
}
