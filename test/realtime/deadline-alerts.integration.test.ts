import { Journal } from "../../server/src/realtime/journal";
import { raiseDueAlerts } from "../../server/src/realtime/deadline-alerts";
import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { createDataSource } from "../../server/src/db/data-source";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { addCalendarDays, todayInParis } from "../../server/src/domain/calendar";
import { M, Scenario } from "../workflow/harness";

const TODAY = todayInParis(new Date());
const inDays = (n: number) => addCalendarDays(TODAY, n);

const K = OrganisationKind;

describe("deadline alerts", () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let op: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db);
    s = new Scenario(api, db, {
      OF: { organisation: "OF Échéances", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "ML Échéances", kind: K.MISSION_LOCALE },
      Company: { organisation: "Entreprise Échéances", kind: K.COMPANY },
      RTF: { organisation: "Région Échéances", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
    }, [], Territory.CENTRE_VAL_DE_LOIRE);
    await s.setUp();
    op = (await s.ok("OF", M.createOperation, { input: { programmeCode: "DEFI", title: "DEFI échéances", department: "45", procurementRoute: "PRF_MARKET" } })).createOperation.id;
    for (const partner of ["ML", "Company"]) await s.ok("OF", M.addTeamMember, { input: { operationId: op, organisationId: s.org(partner) } });
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const alerts = async () => (await db.dataSource.query(`SELECT type, payload FROM journal_event WHERE type IN ('SIGNATURE_DATE_OPTIONS_DUE', 'CONVENTION_DRAFT_DUE', 'FOLLOW_UP_OVERDUE') ORDER BY id`)) as { type: string; payload: Record<string, string> }[];

  it("raises J-28 and J-20 once each, even when two instances check at the same moment", async () => {
    // starts in 20 days: J-28 fell due 8 days ago, J-20 falls due today
    const session = (await s.ok("OF", M.createTrainingSession, { input: { operationId: op, title: "Session bientôt", startDate: inDays(20), endDate: inDays(100), hoursInCentre: 300, fundedPlaces: 6, certificationTitle: "TP Échéances", location: "Orléans" } })).createTrainingSession.id;
    // a session starting in 40 days has nothing due yet
    await s.ok("OF", M.createTrainingSession, { input: { operationId: op, title: "Session lointaine", startDate: inDays(40), endDate: inDays(120), hoursInCentre: 300, fundedPlaces: 6, certificationTitle: "TP Loin", location: "Orléans" } });
    const other = createDataSource({ url: db.url });
    await other.initialize();
    try {
      const raised = await Promise.all([raiseDueAlerts(db.dataSource, new Journal(db.dataSource), TODAY), raiseDueAlerts(other, new Journal(other), TODAY)]);
      const again = await raiseDueAlerts(other, new Journal(other), TODAY);
      expect(raised[0] + raised[1]).toBe(2);
      expect(again).toBe(0);
    } finally {
      await other.destroy();
    }
    expect(await alerts()).toEqual([
      { type: "SIGNATURE_DATE_OPTIONS_DUE", payload: expect.objectContaining({ trainingSessionId: session, dueDate: inDays(-8) }) },
      { type: "CONVENTION_DRAFT_DUE", payload: expect.objectContaining({ trainingSessionId: session, dueDate: TODAY }) },
    ]);
    // the training organisation is told; the Mission Locale is not concerned
    const forOf = await s.ok<{ events: { nodes: { type: string }[] } }>("OF", `query($op: ID!) { events(operationId: $op, first: 500) { nodes { type } } }`, { op });
    const forMl = await s.ok<{ events: { nodes: { type: string }[] } }>("ML", `query($op: ID!) { events(operationId: $op, first: 500) { nodes { type } } }`, { op });
    expect(forOf.events.nodes.map((e) => e.type)).toContain("CONVENTION_DRAFT_DUE");
    expect(forMl.events.nodes.map((e) => e.type)).not.toContain("CONVENTION_DRAFT_DUE");
  });

  it("does not raise a step already done", async () => {
    const session = (await s.ok("OF", M.createTrainingSession, { input: { operationId: op, title: "Session prévoyante", eosNumber: "EOS-PREV", startDate: inDays(25), endDate: inDays(100), hoursInCentre: 300, fundedPlaces: 6, certificationTitle: "TP Prévoyant", location: "Orléans" } })).createTrainingSession.id;
    await db.dataSource.query(`UPDATE team_membership SET left_at = NULL`);
    const before = (await alerts()).length;
    await db.dataSource.query(`INSERT INTO organisation (kind, name, territory, department, city) VALUES ('FRANCE_TRAVAIL', 'FT Échéances', 'CENTRE_VAL_DE_LOIRE', '45', 'Orléans')`);
    const ft = (await db.dataSource.query(`SELECT id FROM organisation WHERE name = 'FT Échéances'`))[0].id;
    await s.ok("OF", M.addTeamMember, { input: { operationId: op, organisationId: ft } });
    const convention = (await s.ok("OF", M.draftConvention, { id: session })).draftConvention.id;
    await s.ok("OF", M.updateConvention, { input: { conventionId: convention, signaturePlace: "Orléans", signatureOptions: [{ date: inDays(10), startTime: "10:00" }] } });
    await s.ok("OF", M.sendSignatureDateOptions, { id: convention });
    expect(await raiseDueAlerts(db.dataSource, new Journal(db.dataSource), TODAY)).toBe(0);
    expect((await alerts()).length).toBe(before);
  });

  it("raises overdue employment follow-ups once", async () => {
    const session = (await s.ok("OF", M.createTrainingSession, { input: { operationId: op, title: "Session finie", startDate: inDays(-400), endDate: inDays(-250), hoursInCentre: 300, fundedPlaces: 6, certificationTitle: "TP Fini", location: "Orléans" } })).createTrainingSession.id;
    const candidacy = (await s.ok("ML", M.proposeCandidate, { input: { trainingSessionId: session, candidate: { firstName: "Zoé", lastName: "Suivie" } } })).proposeCandidate.id;
    for (const to of ["SELECTION", "ADMITTED"]) await s.ok("OF", M.moveCandidacy, { input: { candidacyId: candidacy, to } });
    // admission planned its follow-ups at 3 and 6 months after the end
    const followUps = (await s.ok("OF", `query($id: ID!) { candidacy(id: $id) { followUps { id milestoneMonths } } }`, { id: candidacy })).candidacy.followUps as { id: string; milestoneMonths: number }[];
    followUps.sort((a, b) => a.milestoneMonths - b.milestoneMonths);
    await s.ok("OF", M.reportFollowUp, { input: { followUpId: followUps[0].id, employmentStatus: "EMPLOYED_DURABLE" } });
    expect(await raiseDueAlerts(db.dataSource, new Journal(db.dataSource), TODAY)).toBe(1);
    expect(await raiseDueAlerts(db.dataSource, new Journal(db.dataSource), TODAY)).toBe(0);
    expect((await alerts()).filter((a) => a.type === "FOLLOW_UP_OVERDUE").map((a) => a.payload.followUpId)).toEqual([followUps[1].id]);
  });
});
