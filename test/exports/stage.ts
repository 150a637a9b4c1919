import { SettableClock } from "../../server/src/clock";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";
import { EXPORT_DAY, OF2_EMAIL, tellStory } from "./insertion-story";

/** The test world, its story told up to the 6-month follow-ups, a server on the day of the exports. */
export interface ExportStage {
  db: TestDatabase;
  api: TestServer;
  ids: Record<string, string>;
  /** sign in as one of the world's users (its e-mail) */
  login(email: string): Promise<string>;
  close(): Promise<void>;
}

export async function openExportStage(): Promise<ExportStage> {
  const db = await createTestDatabase();
  const { ids } = await buildWorld(db.dataSource);
  await tellStory(db.dataSource, ids);
  const api = await startTestServer(db, { clock: new SettableClock(new Date(`${EXPORT_DAY}T09:00:00.000Z`)) });
  return {
    db, api, ids,
    login: (email) => api.login(email, WORLD_PASSWORD),
    close: async () => { await api.stop(); await db.drop(); },
  };
}

export const REGION_CVL = KIND_VIEWERS.REGION;
export const REGION_PDL = "region-pdl@world.test";
export const OF1 = KIND_VIEWERS.TRAINING_ORGANISATION;
export const OF2 = OF2_EMAIL;
