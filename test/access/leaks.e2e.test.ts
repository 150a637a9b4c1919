import { SettableClock } from "../../server/src/clock";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";

/**
 * What reaches a partner through events, notifications and error messages obeys the same rule as
 * what it may read: a host company that may not see a trainee's candidacy hears nothing of the
 * immersion nor of the debrief about them; a refusal does not name an organisation the viewer
 * cannot see.
 */
describe("no leak through events, notifications or error messages", () => {
  let db: TestDatabase;
  let api: TestServer;
  let ids: Record<string, string>;
  const clock = new SettableClock(new Date("2027-03-01T09:00:00Z"));
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ ids } = await buildWorld(db.dataSource));
    api = await startTestServer(db, { clock });
    for (const email of [KIND_VIEWERS.TRAINING_ORGANISATION, KIND_VIEWERS.COMPANY, "company-b@world.test", KIND_VIEWERS.MISSION_LOCALE]) tokens[email] = await api.login(email, WORLD_PASSWORD);
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const call = async (email: string, query: string, variables: Record<string, unknown> = {}) => api.gql<Record<string, any>>(query, variables, { token: tokens[email] });
  const heard = async (email: string) => {
    const events = (await call(email, `{ events(first: 500) { nodes { type payload } } }`)).data!.events.nodes as { type: string; payload: Record<string, unknown> }[];
    const notifications = (await call(email, `{ notifications(first: 100) { nodes { event { type } } } }`)).data!.notifications.nodes as { event: { type: string } }[];
    return { events: events.filter((e) => e.type.startsWith("IMMERSION_")), notifications: notifications.map((n) => n.event.type).filter((t) => t.startsWith("IMMERSION_")) };
  };

  it("tells of an immersion and its debrief only the partners allowed to see the trainee's candidacy", async () => {
    // Martin (proposed by ML1, paired with Company A) spends a week at Company B, which may not see his candidacy
    const scheduled = await call(KIND_VIEWERS.TRAINING_ORGANISATION, `mutation($i: ScheduleImmersionInput!) { scheduleImmersion(input: $i) { id } }`,
      { i: { candidacyId: ids["candidacy:Martin"], companyId: ids["Company B"], kind: "INTERNSHIP", startDate: "2027-03-08", endDate: "2027-03-12" } });
    expect(scheduled.errors).toBeUndefined();
    clock.set("2027-03-15T09:00:00Z");
    const debriefed = await call(KIND_VIEWERS.TRAINING_ORGANISATION, `mutation($i: DebriefImmersionInput!) { debriefImmersion(input: $i) { id } }`,
      { i: { immersionId: scheduled.data!.scheduleImmersion.id, debrief: "Martin manque encore d'assurance sur le chariot." } });
    expect(debriefed.errors).toBeUndefined();

    const companyB = await heard("company-b@world.test");
    expect(companyB).toEqual({ events: [], notifications: [] });
    const companyA = await heard(KIND_VIEWERS.COMPANY);
    expect(companyA.events.map((e) => e.type)).toEqual(["IMMERSION_SCHEDULED", "IMMERSION_DEBRIEFED"]);
    expect(companyA.notifications).toEqual(expect.arrayContaining(["IMMERSION_SCHEDULED", "IMMERSION_DEBRIEFED"]));
    expect((await heard(KIND_VIEWERS.MISSION_LOCALE)).events.map((e) => e.type)).toEqual(["IMMERSION_SCHEDULED", "IMMERSION_DEBRIEFED"]);
  });

  it("does not name, in a refusal, an organisation the viewer may not see", async () => {
    const res = await call(KIND_VIEWERS.TRAINING_ORGANISATION, `mutation($i: TeamMemberInput!) { addTeamMember(input: $i) { id } }`, { i: { operationId: ids["Op A"], organisationId: ids["Company D"] } });
    expect(res.errors?.[0].extensions?.code).toBe("WRONG_TERRITORY");
    expect(res.errors?.[0].message).toBe("Cette organisation n'est pas du territoire de l'opération.");
    expect(res.errors?.[0].message).not.toContain("Company D");
  });
});
