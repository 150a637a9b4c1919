import { EVENT_CATEGORIES, defaultFrequency } from "../../server/src/domain/notification-preferences";
import { MemberRole, OrganisationKind } from "../../server/src/domain/kinds";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";

const READ = `{ viewer { notificationPreferences { category frequency defaultFrequency } } }`;
const UPDATE = `mutation($i: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { category frequency } }`;

interface Preference {
  category: string;
  frequency: string;
  defaultFrequency?: string;
}

/** Each person sets how they get notifications by e-mail; defaults fit their role; nobody reads or sets another's. */
describe("notification preferences", () => {
  let db: TestDatabase;
  let api: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildWorld(db.dataSource);
    // a colleague of ML1's user, in the same organisation
    await db.dataSource.query(
      `INSERT INTO app_user (email, password_hash, first_name, last_name, organisation_id, role)
       SELECT 'ml1-collegue@world.test', password_hash, 'Collègue', 'ML1', organisation_id, 'MEMBER' FROM app_user WHERE email = $1`,
      [KIND_VIEWERS.MISSION_LOCALE],
    );
    api = await startTestServer(db);
    for (const email of [...Object.values(KIND_VIEWERS), "ml1-collegue@world.test", "region-pdl@world.test"]) tokens[email] = await api.login(email, WORLD_PASSWORD);
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const read = async (email: string) => {
    const res = await api.gql<{ viewer: { notificationPreferences: Preference[] } }>(READ, {}, { token: tokens[email] });
    expect(res.errors).toBeUndefined();
    return Object.fromEntries(res.data!.viewer.notificationPreferences.map((p) => [p.category, p.frequency]));
  };
  const eventsOf = async (type: string) => Number((await db.dataSource.query(`SELECT count(*)::int AS n FROM journal_event WHERE type = $1`, [type]))[0].n);

  it("starts from its role's defaults: immediate for what the role acts on, the digest for the rest, account matters always at once", async () => {
    expect(await read(KIND_VIEWERS.TRAINING_ORGANISATION)).toEqual({ OPERATION: "DAILY_DIGEST", RECRUITMENT: "IMMEDIATE", CONVENTION: "IMMEDIATE", REVIEW: "DAILY_DIGEST", FUNDING: "DAILY_DIGEST", DEADLINE: "IMMEDIATE", ACCOUNT: "IMMEDIATE" });
    expect(await read(KIND_VIEWERS.COMPANY)).toEqual({ OPERATION: "DAILY_DIGEST", RECRUITMENT: "DAILY_DIGEST", CONVENTION: "IMMEDIATE", REVIEW: "IMMEDIATE", FUNDING: "DAILY_DIGEST", DEADLINE: "IMMEDIATE", ACCOUNT: "IMMEDIATE" });
    // the Region's chef de pôle (management): everything in the digest, but account matters
    expect(await read("region-pdl@world.test")).toEqual({ OPERATION: "DAILY_DIGEST", RECRUITMENT: "DAILY_DIGEST", CONVENTION: "DAILY_DIGEST", REVIEW: "DAILY_DIGEST", FUNDING: "DAILY_DIGEST", DEADLINE: "DAILY_DIGEST", ACCOUNT: "IMMEDIATE" });
    for (const kind of Object.values(OrganisationKind)) {
      const role = kind === OrganisationKind.REGION ? MemberRole.TERRITORIAL_REFERENT : MemberRole.MEMBER;
      expect(await read(KIND_VIEWERS[kind])).toEqual(Object.fromEntries(EVENT_CATEGORIES.map((c) => [c, defaultFrequency(kind, role, c)])));
    }
  });

  it("changes the signed-in person's own preferences only, journaled", async () => {
    const ml = KIND_VIEWERS.MISSION_LOCALE;
    const before = await eventsOf("NOTIFICATION_PREFERENCES_UPDATED");
    const res = await api.gql<{ updateNotificationPreferences: Preference[] }>(UPDATE, { i: { preferences: [{ category: "RECRUITMENT", frequency: "NEVER" }, { category: "OPERATION", frequency: "IMMEDIATE" }] } }, { token: tokens[ml] });
    expect(res.errors).toBeUndefined();
    expect(Object.fromEntries(res.data!.updateNotificationPreferences.map((p) => [p.category, p.frequency]))).toMatchObject({ RECRUITMENT: "NEVER", OPERATION: "IMMEDIATE", CONVENTION: "DAILY_DIGEST" });
    expect(await read(ml)).toMatchObject({ RECRUITMENT: "NEVER", OPERATION: "IMMEDIATE" });
    // the default stays visible beside the choice
    const full = await api.gql<{ viewer: { notificationPreferences: Preference[] } }>(READ, {}, { token: tokens[ml] });
    expect(full.data!.viewer.notificationPreferences.find((p) => p.category === "RECRUITMENT")).toEqual({ category: "RECRUITMENT", frequency: "NEVER", defaultFrequency: "IMMEDIATE" });
    // the colleague of the same organisation keeps hers
    expect(await read("ml1-collegue@world.test")).toMatchObject({ RECRUITMENT: "IMMEDIATE", OPERATION: "DAILY_DIGEST" });
    expect(await eventsOf("NOTIFICATION_PREFERENCES_UPDATED")).toBe(before + 1);
    const [event] = await db.dataSource.query(`SELECT payload, actor_user_id FROM journal_event WHERE type = 'NOTIFICATION_PREFERENCES_UPDATED' ORDER BY id DESC LIMIT 1`);
    const [{ id: mlUser }] = await db.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [ml]);
    expect(event).toEqual({ actor_user_id: mlUser, payload: { userId: mlUser, changes: [{ category: "RECRUITMENT", from: "IMMEDIATE", to: "NEVER" }, { category: "OPERATION", from: "DAILY_DIGEST", to: "IMMEDIATE" }] } });
  });

  it("offers no way to read or set another person's preferences", async () => {
    const [{ id: colleague }] = await db.dataSource.query(`SELECT id FROM app_user WHERE email = 'ml1-collegue@world.test'`);
    const set = await api.gql(UPDATE, { i: { userId: colleague, preferences: [{ category: "RECRUITMENT", frequency: "NEVER" }] } }, { token: tokens[KIND_VIEWERS.MISSION_LOCALE] });
    expect(set.errors?.[0]?.message).toMatch(/userId/);
    const members = await api.gql(`{ organisations(first: 100) { nodes { members { nodes { notificationPreferences { category } } } } } }`, {}, { token: tokens[KIND_VIEWERS.MISSION_LOCALE] });
    expect(members.errors?.[0]?.message).toMatch(/notificationPreferences/);
    expect(await read("ml1-collegue@world.test")).toMatchObject({ RECRUITMENT: "IMMEDIATE" });
    expect(Number((await db.dataSource.query(`SELECT count(*)::int AS n FROM notification_preference WHERE user_id = $1`, [colleague]))[0].n)).toBe(0);
  });

  it("refuses a category given twice, naming the field, and a change that changes nothing; without a session, nothing", async () => {
    const token = tokens[KIND_VIEWERS.COMPANY];
    const before = await eventsOf("NOTIFICATION_PREFERENCES_UPDATED");
    const twice = await api.gql(UPDATE, { i: { preferences: [{ category: "REVIEW", frequency: "NEVER" }, { category: "REVIEW", frequency: "IMMEDIATE" }] } }, { token });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "preferences" }] });
    expect(twice.errors?.[0]?.message).toBe("preferences : une seule préférence par catégorie (« Bilan et suivi » deux fois)");
    const none = await api.gql(UPDATE, { i: { preferences: [] } }, { token });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    const same = await api.gql(UPDATE, { i: { preferences: [{ category: "REVIEW", frequency: "IMMEDIATE" }] } }, { token });
    expect(same.errors?.[0]?.extensions?.code).toBe("NOTHING_TO_CHANGE");
    const anonymous = await api.gql(UPDATE, { i: { preferences: [{ category: "REVIEW", frequency: "NEVER" }] } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await read(KIND_VIEWERS.COMPANY)).toMatchObject({ REVIEW: "IMMEDIATE" });
    expect(await eventsOf("NOTIFICATION_PREFERENCES_UPDATED")).toBe(before);
  });

  it("answers them with the login too: the viewer signing in", async () => {
    const res = await api.gql<{ login: { viewer: { notificationPreferences: Preference[] } } }>(
      `mutation($i: LoginInput!) { login(input: $i) { viewer { notificationPreferences { category frequency } } } }`, { i: { email: KIND_VIEWERS.MISSION_LOCALE, password: WORLD_PASSWORD } });
    expect(res.errors).toBeUndefined();
    expect(Object.fromEntries(res.data!.login.viewer.notificationPreferences.map((p) => [p.category, p.frequency]))).toMatchObject({ RECRUITMENT: "NEVER" });
  });
});
