import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");
export const SERVER_MAIN = path.join(ROOT, "server/dist/server/src/main.js");

export interface Running {
  child: ChildProcess;
  output(): string;
  stop(): Promise<number | null>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A free port below Linux's ephemeral range (32768 and up): no server started with port 0 and no
 * outgoing connection can take it while it is left unbound, as a Redis that is down or restarting
 * leaves its port (a test's HTTP server answering there once crashed the Redis client).
 */
export async function freePortOutsideEphemeralRange(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/** Spawns a process and resolves once its output contains `ready`. */
export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, ready: string, timeoutMs = 60_000): Promise<Running> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL"); // nobody will stop a process that never got ready
      reject(new Error(`${command} not ready in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) {
        clearTimeout(timer);
        resolve({
          child,
          output: () => output,
          stop: () => new Promise((done) => {
            if (child.exitCode !== null) return done(child.exitCode);
            child.once("exit", (code) => done(code));
            child.kill("SIGTERM");
          }),
        });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code}:\n${output}`));
    });
  });
}

/** Resolves once the process has printed `text`; rejects if it exits first or takes longer than `timeoutMs`. */
export async function waitForOutput(running: Running, text: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!running.output().includes(text)) {
    if (running.child.exitCode !== null) throw new Error(`exited with ${running.child.exitCode} before « ${text} »:\n${running.output()}`);
    if (Date.now() > deadline) throw new Error(`no « ${text} » in ${timeoutMs} ms:\n${running.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The built Cordée server, as `npm start` runs it. */
export function startCordee(env: NodeJS.ProcessEnv): Promise<Running> {
  return startProcess(process.execPath, [SERVER_MAIN], env, "Cordée prête");
}

export const hasRedisServer = (): boolean =>
  ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].some((p) => fs.existsSync(p));

/** A private Redis server on `port`, keeping nothing on disk, that a test may stop and start again. */
export function startRedis(port: number): Promise<Running> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cordee-redis-"));
  return startProcess("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], process.env, "Ready to accept connections");
}
