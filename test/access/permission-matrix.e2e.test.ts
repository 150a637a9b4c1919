import fs from "node:fs";
import path from "node:path";
import { buildSchema, getNamedType, isObjectType } from "graphql";
import { SettableClock } from "../../server/src/clock";
import { EVENT_AUDIENCE } from "../../server/src/domain/event-audience";
import { OrganisationKind } from "../../server/src/domain/kinds";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD, type World } from "../support/world";
import { CONTAINER_TYPES, IMMERSION_EVENTS, MASKED_FIELDS, QUERY_FIELDS, RELATION_FIELDS, ROW_FIELDS, SUBSCRIPTION_FIELDS, type Listener, type Probe } from "./permission-matrix";

const schema = buildSchema(fs.readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8"));

/** Labels at `path` in a GraphQL answer, through lists; nulls (hidden rows or fields) give nothing. */
function labelsAt(value: unknown, pathParts: string[]): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v) => labelsAt(v, pathParts));
  if (pathParts.length === 0) return [String(value)];
  return labelsAt((value as Record<string, unknown>)[pathParts[0]], pathParts.slice(1));
}
const sorted = (labels: string[]) => [...new Set(labels)].sort();

describe("the permission matrix covers the whole schema", () => {
  const objectTypes = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith("__"));

  it("has a probe for every query field", () => {
    const queryFields = Object.keys(schema.getQueryType()!.getFields()).sort();
    expect(queryFields.filter((f) => !(f in QUERY_FIELDS))).toEqual([]);
  });

  it("names the test that checks each subscription's audience", () => {
    const subscriptionFields = Object.keys(schema.getSubscriptionType()?.getFields() ?? {});
    expect(subscriptionFields.filter((f) => !(f in SUBSCRIPTION_FIELDS))).toEqual([]);
  });

  it("states who hears of every immersion event type", () => {
    const immersionTypes = Object.keys(EVENT_AUDIENCE).filter((t) => t.startsWith("IMMERSION_")).sort();
    expect(Object.keys(IMMERSION_EVENTS).sort()).toEqual(immersionTypes);
  });

  it("has a probe or a row rule for every field of every data type", () => {
    const missing: string[] = [];
    for (const type of objectTypes) {
      if (!isObjectType(type) || CONTAINER_TYPES.test(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        const covered = isObjectType(getNamedType(field.type))
          ? key in RELATION_FIELDS
          : key in MASKED_FIELDS || (ROW_FIELDS[type.name] ?? []).includes(field.name);
        if (!covered) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe.each(Object.values(OrganisationKind))("what a %s viewer sees", (kind) => {
  let db: TestDatabase;
  let api: TestServer;
  let world: World;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestServer(db);
    token = await api.login(KIND_VIEWERS[kind], WORLD_PASSWORD);
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const probes: [string, Probe][] = [
    ...Object.entries(QUERY_FIELDS).map(([f, p]): [string, Probe] => [`Query.${f}`, p]),
    ...Object.entries(RELATION_FIELDS),
    ...Object.entries(MASKED_FIELDS),
  ];

  it.each(probes)("%s: exactly what its row of the matrix says", async (_field, probe) => {
    const res = await api.gql(probe.query, probe.variables?.(world.ids), { token });
    expect(res.errors).toBeUndefined();
    const labels = probe.paths.flatMap((p) => labelsAt(res.data, p.split(".")));
    expect(sorted(labels)).toEqual(sorted(probe.sees[kind]));
  });
});

describe("who hears of an immersion: events and notifications", () => {
  const LISTENERS: Record<Listener, string> = {
    OF: KIND_VIEWERS.TRAINING_ORGANISATION, ML: KIND_VIEWERS.MISSION_LOCALE, FT: KIND_VIEWERS.FRANCE_TRAVAIL,
    CO: KIND_VIEWERS.COMPANY, CO_OTHER: "company-b@world.test", RE: KIND_VIEWERS.REGION,
  };
  const clock = new SettableClock(new Date("2027-03-01T09:00:00Z"));
  const heard = new Map<Listener, { events: string[]; notifications: string[] }>();
  let db: TestDatabase;
  let api: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    const { ids } = await buildWorld(db.dataSource);
    api = await startTestServer(db, { clock });
    const of = await api.login(LISTENERS.OF, WORLD_PASSWORD);
    const scheduled = await api.gql<{ scheduleImmersion: { id: string } }>(`mutation($i: ScheduleImmersionInput!) { scheduleImmersion(input: $i) { id } }`,
      { i: { candidacyId: ids["candidacy:Martin"], companyId: ids["Company B"], kind: "INTERNSHIP", startDate: "2027-03-08", endDate: "2027-03-12" } }, { token: of });
    expect(scheduled.errors).toBeUndefined();
    clock.set("2027-03-15T09:00:00Z");
    const debriefed = await api.gql(`mutation($i: DebriefImmersionInput!) { debriefImmersion(input: $i) { id } }`,
      { i: { immersionId: scheduled.data!.scheduleImmersion.id, debrief: "Martin manque encore d'assurance sur le chariot." } }, { token: of });
    expect(debriefed.errors).toBeUndefined();
    for (const [listener, email] of Object.entries(LISTENERS) as [Listener, string][]) {
      const token = await api.login(email, WORLD_PASSWORD);
      const res = await api.gql<{ events: { nodes: { type: string }[] }; notifications: { nodes: { event: { type: string } }[] } }>(
        `{ events(first: 500) { nodes { type } } notifications(first: 100) { nodes { event { type } } } }`, {}, { token });
      expect(res.errors).toBeUndefined();
      heard.set(listener, { events: res.data!.events.nodes.map((e) => e.type), notifications: res.data!.notifications.nodes.map((n) => n.event.type) });
    }
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const cells = Object.entries(IMMERSION_EVENTS).flatMap(([type, row]) =>
    (Object.keys(LISTENERS) as Listener[]).map((listener): [string, Listener, boolean, boolean] => [type, listener, row.hears.includes(listener), row.notified.includes(listener)]));

  it.each(cells)("%s › %s: hears %s, notified %s", (type, listener, hears, notified) => {
    const got = heard.get(listener)!;
    expect({ hears: got.events.includes(type), notified: got.notifications.includes(type) }).toEqual({ hears, notified });
  });
});
