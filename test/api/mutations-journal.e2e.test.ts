import fs from "node:fs";
import path from "node:path";
import { buildSchema } from "graphql";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { buildWorld } from "../support/world";
import { M } from "../workflow/harness";
import { MUTATION_SCENARIOS } from "./mutations.table";
import { usePeopleDatabase } from "./people.scenarios";

/** Mutations played by the workflow scenarios, whose every step checks its events and its refusals. */
function mutationsPlayedByScenarios(): string[] {
  const dir = path.join(__dirname, "../workflow");
  const sources = fs.readdirSync(dir).filter((f) => f.endsWith(".e2e.test.ts")).map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n");
  return Object.keys(M).filter((name) => new RegExp(`M\\.${name}\\b`).test(sources));
}

const schema = buildSchema(fs.readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8"));

describe("every mutation writes its event, and a failing one writes none", () => {
  let db: TestDatabase;
  let api: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildWorld(db.dataSource);
    usePeopleDatabase({ query: (sql, params) => db.dataSource.query(sql, params) });
    api = await startTestServer(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const lastEventId = async () => String((await db.dataSource.query(`SELECT coalesce(max(id), 0) AS id FROM journal_event`))[0].id);
  const newEventTypes = async (after: string) =>
    (await db.dataSource.query(`SELECT type FROM journal_event WHERE id > $1 ORDER BY id`, [after])).map((r: { type: string }) => r.type);
  const sessions = async () => (await db.dataSource.query(`SELECT count(*)::int AS n, count(ended_at)::int AS ended FROM auth_session`))[0];

  it("has a scenario for every mutation of the schema: here, or in a workflow scenario", () => {
    const played = new Set([...Object.keys(MUTATION_SCENARIOS), ...mutationsPlayedByScenarios()]);
    expect(Object.keys(schema.getMutationType()!.getFields()).filter((m) => !played.has(m))).toEqual([]);
  });

  it.each(Object.entries(MUTATION_SCENARIOS))("%s: success writes its event", async (_name, scenario) => {
    const before = await lastEventId();
    await scenario.succeed(api);
    expect(await newEventTypes(before)).toContain(scenario.event);
  });

  it.each(Object.entries(MUTATION_SCENARIOS))("%s: failure writes no event and changes nothing", async (_name, scenario) => {
    const prepared = await scenario.prepare?.(api);
    const [before, sessionsBefore] = [await lastEventId(), await sessions()];
    const res = (await scenario.fail(api, prepared)) as { errors?: unknown[] };
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(await newEventTypes(before)).toEqual([]);
    expect(await sessions()).toEqual(sessionsBefore);
  });
});
