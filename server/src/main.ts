import "reflect-metadata";
import { startCordeeServer } from "./app.js";
import { fileClock, systemClock } from "./clock.js";
import { readConfig } from "./config.js";
import { openDatabase } from "./db/database.js";
import { seedDemoDataIfEmpty } from "./demo/seed.js";
import { cordeeSchema } from "./schema/build.js";

const log = (message: string) => console.log(`[cordee] ${message}`);

async function main(): Promise<void> {
  const config = readConfig();
  const database = await openDatabase(config, log);
  if (config.seedDemoData && (await seedDemoDataIfEmpty(database.dataSource))) log("données de démonstration créées");
  const clock = config.clockFile ? fileClock(config.clockFile) : systemClock;
  const server = await startCordeeServer({ config, dataSource: database.dataSource, schema: await cordeeSchema(), clock });
  log(`Cordée prête sur ${server.url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} reçu : arrêt`);
    await server.stop();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error("[cordee] démarrage impossible", error);
  process.exit(1);
});
