import { SettableClock } from "../../server/src/clock";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";

/**
 * What reaches a partner through events, notifications and error messages obeys the same rule as
 * what it may read: a company that may not see a trainee's candidacy (its host, its employer at the
 * review) hears nothing of the immersion, the debrief, the outcome or the follow-up about them; a
 * refusal does not name an organisation the viewer cannot see.
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
  const heard = async (email: string, prefixes = ["IMMERSION_"]) => {
    const about = (type: string) => prefixes.some((p) => type.startsWith(p));
    const events = (await call(email, `{ events(first: 500) { nodes { type payload } } }`)).data!.events.nodes as { type: string; payload: Record<string, unknown> }[];
    const notifications = (await call(email, `{ notifications(first: 100) { nodes { event { type } } } }`)).data!.notifications.nodes as { event: { type: string } }[];
    return { events: events.filter((e) => about(e.type)), notifications: notifications.map((n) => n.event.type).filter(about) };
  };
  const refusal = async (email: string, query: string, variables: Record<string, unknown>) => {
    const error = (await call(email, query, variables)).errors?.[0];
    return { code: error?.extensions?.code, message: error?.message };
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

  it("does not name, in a refusal, the training organisation a company is committed to elsewhere", async () => {
    // Company C is committed to OF2 for « TP » on Op B, which OF1 is not on: OF1 may not see OF2
    const added = await call(KIND_VIEWERS.TRAINING_ORGANISATION, `mutation($i: TeamMemberInput!) { addTeamMember(input: $i) { id } }`, { i: { operationId: ids["Op A"], organisationId: ids["Company C"] } });
    expect(added.errors).toBeUndefined();
    const intention = {
      operationId: ids["Op A"], trainingSessionId: ids["Session A"], companyId: ids["Company C"], jobTitle: "Cariste C", contractType: "CDI", positions: 1,
      evidenceText: "Nous embaucherons un cariste après la formation.", committedSteps: [],
      evidenceFile: { fileName: "courriel.txt", mediaType: "text/plain", contentBase64: Buffer.from("courriel").toString("base64") },
    };
    const refused = await refusal(KIND_VIEWERS.TRAINING_ORGANISATION, `mutation($i: SubmitHiringIntentionInput!) { submitHiringIntention(input: $i) { id } }`, { i: intention });
    expect(refused).toEqual({
      code: "ONE_TRAINING_ORGANISATION",
      message: "Une entreprise s'engage auprès d'un seul organisme de formation pour une même formation : Company C est déjà engagée avec un autre organisme de formation pour « TP ».",
    });
    expect(refused.message).not.toContain("OF2");
  });

  it("tells a company named employer at the review, but not meant for the trainee, nothing of the trainee's path", async () => {
    // Martin (proposed by ML1, paired with Company A) is hired by Company B, which still may not see his candidacy
    const of = KIND_VIEWERS.TRAINING_ORGANISATION;
    const ok = async (query: string, variables: Record<string, unknown>) => {
      const res = await call(of, query, variables);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    clock.set("2027-06-30T14:00:00Z");
    await ok(`mutation($i: RecordReviewInput!) { recordReview(input: $i) { id } }`,
      { i: { reviewId: ids["review:Session A"], qualitativeNotes: "Bilan de fin de session.", strengths: "Assiduité", areasToImprove: "Autonomie" } });
    await ok(`mutation($i: ReviewOutcomeInput!) { recordReviewOutcome(input: $i) { id } }`,
      { i: { reviewId: ids["review:Session A"], candidacyId: ids["candidacy:Martin"], certificationLevel: "FULL", contractType: "CDI", contractStartDate: "2027-07-05", employerId: ids["Company B"] } });
    const scheduled = await ok(`mutation($i: ScheduleImmersionInput!) { scheduleImmersion(input: $i) { id } }`,
      { i: { candidacyId: ids["candidacy:Martin"], companyId: ids["Company A"], kind: "INTERNSHIP", startDate: "2027-06-21", endDate: "2027-06-25" } });
    await ok(`mutation($i: DebriefImmersionInput!) { debriefImmersion(input: $i) { id } }`, { i: { immersionId: scheduled.scheduleImmersion.id, debrief: "Martin est prêt pour son poste." } });
    clock.set("2027-10-01T09:00:00Z");
    await ok(`mutation($i: ReportFollowUpInput!) { reportFollowUp(input: $i) { id } }`,
      { i: { followUpId: ids["followUp:Martin"], employmentStatus: "EMPLOYED_DURABLE", contractType: "CDI", employerName: "Company B" } });

    const path = ["REVIEW_OUTCOME_", "IMMERSION_", "FOLLOW_UP_"];
    expect(await heard("company-b@world.test", path)).toEqual({ events: [], notifications: [] });
    expect((await call("company-b@world.test", `query($id: ID!) { candidacy(id: $id) { id } }`, { id: ids["candidacy:Martin"] })).data!.candidacy).toBeNull();
    const companyA = await heard(KIND_VIEWERS.COMPANY, path);
    expect(companyA.events.map((e) => e.type)).toEqual(expect.arrayContaining(["REVIEW_OUTCOME_CORRECTED", "IMMERSION_SCHEDULED", "IMMERSION_DEBRIEFED", "FOLLOW_UP_REPORTED"]));
  });
});
