import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { inDays, M, Scenario } from "./harness";

const K = OrganisationKind;

/** Rules the whole-operation scenarios do not reach: each refused with its code, nothing changed. */
describe("workflow rules at the edges", () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let op: string;
  let session: string;

  const sessionInput = (operationId: string, title: string, certificationTitle: string) => ({ input: {
    operationId, title, startDate: inDays(-10), endDate: inDays(-1), hoursInCentre: 400, fundedPlaces: 6, certificationTitle, location: "Tours",
  } });
  const intention = (trainingSessionId: string, operationId = op) => ({ input: {
    operationId, trainingSessionId, jobTitle: "Agent de production", contractType: "CDI", positions: 1,
    evidenceText: "Nous embaucherons un agent de production après la formation.", committedSteps: [],
  } });

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db);
    s = new Scenario(api, db, {
      OF: { organisation: "OF Tours", kind: K.TRAINING_ORGANISATION },
      OtherOF: { organisation: "OF Blois", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Tours", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Tours", kind: K.FRANCE_TRAVAIL },
      Company: { organisation: "Usine de Tours", kind: K.COMPANY },
      RTF: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
    }, ["OF", "ML", "Company", "RTF"], Territory.CENTRE_VAL_DE_LOIRE);
    await s.setUp();
    op = (await s.ok("OF", M.createOperation, { input: { programmeCode: "DEFI", title: "DEFI Production Tours", department: "37", procurementRoute: "FREF_CALL_FOR_TENDERS" } })).createOperation.id;
    for (const partner of ["ML", "FT", "Company", "OtherOF"]) await s.ok("OF", M.addTeamMember, { input: { operationId: op, organisationId: s.org(partner) } });
    session = (await s.ok("OF", M.createTrainingSession, sessionInput(op, "Agent de production", "CQP Agent de production"))).createTrainingSession.id;
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it("names the field and the rule on bad input, and changes nothing", async () => {
    const res = await s.call("Company", M.submitHiringIntention, { input: { ...intention(session).input, contractType: "CDD", positions: 0 } });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/positions : au moins 1 poste/);
    expect(await s.refused("Company", M.submitHiringIntention, { input: { ...intention(session).input, contractType: "CDD" } }, "BAD_USER_INPUT")).toBe("contractDurationMonths : durée du contrat en mois obligatoire hors CDI");
    expect(await s.refused("OF", M.createTrainingSession, { input: { ...sessionInput(op, "Session à l'envers", "TP Envers").input, startDate: inDays(5), endDate: inDays(1) } }, "BAD_USER_INPUT")).toBe("endDate : la fin de session doit suivre son début");
  });

  it("keeps a company with one training organisation for the same training", async () => {
    await s.ok("Company", M.submitHiringIntention, intention(session));
    const otherSession = (await s.ok("OtherOF", M.createTrainingSession, sessionInput(op, "Agent de production (Blois)", "cqp agent de production"))).createTrainingSession.id;
    expect(await s.refused("Company", M.submitHiringIntention, intention(otherSession), "ONE_TRAINING_ORGANISATION"))
      .toBe("Une entreprise s'engage auprès d'un seul organisme de formation pour une même formation : Usine de Tours est déjà engagée avec OF Tours pour « CQP Agent de production ».");
    const differentTraining = (await s.ok("OtherOF", M.createTrainingSession, sessionInput(op, "Conducteur de ligne", "TP Conducteur de ligne"))).createTrainingSession.id;
    await s.ok("Company", M.submitHiringIntention, intention(differentTraining));
  });

  it("refuses a signature after the session's end", async () => {
    const convention = (await s.ok("OF", M.draftConvention, { id: session })).draftConvention.id;
    expect(await s.refused("ML", M.signConvention, { id: convention }, "SIGNATURE_AFTER_END")).toMatch(/avant la fin de la session/);
  });

  it("refuses a convention whose team lacks a required signatory", async () => {
    const other = (await s.ok("RTF", M.createOperation, { input: { programmeCode: "DEFI", title: "DEFI sans France Travail", department: "37", procurementRoute: "PRF_MARKET" } })).createOperation.id;
    await s.ok("RTF", M.addTeamMember, { input: { operationId: other, organisationId: s.org("OF") } });
    const lonely = (await s.ok("OF", M.createTrainingSession, sessionInput(other, "Session seule", "TP Seul"))).createTrainingSession.id;
    expect(await s.refused("OF", M.draftConvention, { id: lonely }, "MISSING_SIGNATORIES")).toBe("Signataires obligatoires absents de l'équipe projet : Mission Locale, France Travail, Entreprise.");
  });

  it("keeps the pairing within the job's positions and to admitted trainees", async () => {
    const job = (await s.ok("Company", M.submitHiringIntention, { input: { ...intention(session).input, jobTitle: "Régleur" } })).submitHiringIntention.id;
    const propose = async (firstName: string) => (await s.ok("ML", M.proposeCandidate, { input: { trainingSessionId: session, hiringIntentionId: job, candidate: { firstName, lastName: "Petit" } } })).proposeCandidate.id;
    const first = await propose("Ana");
    expect(await s.refused("OF", M.pairTrainee, { input: { candidacyId: first, hiringIntentionId: job } }, "NOT_A_TRAINEE")).toMatch(/admis en formation/);
    expect(await s.refused("OF", M.moveCandidacy, { input: { candidacyId: first, to: "ADMITTED" } }, "TRANSITION_NOT_ALLOWED")).toBe("Une candidature « proposé » ne peut pas passer à « admis en formation ».");
    const second = await propose("Ben");
    for (const id of [first, second]) for (const to of ["SELECTION", "ADMITTED"]) await s.ok("OF", M.moveCandidacy, { input: { candidacyId: id, to } });
    await s.ok("OF", M.pairTrainee, { input: { candidacyId: first, hiringIntentionId: job } });
    expect(await s.refused("OF", M.pairTrainee, { input: { candidacyId: second, hiringIntentionId: job } }, "POSITIONS_FILLED")).toBe("Les 1 poste(s) de « Régleur » sont déjà pourvus par des appariements.");
    expect(await s.refused("OtherOF", M.pairTrainee, { input: { candidacyId: second, hiringIntentionId: job } })).toMatch(/./);
  });
});
