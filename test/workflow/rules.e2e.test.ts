import fs from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import type { SettableClock } from "../../server/src/clock";
import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { admitTrainees, CALENDAR, hiringIntention, M, on, openStage, Scenario, type Stage } from "./harness";

const K = OrganisationKind;

/** Rules the whole-operation scenarios do not reach: each refused with its code, nothing changed. */
describe("workflow rules at the edges", () => {
  let stage: Stage;
  let s: Scenario;
  let op: string;
  let session: string;

  const sessionInput = (operationId: string, title: string, certificationTitle: string) => ({ input: {
    operationId, title, startDate: CALENDAR.sessionStart, endDate: CALENDAR.sessionEnd, hoursInCentre: 400, fundedPlaces: 6, certificationTitle, location: "Tours",
  } });
  const intention = (trainingSessionId: string, operationId = op) => ({ input: {
    operationId, trainingSessionId, jobTitle: "Agent de production", contractType: "CDI", positions: 1,
    evidenceText: "Nous embaucherons un agent de production après la formation.", committedSteps: [],
  } });

  beforeAll(async () => {
    stage = await openStage({
      OF: { organisation: "OF Tours", kind: K.TRAINING_ORGANISATION },
      OtherOF: { organisation: "OF Blois", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Tours", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Tours", kind: K.FRANCE_TRAVAIL },
      Company: { organisation: "Usine de Tours", kind: K.COMPANY },
      RTF: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
    }, ["OF", "ML", "Company", "RTF"], Territory.CENTRE_VAL_DE_LOIRE, on("2027-07-01")); // the day after the session's end
    ({ s } = stage);
    op = (await s.ok("OF", M.createOperation, { input: { programmeCode: "DEFI", title: "DEFI Production Tours", department: "37", procurementRoute: "FREF_CALL_FOR_TENDERS" } })).createOperation.id;
    for (const partner of ["ML", "FT", "Company", "OtherOF"]) await s.ok("OF", M.addTeamMember, { input: { operationId: op, organisationId: s.org(partner) } });
    session = (await s.ok("OF", M.createTrainingSession, sessionInput(op, "Agent de production", "CQP Agent de production"))).createTrainingSession.id;
  });
  afterAll(() => stage.close());

  it("names the field and the rule on bad input, and changes nothing", async () => {
    const res = await s.call("Company", M.submitHiringIntention, { input: { ...intention(session).input, contractType: "CDD", positions: 0 } });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/positions : au moins 1 poste/);
    expect(await s.refused("Company", M.submitHiringIntention, { input: { ...intention(session).input, contractType: "CDD" } }, "BAD_USER_INPUT")).toBe("contractDurationMonths : durée du contrat en mois obligatoire hors CDI");
    expect(await s.refused("OF", M.createTrainingSession, { input: { ...sessionInput(op, "Session à l'envers", "TP Envers").input, startDate: "2027-07-10", endDate: "2027-07-06" } }, "BAD_USER_INPUT")).toBe("endDate : la fin de session doit suivre son début");
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

/** Each programme's process and rules are data, read through the API. */
describe("each programme its own process, as data", () => {
  let stage: Stage;
  let s: Scenario;

  beforeAll(async () => {
    stage = await openStage({
      OF: { organisation: "OF Chartres", kind: K.TRAINING_ORGANISATION },
      RTF: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
    }, [], Territory.CENTRE_VAL_DE_LOIRE);
    ({ s } = stage);
  });
  afterAll(() => stage.close());

  it("states what each programme has: EOS, a partnership convention, its reviews and meetings, derogations for short contracts", async () => {
    const { programmes } = await s.ok<{ programmes: { nodes: { code: string; rules: Record<string, unknown> }[] } }>("RTF", `{ programmes { nodes { code rules {
      usesEos hasPartnershipConvention reviewKinds meetingKinds shortContractsNeedDerogation usesPurchaseOrders paysCompletionBonus followUpMonths minimumGroupSize durableContractMinimumMonths excludesSiaeEmployers
    } } } }`);
    const rules = Object.fromEntries(programmes.nodes.map((p) => [p.code, p.rules]));
    expect(rules.DEFI).toEqual({
      usesEos: true, hasPartnershipConvention: true, reviewKinds: ["FINAL"], meetingKinds: ["PREPARATORY_MEETING", "INFORMATION_SESSION", "STEERING_COMMITTEE"],
      shortContractsNeedDerogation: false, usesPurchaseOrders: false, paysCompletionBonus: true, followUpMonths: [3, 6], minimumGroupSize: null, durableContractMinimumMonths: 6, excludesSiaeEmployers: false,
    });
    expect(rules.UN_EMPLOI_UNE_FORMATION).toEqual({
      usesEos: false, hasPartnershipConvention: false, reviewKinds: ["INTERMEDIATE", "FINAL"], meetingKinds: ["INFORMATION_SESSION"],
      shortContractsNeedDerogation: true, usesPurchaseOrders: true, paysCompletionBonus: false, followUpMonths: [3, 6], minimumGroupSize: 5, durableContractMinimumMonths: 6, excludesSiaeEmployers: true,
    });
  });

  it("gives each step of an operation its number, label, end condition, status and actors, in the programme's order", async () => {
    const op = (await s.ok("OF", M.createOperation, { input: { programmeCode: "DEFI", title: "DEFI Chartres", department: "28", procurementRoute: "SUBSEQUENT_MARKET" } })).createOperation.id;
    const { operation } = await s.ok<{ operation: { steps: { number: number; code: string; label: string; endsWhen: string; status: string; actors: string[] }[] } }>("RTF", `query($op: ID!) { operation(id: $op) { steps { number code label endsWhen status actors } } }`, { op });
    expect(operation.steps.map((x) => x.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const step of operation.steps) {
      expect(step.label.length).toBeGreaterThan(3);
      expect(step.endsWhen.length).toBeGreaterThan(10);
    }
    const byCode = Object.fromEntries(operation.steps.map((x) => [x.code, x]));
    // a subsequent market is a call for tenders: done when the operation exists; nothing else yet
    expect(byCode.CALL_FOR_TENDERS.status).toBe("DONE");
    expect(operation.steps.slice(1).map((x) => x.status)).toEqual(Array(9).fill("TODO"));
    expect(byCode.SIGNATURE).toMatchObject({ label: "Organisation de la signature", actors: expect.arrayContaining(["Organisme de formation", "Mission Locale", "France Travail", "Entreprise", "Région"]) });
    expect(byCode.CLOSURE.actors).toEqual(expect.arrayContaining(["Région", "Organisme de formation"]));
  });
});

describe("the scenarios' mutation documents", () => {
  it("are valid against the current schema", () => {
    const schema = buildSchema(fs.readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8"));
    const invalid = Object.entries(M).flatMap(([name, document]) => validate(schema, parse(document)).map((e) => `${name}: ${e.message}`));
    expect(invalid).toEqual([]);
  });
});

/** DOMAIN.md: below the threshold the session is not DEFI and no bonus is paid; it still closes. */
describe("a DEFI session below its threshold", () => {
  let stage: Stage;
  let s: Scenario;
  let clock: SettableClock;

  beforeAll(async () => {
    stage = await openStage({
      OF: { organisation: "OF Vierzon", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Vierzon", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Vierzon", kind: K.FRANCE_TRAVAIL },
      Company: { organisation: "Fonderie de Vierzon", kind: K.COMPANY },
      RTF: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
      Elu: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.ELECTED_REPRESENTATIVE },
      Gestion: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.MANAGEMENT_UNIT },
    }, ["OF", "ML", "Company", "RTF"], Territory.CENTRE_VAL_DE_LOIRE);
    ({ clock, s } = stage);
  });
  afterAll(() => stage.close());

  it("gets no DEFI bonus, and closes without it", async () => {
    const op = (await s.ok("OF", M.createOperation, { input: { programmeCode: "DEFI", title: "DEFI Fonderie", department: "18", procurementRoute: "PRF_MARKET" } })).createOperation.id;
    for (const partner of ["ML", "FT", "Company"]) await s.ok("OF", M.addTeamMember, { input: { operationId: op, organisationId: s.org(partner) } });
    const session = (await s.ok("OF", M.createTrainingSession, { input: { operationId: op, title: "Fondeur", eosNumber: "EOS-2027-0999", startDate: CALENDAR.sessionStart, endDate: CALENDAR.sessionEnd, hoursInCentre: 400, fundedPlaces: 6, certificationTitle: "TP Fondeur", location: "Vierzon" } })).createTrainingSession.id;
    const job = (await s.ok("Company", M.submitHiringIntention, hiringIntention(op, session, "Fondeur", "CDI", 2))).submitHiringIntention.id;
    await admitTrainees(s, { of: "OF", adviser: "ML", session, job, names: ["Yves", "Zina"], pair: true });
    const convention = (await s.ok("OF", M.draftConvention, { id: session })).draftConvention.id;
    await s.ok("OF", M.updateConvention, { input: { conventionId: convention, plannedSignatureDate: "2027-01-29" } });
    clock.set(on("2027-01-29"));
    for (const signer of ["OF", "ML", "FT", "Company", "Elu"]) await s.ok(signer, M.signConvention, { id: convention });
    const review = (await s.ok("OF", M.scheduleReview, { input: { trainingSessionId: session, scheduledAt: on(CALENDAR.sessionEnd) } })).scheduleReview.id;
    clock.set(on(CALENDAR.sessionEnd, "15:00"));
    await s.ok("OF", M.recordReview, { input: { reviewId: review, qualitativeNotes: "Groupe réduit.", strengths: "Atelier", areasToImprove: "Recrutement" } });
    clock.set(on("2027-07-01"));
    await s.ok("RTF", M.issueConformityAttestation, { id: session });
    expect(await s.refused("OF", M.requestDefiBonus, { id: session }, "SESSION_NOT_QUALIFIED")).toBe("Session non qualifiée DEFI : 2 stagiaires appariés sur 6 requis pour 6 places financées : pas de prime DEFI.");
    await s.step({ by: "OF", query: M.closeSession, events: ["SESSION_CLOSED", "OPERATION_CLOSED"], variables: { id: session } });
    expect(await s.refused("Gestion", M.acknowledgeDefiBonus, { id: session }, "BONUS_NOT_REQUESTED")).toMatch(/n'a pas encore demandé la prime DEFI/);
    expect(await s.refused("OF", M.requestDefiBonus, { id: session }, "SESSION_CLOSED")).toBe("Session clôturée : on ne peut plus demander la prime DEFI.");
  });
});
