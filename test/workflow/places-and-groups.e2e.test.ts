import type { SettableClock } from "../../server/src/clock";
import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { admitTrainees, CALENDAR, hiringIntention, M, on, openStage, Scenario, type Stage, type Trainees } from "./harness";

const K = OrganisationKind;

/**
 * Places and groups in DEFI: each admitted trainee holds a funded or an extra place, never more
 * than the session has; trainees on funded places count toward the threshold whatever their job,
 * those on extra places only with a durable job; a constituted group that falls below its
 * minimum is no longer constituted until the training organisation constitutes it again.
 */
describe("places, qualification and the group's minimum (DEFI)", () => {
  let stage: Stage;
  let s: Scenario;
  let clock: SettableClock;
  let op: string;
  let session: string;
  const jobs: Record<string, string> = {};
  const pairings: Record<string, string> = {};
  let t: Trainees;

  beforeAll(async () => {
    stage = await openStage({
      OF: { organisation: "OF Châteauroux", kind: K.TRAINING_ORGANISATION },
      OtherOF: { organisation: "OF Issoudun", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Châteauroux", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Châteauroux", kind: K.FRANCE_TRAVAIL },
      CompanyA: { organisation: "Plasturgie A", kind: K.COMPANY },
      CompanyB: { organisation: "Conserverie B", kind: K.COMPANY },
      RTF: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
    }, ["OF", "ML", "CompanyA", "RTF"], Territory.CENTRE_VAL_DE_LOIRE);
    ({ clock, s } = stage);
    op = (await s.ok("OF", M.createOperation, { input: { programmeCode: "DEFI", title: "DEFI Châteauroux", department: "36", procurementRoute: "PRF_MARKET" } })).createOperation.id;
    for (const partner of ["ML", "FT", "CompanyA", "CompanyB", "OtherOF"]) await s.ok("OF", M.addTeamMember, { input: { operationId: op, organisationId: s.org(partner) } });
    session = (await s.ok("OF", M.createTrainingSession, { input: { operationId: op, title: "Agent de fabrication", startDate: CALENDAR.sessionStart, endDate: CALENDAR.sessionEnd, hoursInCentre: 400, fundedPlaces: 6, extraPlaces: 1, certificationTitle: "CQP Agent de fabrication", location: "Châteauroux" } })).createTrainingSession.id;
    jobs.A = (await s.ok("CompanyA", M.submitHiringIntention, hiringIntention(op, session, "Agent de fabrication", "CDI", 6))).submitHiringIntention.id;
    jobs.seasonal = (await s.ok("CompanyB", M.submitHiringIntention, hiringIntention(op, session, "Saisonnier conserverie", "CDD", 2, 3))).submitHiringIntention.id;
    jobs.B = (await s.ok("CompanyB", M.submitHiringIntention, hiringIntention(op, session, "Conducteur de ligne", "CDI", 2))).submitHiringIntention.id;
    t = await admitTrainees(s, { of: "OF", adviser: "ML", session, names: ["T1", "T2", "T3", "T4", "T5", "T6"] });
    Object.assign(t, await admitTrainees(s, { of: "OF", adviser: "FT", session, names: ["T7"], place: "EXTRA" }));
  });
  afterAll(() => stage.close());

  const pair = async (name: string, job: string, events = ["TRAINEE_PAIRED"]) =>
    (pairings[name] = (await s.step<{ pairTrainee: { id: string } }>({ by: "OF", refused: [], query: M.pairTrainee, events, variables: { input: { candidacyId: t[name], hiringIntentionId: jobs[job] } } })).pairTrainee.id);
  const qualification = async () =>
    (await s.ok<{ trainingSession: { qualification: { qualified: boolean; required: number; counted: number; missing: number } } }>("RTF", `query($id: ID!) { trainingSession(id: $id) { qualification { qualified required counted missing } } }`, { id: session })).trainingSession.qualification;
  const group = async () =>
    (await s.ok<{ trainingSession: { groupConstitutedAt: string | null; groupBelowMinimumAt: string | null } }>("OF", `query($id: ID!) { trainingSession(id: $id) { groupConstitutedAt groupBelowMinimumAt } }`, { id: session })).trainingSession;

  it("counts trainees on funded places whatever their job, and on extra places only with a durable job", async () => {
    for (const name of ["T1", "T2", "T3", "T4"]) await pair(name, "A");
    await pair("T5", "seasonal");
    expect(await qualification()).toEqual({ qualified: false, required: 6, counted: 5, missing: 1 });
    expect(await s.refused("OF", M.pairTrainee, { input: { candidacyId: t["T7"], hiringIntentionId: jobs.seasonal } }, "DURABLE_JOB_REQUIRED")).toMatch(/^Place complémentaire/);
    await pair("T6", "B");
    expect(await qualification()).toEqual({ qualified: true, required: 6, counted: 6, missing: 0 });
    await s.step({ by: "OF", refused: ["ML", "CompanyA", "RTF", "OtherOF"], query: M.constituteGroup, events: ["GROUP_CONSTITUTED"], variables: { id: session } });
  });

  it("unconstitutes a group whose pairing ends below the threshold, tells the OF and the Region with a task, until it is constituted again", async () => {
    clock.set(on("2026-12-01"));
    await s.step({ by: "OF", refused: ["ML", "CompanyA", "RTF", "OtherOF"], query: M.endPairing, events: ["PAIRING_ENDED", "GROUP_BELOW_MINIMUM"], variables: { input: { pairingId: pairings["T6"], reason: "Le stagiaire change de projet professionnel" } } });
    expect(await s.lastPayload("GROUP_BELOW_MINIMUM", op)).toMatchObject({ trainingSessionId: session, missing: 1, explanation: "Session non qualifiée DEFI : 5 stagiaires appariés sur 6 requis pour 6 places financées" });
    expect(await group()).toEqual({ groupConstitutedAt: null, groupBelowMinimumAt: on("2026-12-01") });
    for (const who of ["OF", "RTF"]) expect(await s.tasks(who)).toContain("GROUP_BELOW_MINIMUM");
    for (const who of ["OtherOF", "ML", "CompanyA"]) expect(await s.tasks(who)).not.toContain("GROUP_BELOW_MINIMUM");
    const notified = await s.ok<{ notifications: { nodes: { event: { type: string } }[] } }>("RTF", `{ notifications(first: 50) { nodes { event { type } } } }`);
    expect(notified.notifications.nodes.map((n) => n.event.type)).toContain("GROUP_BELOW_MINIMUM");
    expect(await s.refused("OF", M.constituteGroup, { id: session }, "SESSION_NOT_QUALIFIED")).toBe("Session non qualifiée DEFI : 5 stagiaires appariés sur 6 requis pour 6 places financées");

    // the extra-place trainee with a durable job makes the sixth; pairing alone does not constitute the group again
    await pair("T7", "B");
    expect((await group()).groupConstitutedAt).toBeNull();
    const again = await s.step<{ constituteGroup: { groupConstitutedAt: string; groupBelowMinimumAt: string | null } }>({ by: "OF", refused: [], query: M.constituteGroup, events: ["GROUP_CONSTITUTED"], variables: { id: session } });
    expect(again.constituteGroup).toMatchObject({ groupConstitutedAt: on("2026-12-01"), groupBelowMinimumAt: null });
    for (const who of ["OF", "RTF"]) expect(await s.tasks(who)).not.toContain("GROUP_BELOW_MINIMUM");
    expect(await s.refused("OF", M.constituteGroup, { id: session }, "GROUP_ALREADY_CONSTITUTED")).toMatch(/déjà constitué/);
  });

  it("ends the pairings of a withdrawn hiring intention, and re-checks the group", async () => {
    clock.set(on("2026-12-08"));
    await s.step({ by: "CompanyB", alsoAllowed: ["OF"], refused: ["ML", "CompanyA", "RTF", "OtherOF"], query: M.withdrawHiringIntention, events: ["HIRING_INTENTION_WITHDRAWN", "GROUP_BELOW_MINIMUM"], variables: { input: { id: jobs.seasonal, reason: "Saison annulée" } } });
    expect(await s.lastPayload("HIRING_INTENTION_WITHDRAWN", op)).toMatchObject({ pairingsEnded: 1, toldTheTrainingOrganisation: false });
    const ended = await s.ok<{ pairing: { endedAt: string; endReason: string } }>("OF", `query($id: ID!) { pairing(id: $id) { endedAt endReason } }`, { id: pairings["T5"] });
    expect(ended.pairing).toEqual({ endedAt: on("2026-12-08"), endReason: "Retrait de l'entreprise : Saison annulée" });
    await s.step({ by: "OF", refused: ["OtherOF"], query: M.recordWithdrawalSolution, events: ["WITHDRAWAL_SOLUTION_RECORDED"], variables: { input: { hiringIntentionId: jobs.seasonal, solution: "T5 poursuit sur l'emploi de cariste chez Plasturgie A." } } });
    await pair("T5", "A");
    await s.step({ by: "OF", refused: [], query: M.constituteGroup, events: ["GROUP_CONSTITUTED"], variables: { id: session } });
  });

  it("re-checks the group when its funded places change, and never lets places drop under the trainees admitted", async () => {
    clock.set(on("2026-12-15"));
    expect(await s.refused("OF", M.updateTrainingSession, { id: session, input: { fundedPlaces: 5 } }, "BAD_USER_INPUT")).toBe("fundedPlaces : 6 stagiaires occupent déjà une place financée");
    expect(await s.refused("OF", M.updateTrainingSession, { id: session, input: { extraPlaces: 0 } }, "BAD_USER_INPUT")).toBe("extraPlaces : 1 stagiaires occupent déjà une place complémentaire");
    // 10 funded places need 7 trainees engaged
    await s.step({ by: "OF", refused: ["ML", "CompanyA", "RTF", "OtherOF"], query: M.updateTrainingSession, events: ["TRAINING_SESSION_UPDATED", "GROUP_BELOW_MINIMUM"], variables: { id: session, input: { fundedPlaces: 10 } } });
    expect(await qualification()).toEqual({ qualified: false, required: 7, counted: 6, missing: 1 });
    await pair("T6", "A");
    await s.step({ by: "OF", refused: [], query: M.constituteGroup, events: ["GROUP_CONSTITUTED"], variables: { id: session } });
  });

  it("admits trainees within the session's places; a trainee leaving frees a place", async () => {
    const small = (await s.ok("OF", M.createTrainingSession, { input: { operationId: op, title: "Petite session", startDate: CALENDAR.sessionStart, endDate: CALENDAR.sessionEnd, hoursInCentre: 100, fundedPlaces: 1, certificationTitle: "CACES R489", certificationLevel: "SPECIFIC_REGISTER", location: "Châteauroux" } })).createTrainingSession.id;
    const u = await admitTrainees(s, { of: "OF", adviser: "ML", session: small, names: ["U1"] });
    const propose = async (name: string) => {
      const id = (await s.ok("ML", M.proposeCandidate, { input: { trainingSessionId: small, candidate: { firstName: name, lastName: "Test" } } })).proposeCandidate.id as string;
      await s.ok("OF", M.moveCandidacy, { input: { candidacyId: id, to: "SELECTION" } });
      return id;
    };
    const u2 = await propose("U2");
    expect(await s.refused("OF", M.moveCandidacy, { input: { candidacyId: u2, to: "ADMITTED", place: "EXTRA" } }, "NO_PLACE_LEFT")).toBe("Session complète : 1 place(s) financée(s) et 0 place(s) complémentaire(s) sont toutes occupées.");
    await s.step({ by: "OF", refused: [], query: M.moveCandidacy, events: ["CANDIDACY_LEFT"], variables: { input: { candidacyId: u["U1"], to: "LEFT", reason: "Abandon", exitSolution: "Orienté vers un autre parcours" } } });
    expect(await s.refused("OF", M.moveCandidacy, { input: { candidacyId: u2, to: "ADMITTED", place: "EXTRA" } }, "NO_PLACE_LEFT")).toBe("Aucune place complémentaire (hors financement Région) n'est prévue ou libre dans cette session.");
    const admitted = await s.step<{ moveCandidacy: { place: string } }>({ by: "OF", refused: [], query: M.moveCandidacy, events: ["CANDIDACY_ADMITTED", "FOLLOW_UPS_PLANNED"], variables: { input: { candidacyId: u2, to: "ADMITTED" } } });
    expect(admitted.moveCandidacy.place).toBe("FUNDED");
  });

  it("names a path referent for each admitted trainee, and records a change", async () => {
    const proposed = (await s.ok("ML", M.proposeCandidate, { input: { trainingSessionId: session, candidate: { firstName: "Victor", lastName: "Proposé" } } })).proposeCandidate.id;
    expect(await s.refused("OF", M.setPathReferent, { input: { candidacyId: proposed, pathReferent: "Jeanne Roux" } }, "NOT_A_TRAINEE")).toBe("Un référent de parcours se désigne pour un stagiaire admis en formation.");
    expect(await s.refused("OtherOF", M.setPathReferent, { input: { candidacyId: t["T1"], pathReferent: "Jeanne Roux" } })).toMatch(/./);
    await s.step({ by: "OF", refused: ["ML", "CompanyA", "RTF", "OtherOF"], query: M.setPathReferent, events: ["PATH_REFERENT_SET"], variables: { input: { candidacyId: t["T1"], pathReferent: "Jeanne Roux" } } });
    expect(await s.refused("OF", M.setPathReferent, { input: { candidacyId: t["T1"], pathReferent: "Jeanne Roux" } }, "NOTHING_TO_CHANGE")).toMatch(/déjà le référent de parcours/);
    await s.step({ by: "OF", refused: [], query: M.setPathReferent, events: ["PATH_REFERENT_SET"], variables: { input: { candidacyId: t["T1"], pathReferent: "Paul Blanc" } } });
    expect(await s.lastPayload("PATH_REFERENT_SET", op)).toMatchObject({ candidacyId: t["T1"], pathReferent: "Paul Blanc", previous: "Jeanne Roux" });
    const seen = await s.ok<{ candidacy: { pathReferent: string } }>("ML", `query($id: ID!) { candidacy(id: $id) { pathReferent } }`, { id: t["T1"] });
    expect(seen.candidacy.pathReferent).toBe("Paul Blanc");
  });
});
