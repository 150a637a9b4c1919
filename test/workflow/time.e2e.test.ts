import type { SettableClock } from "../../server/src/clock";
import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { admitTrainees, CALENDAR, hiringIntention, M, on, openStage, Scenario, type Stage, type Trainees } from "./harness";

const K = OrganisationKind;
const { sessionStart: START, sessionEnd: END } = CALENDAR;

/**
 * Time order (DOMAIN.md): a step cannot be recorded before it can happen. One DEFI session, the
 * clock moving forward from test to test; each refusal names the rule and the date, and changes
 * nothing.
 */
describe("every step in time order", () => {
  let stage: Stage;
  let s: Scenario;
  let clock: SettableClock;
  let op: string;
  let session: string;
  let convention: string;
  let review: string;
  let trainees: Trainees;

  beforeAll(async () => {
    stage = await openStage({
      OF: { organisation: "OF Bourges", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Bourges", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Bourges", kind: K.FRANCE_TRAVAIL },
      Company: { organisation: "Usine de Bourges", kind: K.COMPANY },
      Stranger: { organisation: "Entreprise hors équipe", kind: K.COMPANY },
      RTF: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
    }, ["OF", "ML", "Company", "RTF"], Territory.CENTRE_VAL_DE_LOIRE);
    ({ clock, s } = stage);
    op = (await s.ok("OF", M.createOperation, { input: { programmeCode: "DEFI", title: "DEFI Bourges", department: "18", procurementRoute: "PRF_MARKET" } })).createOperation.id;
    for (const partner of ["ML", "FT", "Company"]) await s.ok("OF", M.addTeamMember, { input: { operationId: op, organisationId: s.org(partner) } });
    session = (await s.ok("OF", M.createTrainingSession, { input: { operationId: op, title: "Opérateur de production", eosNumber: "EOS-2027-0018", startDate: START, endDate: END, hoursInCentre: 400, fundedPlaces: 6, certificationTitle: "CQP Opérateur", location: "Bourges" } })).createTrainingSession.id;
    const job = (await s.ok("Company", M.submitHiringIntention, hiringIntention(op, session, "Opérateur", "CDI", 6))).submitHiringIntention.id;
    trainees = await admitTrainees(s, { of: "OF", adviser: "ML", session, job, names: ["Anna", "Basile", "Chloé", "David", "Elsa", "Fabien"], pair: true });
    await s.ok("OF", M.constituteGroup, { id: session });
  });
  afterAll(() => stage.close());

  it("plans a meeting for a day to come, and records it once held, not before its day nor ahead of time", async () => {
    clock.set(on("2026-11-25"));
    const input = { operationId: op, trainingSessionId: session, kind: "INFORMATION_SESSION", scheduledAt: on("2026-12-01", "13:00"), place: "Usine de Bourges" };
    expect(await s.refused("OF", M.scheduleMeeting, { input: { ...input, scheduledAt: on("2026-11-24") } }, "BAD_USER_INPUT")).toBe("scheduledAt : une réunion se planifie à une date à venir");
    const meeting = (await s.step<{ scheduleMeeting: { id: string } }>({ by: "OF", query: M.scheduleMeeting, events: ["MEETING_SCHEDULED"], variables: { input } })).scheduleMeeting.id;
    const record = (heldAt: string, attendingOrganisationIds = [s.org("OF"), s.org("Company")]) => ({ input: { meetingId: meeting, heldAt, attendingOrganisationIds, attendingCandidacyIds: [trainees["Anna"]] } });
    clock.set(on("2026-12-02"));
    expect(await s.refused("OF", M.recordMeeting, record(on("2026-11-30")), "MEETING_NOT_HELD_YET")).toBe("La réunion d'information collective est prévue le mardi 1 décembre 2026 : à renseigner après sa tenue.");
    expect(await s.refused("OF", M.recordMeeting, record(on("2026-12-03")), "MEETING_NOT_HELD_YET")).toMatch(/à renseigner après sa tenue/);
    expect(await s.refused("OF", M.recordMeeting, record(on("2026-12-01", "15:00"), [s.org("OF"), s.org("Stranger")]), "BAD_USER_INPUT")).toBe("attendingOrganisationIds : seuls les partenaires de l'équipe projet peuvent être présents");
    await s.step({ by: "OF", refused: [], query: M.recordMeeting, events: ["MEETING_RECORDED"], variables: record(on("2026-12-01", "15:00")) });
    // a new record corrects the previous one, which the event keeps
    await s.step({ by: "OF", refused: [], query: M.recordMeeting, events: ["MEETING_RECORDED"], variables: record(on("2026-12-01", "15:00"), [s.org("OF"), s.org("Company"), s.org("ML")]) });
    expect((await s.lastPayload("MEETING_RECORDED", op)).previous).toEqual({ heldAt: on("2026-12-01", "15:00"), notes: null, organisations: 2 });
  });

  it("keeps signature dates within the session, never in the past, with valid times", async () => {
    convention = (await s.ok("OF", M.draftConvention, { id: session })).draftConvention.id;
    const options = (...list: { date: string; startTime: string; endTime?: string | null }[]) => ({ input: { conventionId: convention, signatureOptions: list } });
    expect(await s.refused("OF", M.updateConvention, options({ date: "2027-07-01", startTime: "10:00" }), "BAD_USER_INPUT")).toBe("signatureOptions : la convention se signe avant la fin de la session (mercredi 30 juin 2027)");
    expect(await s.refused("OF", M.updateConvention, options({ date: "2026-12-01", startTime: "10:00" }), "BAD_USER_INPUT")).toBe("signatureOptions : date passée (mardi 1 décembre 2026)");
    expect(await s.refused("OF", M.updateConvention, options({ date: "2027-01-28", startTime: "9h30" }), "BAD_USER_INPUT")).toBe("signatureOptions : heure de début invalide (« 9h30 », format HH:MM)");
    expect(await s.refused("OF", M.updateConvention, options({ date: "2027-01-28", startTime: "10:00", endTime: "09:00" }), "BAD_USER_INPUT")).toBe("signatureOptions : l'heure de fin (HH:MM) doit suivre l'heure de début");
    // the last day of the session is still a possible signature day
    await s.step({ by: "OF", refused: [], query: M.updateConvention, events: ["CONVENTION_UPDATED"], variables: options({ date: "2027-01-28", startTime: "10:00", endTime: "11:30" }, { date: END, startTime: "16:00" }) });
    const stored = await s.ok<{ convention: { signatureOptions: unknown[]; plannedSignatureDate: string | null } }>("ML", `query($id: ID!) { convention(id: $id) { signatureOptions { date startTime endTime } plannedSignatureDate } }`, { id: convention });
    expect(stored.convention).toEqual({ signatureOptions: [{ date: "2027-01-28", startTime: "10:00", endTime: "11:30" }, { date: END, startTime: "16:00", endTime: null }], plannedSignatureDate: null });
  });

  it("opens the signature while the session runs, and before its start only on a planned day", async () => {
    clock.set(on("2027-01-28"));
    expect(await s.refused("OF", M.signConvention, { id: convention }, "SIGNATURE_NOT_OPEN")).toBe("La session n'a pas démarré (lundi 1 février 2027) et aucune date de signature n'est arrêtée.");
    // any day of the session, planned or not
    clock.set(on("2027-03-10"));
    await s.step({ by: "OF", refused: [], query: M.signConvention, events: ["CONVENTION_SIGNED_BY_PARTNER"], variables: { id: convention } });
    // the others let the session end without signing
    clock.set(on("2027-07-01"));
    expect(await s.refused("ML", M.signConvention, { id: convention }, "SIGNATURE_AFTER_END")).toBe("La convention se signe avant la fin de la session (mercredi 30 juin 2027).");
  });

  it("holds the final review from the session's last day, and records it once held", async () => {
    clock.set(on("2027-05-03"));
    expect(await s.refused("OF", M.scheduleReview, { input: { trainingSessionId: session, scheduledAt: on("2027-06-29") } }, "BAD_USER_INPUT")).toMatch(/^scheduledAt : le bilan final se tient à partir du dernier jour/);
    review = (await s.step<{ scheduleReview: { id: string } }>({ by: "OF", query: M.scheduleReview, events: ["REVIEW_SCHEDULED"], variables: { input: { trainingSessionId: session, scheduledAt: on(END, "08:00") } } })).scheduleReview.id;
    const input = (heldAt?: string) => ({ input: { reviewId: review, heldAt, qualitativeNotes: "Bonne dynamique.", strengths: "Encadrement", areasToImprove: "Sécurité" } });
    const outcome = { input: { reviewId: review, candidacyId: trainees["Anna"], certificationLevel: "FULL", contractType: "CDI", contractStartDate: "2027-07-05", employerId: s.org("Company") } };
    clock.set(on(END, "10:00"));
    expect(await s.refused("OF", M.recordReviewOutcome, outcome, "REVIEW_REQUIRED")).toBe("Renseigner le résultat d'un stagiaire au bilan : le bilan final de la session doit d'abord être tenu et renseigné.");
    expect(await s.refused("OF", M.recordReview, input(on(END, "15:00")), "BAD_USER_INPUT")).toBe("heldAt : un bilan se renseigne une fois tenu, pas à l'avance");
    expect(await s.refused("OF", M.recordReview, input(on("2027-06-29", "15:00")), "BAD_USER_INPUT")).toBe("heldAt : le bilan final se tient à partir du dernier jour de la session (mercredi 30 juin 2027)");
    expect(await s.refused("RTF", M.issueConformityAttestation, { id: session }, "SESSION_NOT_ENDED")).toMatch(/dernier jour : mercredi 30 juin 2027/);
    clock.set(on("2027-07-01"));
    expect(await s.refused("RTF", M.issueConformityAttestation, { id: session }, "REVIEW_REQUIRED")).toBe("Délivrer l'attestation de conformité : le bilan final de la session doit d'abord être tenu et renseigné.");
    await s.step({ by: "OF", query: M.recordReview, events: ["REVIEW_RECORDED"], variables: input(on(END, "08:00")) });
    await s.step({ by: "OF", query: M.recordReviewOutcome, events: ["REVIEW_OUTCOME_RECORDED"], variables: outcome });
  });

  it("issues no attestation, and closes nothing, while the convention is not signed by all", async () => {
    expect(await s.refused("RTF", M.issueConformityAttestation, { id: session }, "CONVENTION_NOT_SIGNED")).toBe("Délivrer l'attestation de conformité : la convention de partenariat doit d'abord être signée par tous les signataires.");
    expect(await s.refused("OF", M.closeSession, { id: session }, "CONVENTION_NOT_SIGNED")).toMatch(/^Clôturer la session : la convention de partenariat/);
    expect(await s.refused("OF", M.requestDefiBonus, { id: session }, "ATTESTATION_REQUIRED")).toMatch(/attestation de conformité/);
  });

  it("takes follow-up reports from their due date, corrections included, and moves the unreported ones with the session's end", async () => {
    const followUpsOf = async () => (await s.ok<{ followUps: { nodes: { id: string; milestoneMonths: number; dueDate: string; reportedAt: string | null; candidacy: { id: string } }[] } }>("OF", `{ followUps(first: 100) { nodes { id milestoneMonths dueDate reportedAt candidacy { id } } } }`)).followUps.nodes;
    const anna = (await followUpsOf()).filter((f) => f.candidacy.id === trainees["Anna"]);
    const anna3 = anna.find((f) => f.milestoneMonths === 3)!;
    const anna6 = anna.find((f) => f.milestoneMonths === 6)!;
    const report = (id: string, employmentStatus = "EMPLOYED_DURABLE") => ({ input: { followUpId: id, employmentStatus, contractType: "CDI", employerName: "Usine de Bourges" } });
    clock.set(on("2027-09-29", "21:00")); // 23:00 in Paris: still the 29th
    expect((await s.ok<{ today: string }>("OF", `{ today }`)).today).toBe("2027-09-29");
    expect(await s.refused("OF", M.reportFollowUp, report(anna3.id), "FOLLOW_UP_NOT_DUE")).toBe("Suivi à 3 mois : pas avant son échéance (jeudi 30 septembre 2027).");
    clock.set(on("2027-09-29", "22:30")); // 00:30 in Paris: the 30th
    expect((await s.ok<{ today: string }>("OF", `{ today }`)).today).toBe(CALENDAR.followUp3Due);
    await s.step({ by: "OF", query: M.reportFollowUp, events: ["FOLLOW_UP_REPORTED"], variables: report(anna3.id) });
    await s.step({ by: "OF", refused: [], query: M.reportFollowUp, events: ["FOLLOW_UP_CORRECTED"], variables: report(anna3.id, "EMPLOYED_SHORT") });

    // the session's end is corrected: the follow-ups not yet reported move with it, the reported one stays
    clock.set(on("2027-10-04"));
    await s.step({ by: "OF", query: M.updateTrainingSession, events: ["TRAINING_SESSION_UPDATED"], variables: { id: session, input: { endDate: "2027-07-15" } } });
    const moved = (await s.lastPayload("TRAINING_SESSION_UPDATED", op)).followUpsMoved as { followUpId: string; before: string; after: string }[];
    expect(moved).toHaveLength(11);
    expect(moved).toContainEqual({ followUpId: anna6.id, before: CALENDAR.followUp6Due, after: "2028-01-15" });
    expect(moved.map((m) => m.followUpId)).not.toContain(anna3.id);
    const after = await followUpsOf();
    expect(after.find((f) => f.id === anna3.id)!.dueDate).toBe(CALENDAR.followUp3Due);
    expect(new Set(after.filter((f) => f.id !== anna3.id).map((f) => `${f.milestoneMonths}:${f.dueDate}`))).toEqual(new Set(["3:2027-10-15", "6:2028-01-15"]));
    // the old due date no longer opens the report
    clock.set(on(CALENDAR.followUp6Due));
    expect(await s.refused("OF", M.reportFollowUp, report(anna6.id), "FOLLOW_UP_NOT_DUE")).toBe("Suivi à 6 mois : pas avant son échéance (samedi 15 janvier 2028).");
  });
});
