import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { inDays, M, Scenario, TODAY } from "./harness";

const K = OrganisationKind;

/**
 * A whole DEFI operation in Centre-Val de Loire, from the training organisation's creation of the
 * operation to the session's closure, each step done by the partner the process sheet names.
 */
describe("a whole DEFI operation, through the API", () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db);
    s = new Scenario(api, db, {
      OF: { organisation: "Formation Loiret", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Orléans", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Orléans", kind: K.FRANCE_TRAVAIL },
      CompanyA: { organisation: "Entrepôt A", kind: K.COMPANY },
      CompanyB: { organisation: "Transports B", kind: K.COMPANY },
      CompanyC: { organisation: "Distribution C", kind: K.COMPANY },
      RTF: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
      Gestion: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.MANAGEMENT_UNIT },
      Outsider: { organisation: "Autre organisme", kind: K.TRAINING_ORGANISATION },
    }, ["OF", "ML", "FT", "CompanyA", "RTF"], Territory.CENTRE_VAL_DE_LOIRE);
    await s.setUp();
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const start = inDays(30);
  const end = inDays(150);
  const candidacies: Record<string, string> = {};

  it("plays every step, refusing every partner that may not take it, and the journal tells the story in order", async () => {
    // 1-2. the training organisation creates the operation (PRF market) and builds the project team
    const op = (await s.step<{ createOperation: { id: string } }>({
      by: "OF", alsoAllowed: ["RTF"], query: M.createOperation, events: ["OPERATION_CREATED"],
      variables: { input: { programmeCode: "DEFI", title: "DEFI Logistique Orléans", department: "45", procurementRoute: "PRF_MARKET" } },
    })).createOperation.id;
    for (const partner of ["ML", "FT", "CompanyA", "CompanyB", "CompanyC"]) {
      await s.step({
        by: "OF", alsoAllowed: ["RTF"], refused: partner === "ML" ? ["ML", "FT", "CompanyA"] : [], query: M.addTeamMember, events: ["TEAM_MEMBER_ADDED"],
        variables: { input: { operationId: op, organisationId: s.org(partner) } },
      });
    }

    // 4. administrative entry of the session (EOS), then its EOS number
    const session = (await s.step<{ createTrainingSession: { id: string } }>({
      by: "OF", query: M.createTrainingSession, events: ["TRAINING_SESSION_CREATED"],
      variables: { input: { operationId: op, title: "Agent magasinier", startDate: start, endDate: end, hoursInCentre: 560, hoursInCompany: 210, fundedPlaces: 10, extraPlaces: 0, defiFlag: true, certificationTitle: "TP Agent magasinier", certificationLevel: "FULL", location: "Orléans" } },
    })).createTrainingSession.id;
    await s.step({ by: "OF", query: M.updateTrainingSession, events: ["TRAINING_SESSION_UPDATED"], variables: { id: session, input: { eosNumber: "EOS-2027-0142" } } });

    // companies submit their written hiring intentions
    const intention = async (by: string, jobTitle: string, contractType: string, months: number | null, positions: number, refused?: string[]) =>
      (await s.step<{ submitHiringIntention: { id: string } }>({
        by, refused: refused ?? [], query: M.submitHiringIntention, events: ["HIRING_INTENTION_SUBMITTED"],
        variables: { input: {
          operationId: op, trainingSessionId: session, jobTitle, contractType, contractDurationMonths: months, positions,
          evidenceText: `Bonjour, nous nous engageons à embaucher ${positions} ${jobTitle} à l'issue de la formation.`,
          evidenceFile: { fileName: "engagement.txt", mediaType: "text/plain", contentBase64: Buffer.from("Lettre d'engagement").toString("base64") },
          committedSteps: ["INFORMATION_SESSIONS", "SELECTION", "FINAL_REVIEW"],
        } },
      })).submitHiringIntention.id;
    const jobA = await intention("CompanyA", "Cariste", "CDI", null, 4, ["OF", "ML", "FT", "RTF"]);
    const jobB = await intention("CompanyB", "Préparateur de commandes", "CDD", 12, 3);
    const jobB2 = await intention("CompanyB", "Renfort saisonnier", "CDD", 3, 2);
    const jobC = await intention("CompanyC", "Magasinier", "CDI", null, 2);

    // a company sees its own intentions only
    const seenByB = await s.ok<{ hiringIntentions: { nodes: { jobTitle: string }[] } }>("CompanyB", `{ hiringIntentions { nodes { jobTitle } } }`);
    expect(seenByB.hiringIntentions.nodes.map((n) => n.jobTitle).sort()).toEqual(["Préparateur de commandes", "Renfort saisonnier"]);

    // company C withdraws: the Region is told, the training organisation records the solution, C leaves the team
    await s.step({ by: "CompanyC", query: M.withdrawHiringIntention, events: ["HIRING_INTENTION_WITHDRAWN"], variables: { input: { id: jobC, reason: "Perte d'un marché client" } } });
    await s.step({ by: "OF", query: M.recordWithdrawalSolution, events: ["WITHDRAWAL_SOLUTION_RECORDED"], variables: { input: { hiringIntentionId: jobC, solution: "Les deux places sont reportées sur Transports B (CDD 12 mois)." } } });
    await s.step({ by: "OF", alsoAllowed: ["RTF"], query: M.removeTeamMember, events: ["TEAM_MEMBER_REMOVED"], variables: { input: { operationId: op, organisationId: s.org("CompanyC"), reason: "Intention d'embauche retirée" } } });

    // 3, 5. advisers propose candidates; the recruitment path
    const people: [string, string, string | null][] = [
      ["Inès", "ML", jobA], ["Lucas", "ML", jobA], ["Manon", "ML", jobA], ["Yanis", "ML", jobB], ["Sarah", "ML", jobB], ["Théo", "ML", null],
      ["Nadia", "FT", jobA], ["Karim", "FT", jobB], ["Julie", "FT", jobB2], ["Hugo", "FT", jobA],
    ];
    for (const [i, [name, adviser, job]] of people.entries()) {
      candidacies[name] = (await s.step<{ proposeCandidate: { id: string } }>({
        by: adviser, alsoAllowed: ["ML", "FT"], refused: i === 0 ? ["OF", "CompanyA", "RTF"] : [], query: M.proposeCandidate, events: ["CANDIDATE_PROPOSED"],
        variables: { input: { trainingSessionId: session, hiringIntentionId: job, candidate: { firstName: name, lastName: "Durand", email: `${name.toLowerCase()}@exemple.fr`, phone: "06 12 34 56 78", privateNotes: "Suivi renforcé" } } },
      })).proposeCandidate.id;
    }
    const move = (name: string, to: string, by: string, first: boolean, extra: Record<string, unknown> = {}, alsoAllowed: string[] = []) =>
      s.step({ by, alsoAllowed, refused: first ? undefined : [], query: M.moveCandidacy, events: [`CANDIDACY_${to}`], variables: { input: { candidacyId: candidacies[name], to, ...extra } } });
    await move("Hugo", "DECLINED", "CompanyA", true, { reason: "Pas de permis cariste envisageable" }, ["OF"]);
    await move("Théo", "WITHDRAWN", "ML", true, { reason: "A trouvé un emploi" });
    await s.refused("FT", M.moveCandidacy, { input: { candidacyId: candidacies["Inès"], to: "WITHDRAWN", reason: "x x x" } });
    const trainees = people.map(([n]) => n).filter((n) => n !== "Hugo" && n !== "Théo");
    for (const [i, name] of trainees.entries()) {
      await move(name, "INFORMATION_SESSION", "OF", i === 0, {}, ["ML", "FT"]);
      await move(name, "SELECTION", "OF", i === 0, { selectionMethod: i % 2 ? "PMSMP" : "MRS" });
      await move(name, "ADMITTED", "OF", i === 0);
    }
    await s.step({ by: "FT", alsoAllowed: ["OF", "CompanyA"], refused: ["ML", "RTF"], query: M.validateProfile, events: ["PROFILE_VALIDATED"], variables: { id: candidacies["Nadia"] } });

    // immersions, with the training organisation's debrief
    const immersion = (await s.step<{ scheduleImmersion: { id: string } }>({
      by: "OF", query: M.scheduleImmersion, events: ["IMMERSION_SCHEDULED"],
      variables: { input: { candidacyId: candidacies["Inès"], companyId: s.org("CompanyA"), kind: "PMSMP", startDate: inDays(5), endDate: inDays(9) } },
    })).scheduleImmersion.id;
    await s.step({ by: "OF", query: M.debriefImmersion, events: ["IMMERSION_DEBRIEFED"], variables: { input: { immersionId: immersion, debrief: "Très bonne intégration dans l'équipe." } } });

    // 5. pairing and the DEFI threshold: 10 funded places need 7 trainees engaged with a company
    const pairings: Record<string, string> = {};
    const pair = async (name: string, job: string, first = false) =>
      (pairings[name] = (await s.step<{ pairTrainee: { id: string } }>({ by: "OF", refused: first ? undefined : [], query: M.pairTrainee, events: ["TRAINEE_PAIRED"], variables: { input: { candidacyId: candidacies[name], hiringIntentionId: job } } })).pairTrainee.id);
    await pair("Inès", jobA, true);
    for (const [name, job] of [["Lucas", jobA], ["Manon", jobA], ["Nadia", jobA], ["Yanis", jobB], ["Sarah", jobB]] as const) await pair(name, job);
    expect(await s.refused("OF", M.constituteGroup, { id: session }, "SESSION_NOT_QUALIFIED")).toBe("Session non qualifiée DEFI : 6 stagiaires appariés sur 7 requis pour 10 places financées");
    // a seasonal contract needs the Region's derogation
    await s.refused("OF", M.pairTrainee, { input: { candidacyId: candidacies["Julie"], hiringIntentionId: jobB2 } }, "DEROGATION_REQUIRED");
    await s.step({ by: "RTF", alsoAllowed: ["Gestion"], query: M.grantDerogation, events: ["DEROGATION_GRANTED"], variables: { input: { id: jobB2, reason: "Pic d'activité saisonnier, CDI envisagé ensuite" } } });
    await pair("Julie", jobB2);
    await pair("Karim", jobB);
    await s.refused("OF", M.pairTrainee, { input: { candidacyId: candidacies["Lucas"], hiringIntentionId: jobB } }, "ALREADY_PAIRED");
    const qualification = await s.ok<{ trainingSession: { qualification: Record<string, unknown> } }>("CompanyA", `query($id: ID!) { trainingSession(id: $id) { qualification { qualified rule required counted missing } } }`, { id: session });
    expect(qualification.trainingSession.qualification).toEqual({ qualified: true, rule: "THRESHOLD_TABLE", required: 7, counted: 8, missing: 0 });
    await s.step({ by: "OF", query: M.constituteGroup, events: ["GROUP_CONSTITUTED"], variables: { id: session } });

    // a pairing ends and is made again; a trainee leaves: recorded, never deleted
    await s.step({ by: "OF", query: M.endPairing, events: ["PAIRING_ENDED"], variables: { input: { pairingId: pairings["Sarah"], reason: "Changement d'entreprise d'accueil" } } });
    await pair("Sarah", jobB);
    await move("Karim", "LEFT", "OF", true, { reason: "Déménagement", exitSolution: "Orienté vers France Travail Tours" });

    // 7. signature organisation, counted back from the session start
    const convention = (await s.step<{ draftConvention: { id: string } }>({ by: "OF", refused: ["ML", "FT", "CompanyA", "RTF"], query: M.draftConvention, events: ["CONVENTION_DRAFTED"], variables: { id: session } })).draftConvention.id;
    await s.step({ by: "OF", query: M.updateConvention, events: ["CONVENTION_UPDATED"], variables: { input: { conventionId: convention, signatureDateOptions: [inDays(1), inDays(2)], signaturePlace: "Hôtel de Région, Orléans", plannedSignatureDate: inDays(1) } } });
    const stored = await s.ok<{ convention: { signatureDateOptions: string[]; plannedSignatureDate: string } }>("ML", `query($id: ID!) { convention(id: $id) { signatureDateOptions plannedSignatureDate } }`, { id: convention });
    expect(stored.convention).toEqual({ signatureDateOptions: [inDays(1), inDays(2)], plannedSignatureDate: inDays(1) });
    await s.step({ by: "OF", query: M.sendSignatureDateOptions, events: ["SIGNATURE_DATE_OPTIONS_SENT"], variables: { id: convention } });
    await s.step({ by: "OF", query: M.sendConventionDraft, events: ["CONVENTION_DRAFT_SENT"], variables: { id: convention } });
    await s.step({ by: "RTF", refused: ["OF", "ML", "FT", "CompanyA", "Gestion"], query: M.forwardToCabinet, events: ["CONVENTION_FORWARDED_TO_CABINET"], variables: { id: convention } });
    await s.step({ by: "RTF", refused: ["OF", "ML", "FT", "CompanyA", "Gestion"], query: M.recordOfficialInvitations, events: ["OFFICIAL_INVITATIONS_SENT"], variables: { id: convention } });
    await s.step({ by: "OF", query: M.sendSaveTheDate, events: ["SAVE_THE_DATE_SENT"], variables: { id: convention } });
    const planning = await s.ok<{ convention: { planning: { code: string; dueDate: string | null; late: boolean }[] } }>("RTF", `query($id: ID!) { convention(id: $id) { planning { code dueDate late } } }`, { id: convention });
    expect(planning.convention.planning.slice(0, 2)).toEqual([
      { code: "DATE_OPTIONS_TO_RTF", dueDate: inDays(2), late: false },
      { code: "DRAFT_TO_RTF", dueDate: inDays(10), late: false },
    ]);
    // before the session starts, only on the planned date
    await s.refused("OF", M.signConvention, { id: convention }, "SIGNATURE_NOT_OPEN");
    await s.step({ by: "OF", query: M.updateConvention, events: ["CONVENTION_UPDATED"], variables: { input: { conventionId: convention, plannedSignatureDate: TODAY } } });
    await s.step({ by: "OF", refused: ["Outsider"], query: M.signConvention, events: ["CONVENTION_SIGNED_BY_PARTNER"], variables: { id: convention } });
    // an edit after a signature resets the signatures, as a recorded event
    await s.step({ by: "OF", query: M.updateConvention, events: ["CONVENTION_UPDATED", "CONVENTION_SIGNATURES_RESET"], variables: { input: { conventionId: convention, body: "Convention de partenariat DEFI, version corrigée après relecture du RTF." } } });
    const signers = ["OF", "ML", "FT", "CompanyA", "CompanyB", "RTF"];
    for (const [i, signer] of signers.entries()) {
      const last = i === signers.length - 1;
      const signed = await s.step<{ signConvention: { status: string } }>({ by: signer, refused: i === 0 ? ["Outsider"] : [], query: M.signConvention, events: last ? ["CONVENTION_SIGNED_BY_PARTNER", "CONVENTION_SIGNED"] : ["CONVENTION_SIGNED_BY_PARTNER"], variables: { id: convention } });
      expect(signed.signConvention.status).toBe(last ? "SIGNED" : "SENT_TO_REGION");
    }
    await s.refused("CompanyA", M.signConvention, { id: convention }, "ALREADY_SIGNED");

    // 8. review with the whole project team; per-trainee outcomes
    const review = (await s.step<{ scheduleReview: { id: string } }>({ by: "OF", query: M.scheduleReview, events: ["REVIEW_SCHEDULED"], variables: { input: { trainingSessionId: session, scheduledAt: `${end}T09:00:00.000Z` } } })).scheduleReview.id;
    await s.refused("RTF", M.issueConformityAttestation, { id: session }, "REVIEW_REQUIRED");
    await s.step({ by: "OF", query: M.recordReview, events: ["REVIEW_RECORDED"], variables: { input: { reviewId: review, qualitativeNotes: "Groupe soudé, forte implication des entreprises.", strengths: "Immersions bien préparées", areasToImprove: "Anticiper le permis CACES" } } });
    const stayed = trainees.filter((n) => n !== "Karim");
    for (const [i, name] of stayed.entries()) {
      await s.step({ by: "OF", refused: i === 0 ? undefined : [], query: M.recordReviewOutcome, events: ["REVIEW_OUTCOME_RECORDED"], variables: { input: { reviewId: review, candidacyId: candidacies[name], certificationLevel: "FULL", certificationTitle: "TP Agent magasinier", contractType: "CDI", contractStartDate: inDays(151) } } });
    }
    await s.step({ by: "OF", refused: [], query: M.recordReviewOutcome, events: ["REVIEW_OUTCOME_CORRECTED"], variables: { input: { reviewId: review, candidacyId: candidacies["Julie"], certificationLevel: "SKILLS_BLOCK", certificationTitle: "Bloc 1 : réception", contractType: "CDD", contractStartDate: inDays(151) } } });

    // follow-up at 3 and 6 months after the end
    const followUps = (await s.step<{ planFollowUps: { id: string; dueDate: string; milestoneMonths: number }[] }>({ by: "OF", query: M.planFollowUps, events: ["FOLLOW_UPS_PLANNED"], variables: { id: session } })).planFollowUps;
    expect(followUps).toHaveLength(stayed.length * 2);
    await s.step({ by: "OF", query: M.reportFollowUp, events: ["FOLLOW_UP_REPORTED"], variables: { input: { followUpId: followUps[0].id, employmentStatus: "EMPLOYED_DURABLE", contractType: "CDI", employerName: "Entrepôt A" } } });

    // 9. closure: attestation by the RTF, DEFI bonus request, then the session (and the operation) closes
    await s.refused("OF", M.closeSession, { id: session }, "ATTESTATION_REQUIRED");
    await s.step({ by: "RTF", refused: ["OF", "ML", "FT", "CompanyA", "Gestion"], query: M.issueConformityAttestation, events: ["CONFORMITY_ATTESTATION_ISSUED"], variables: { id: session } });
    await s.refused("OF", M.closeSession, { id: session }, "BONUS_NOT_REQUESTED");
    await s.step({ by: "OF", query: M.requestDefiBonus, events: ["DEFI_BONUS_REQUESTED"], variables: { id: session } });
    await s.step({ by: "OF", query: M.closeSession, events: ["SESSION_CLOSED", "OPERATION_CLOSED"], variables: { id: session } });

    // a closed operation is read-only
    await s.refused("ML", M.proposeCandidate, { input: { trainingSessionId: session, candidate: { firstName: "Tard", lastName: "Venu" } } }, "OPERATION_CLOSED");
    await s.refused("OF", M.updateTrainingSession, { id: session, input: { location: "Tours" } }, "OPERATION_CLOSED");

    // the journal tells the whole story, in order, and the Region reads the same
    expect(await s.journal(op)).toEqual(s.story);
    const regionView = await s.ok<{ events: { nodes: { type: string }[] } }>("RTF", `query($op: ID!) { events(operationId: $op, first: 500) { nodes { type } } }`, { op });
    expect(regionView.events.nodes.map((e) => e.type)).toEqual(s.story);
    const steps = await s.ok<{ operation: { status: string; steps: { code: string; status: string }[] } }>("CompanyA", `query($op: ID!) { operation(id: $op) { status steps { code status } } }`, { op });
    expect(steps.operation.status).toBe("CLOSED");
    expect(steps.operation.steps.filter((x) => x.status !== "DONE").map((x) => `${x.code}:${x.status}`)).toEqual(["CALL_FOR_TENDERS:NOT_APPLICABLE", "SESSION_START:TODO"]);
  });
});
