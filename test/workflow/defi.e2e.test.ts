import type { SettableClock } from "../../server/src/clock";
import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { CALENDAR, M, on, openStage, Scenario, type Stage } from "./harness";

const K = OrganisationKind;
const { sessionStart: START, sessionEnd: END } = CALENDAR;

/**
 * A whole DEFI operation in Centre-Val de Loire, driven by the clock from its creation in
 * November 2026 to the 6-month follow-up after its closure, each step done by the partner the
 * process sheet (seed 000) names. At each step, the same action tried too early, by the wrong
 * partner or out of order is refused with its code and a French message naming the rule, and
 * changes nothing.
 */
describe("a whole DEFI operation, from creation to the 6-month follow-up, through the API", () => {
  let stage: Stage;
  let s: Scenario;
  let clock: SettableClock;

  beforeAll(async () => {
    stage = await openStage({
      OF: { organisation: "Formation Loiret", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Orléans", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Orléans", kind: K.FRANCE_TRAVAIL },
      CompanyA: { organisation: "Entrepôt A", kind: K.COMPANY },
      CompanyB: { organisation: "Transports B", kind: K.COMPANY },
      CompanyC: { organisation: "Distribution C", kind: K.COMPANY },
      CompanyD: { organisation: "Logistique D", kind: K.COMPANY },
      RTF: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
      Elu: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.ELECTED_REPRESENTATIVE },
      Gestion: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.MANAGEMENT_UNIT },
      Outsider: { organisation: "Autre organisme", kind: K.TRAINING_ORGANISATION },
    }, ["OF", "ML", "FT", "CompanyA", "RTF"], Territory.CENTRE_VAL_DE_LOIRE);
    ({ clock, s } = stage);
  });
  afterAll(() => stage.close());

  // what the phases share
  let op: string;
  let session: string;
  let convention: string;
  let immersion: string;
  let review: string;
  const jobs: Record<string, string> = {};
  const candidacies: Record<string, string> = {};
  const pairings: Record<string, string> = {};
  const admitted = ["Inès", "Lucas", "Manon", "Nadia", "Yanis", "Sarah", "Karim", "Julie", "Emma", "Paul", "Léa", "Malik"];

  const move = (name: string, to: string, by: string, extra: Record<string, unknown> = {}, options: { refused?: string[]; alsoAllowed?: string[]; events?: string[] } = {}) =>
    s.step<{ moveCandidacy: { status: string; place: string | null } }>({
      by, alsoAllowed: options.alsoAllowed, refused: options.refused ?? [], query: M.moveCandidacy, events: options.events ?? [`CANDIDACY_${to}`],
      variables: { input: { candidacyId: candidacies[name], to, ...extra } },
    });
  const pair = async (name: string, job: string, refused: string[] = []) =>
    (pairings[name] = (await s.step<{ pairTrainee: { id: string } }>({
      by: "OF", refused, query: M.pairTrainee, events: ["TRAINEE_PAIRED"], variables: { input: { candidacyId: candidacies[name], hiringIntentionId: jobs[job] } },
    })).pairTrainee.id);
  const sign = (by: string, events = ["CONVENTION_SIGNED_BY_PARTNER"], refused: string[] = []) =>
    s.step<{ signConvention: { status: string } }>({ by, refused, query: M.signConvention, events, variables: { id: convention } });

  it("November 2026: the operation is created, its team built, its session designed, the preparatory meeting held", async () => {
    // 1. the operation runs on an existing PRF market (no call for tenders); the Region hears of it
    op = (await s.step<{ createOperation: { id: string } }>({
      by: "OF", alsoAllowed: ["RTF"], query: M.createOperation, events: ["OPERATION_CREATED"],
      variables: { input: { programmeCode: "DEFI", title: "DEFI Logistique Orléans", department: "45", procurementRoute: "PRF_MARKET" } },
    })).createOperation.id;
    for (const region of ["RTF", "Elu", "Gestion"]) {
      const seen = await s.ok<{ notifications: { nodes: { event: { type: string; operationId: string } }[] } }>(region, `{ notifications(first: 20) { nodes { event { type operationId } } } }`);
      expect(seen.notifications.nodes.map((n) => n.event)).toContainEqual({ type: "OPERATION_CREATED", operationId: op });
    }
    const steps = await s.ok<{ operation: { steps: { number: number; code: string; status: string }[] } }>("OF", `query($op: ID!) { operation(id: $op) { steps { number code status } } }`, { op });
    expect(steps.operation.steps.map((x) => `${x.number}.${x.code}`)).toEqual([
      "1.CALL_FOR_TENDERS", "2.TRAINING_ENGINEERING", "3.PREPARATORY_MEETING", "4.ADMINISTRATIVE_ENTRY", "5.GROUP_CONSTITUTION",
      "6.SESSION_START", "7.SIGNATURE", "8.REVIEW", "9.CLOSURE", "10.FOLLOW_UP",
    ]);

    // 2. the project team and the training engineering
    for (const [i, partner] of ["ML", "FT", "CompanyA", "CompanyB", "CompanyC"].entries()) {
      await s.step({
        by: "OF", alsoAllowed: ["RTF"], refused: i === 0 ? ["ML", "FT", "CompanyA"] : [], query: M.addTeamMember, events: ["TEAM_MEMBER_ADDED"],
        variables: { input: { operationId: op, organisationId: s.org(partner) } },
      });
    }
    session = (await s.step<{ createTrainingSession: { id: string } }>({
      by: "OF", query: M.createTrainingSession, events: ["TRAINING_SESSION_CREATED"],
      variables: { input: { operationId: op, title: "Agent magasinier", startDate: START, endDate: END, hoursInCentre: 560, hoursInCompany: 210, fundedPlaces: 10, extraPlaces: 2, defiFlag: true, certificationTitle: "TP Agent magasinier", certificationLevel: "FULL", location: "Orléans" } },
    })).createTrainingSession.id;

    // 3. the preparatory meeting: the training organisation convenes it (the Region convenes steering committees)
    const meetingInput = { operationId: op, trainingSessionId: session, kind: "PREPARATORY_MEETING", scheduledAt: on("2026-11-30", "13:00"), place: "Formation Loiret, Orléans" };
    expect(await s.refused("RTF", M.scheduleMeeting, { input: meetingInput }, "FORBIDDEN")).toBe("La réunion préparatoire est organisée par : Organisme de formation.");
    const meeting = (await s.step<{ scheduleMeeting: { id: string } }>({ by: "OF", query: M.scheduleMeeting, events: ["MEETING_SCHEDULED"], variables: { input: meetingInput } })).scheduleMeeting.id;

    // companies commit in writing before the meeting
    const intention = async (by: string, key: string, jobTitle: string, contractType: string, months: number | null, positions: number, refused: string[] = []) =>
      (jobs[key] = (await s.step<{ submitHiringIntention: { id: string } }>({
        by, refused, query: M.submitHiringIntention, events: ["HIRING_INTENTION_SUBMITTED"],
        variables: { input: {
          operationId: op, trainingSessionId: session, jobTitle, contractType, contractDurationMonths: months, positions,
          evidenceText: `Bonjour, nous nous engageons à embaucher ${positions} ${jobTitle} à l'issue de la formation.`,
          evidenceFile: { fileName: "engagement.txt", mediaType: "text/plain", contentBase64: Buffer.from("Lettre d'engagement").toString("base64") },
          committedSteps: ["INFORMATION_SESSIONS", "SELECTION", "IMMERSIONS", "FINAL_REVIEW"],
        } },
      })).submitHiringIntention.id);
    await intention("CompanyA", "A", "Cariste", "CDI", null, 4, ["ML", "FT", "RTF"]);
    await intention("CompanyB", "B", "Préparateur de commandes", "CDD", 12, 4);
    await intention("CompanyB", "B2", "Renfort saisonnier", "CDD", 3, 2);
    await intention("CompanyC", "C", "Magasinier", "CDI", null, 2);
    const seenByB = await s.ok<{ hiringIntentions: { nodes: { jobTitle: string }[] } }>("CompanyB", `{ hiringIntentions { nodes { jobTitle } } }`);
    expect(seenByB.hiringIntentions.nodes.map((n) => n.jobTitle).sort()).toEqual(["Préparateur de commandes", "Renfort saisonnier"]);

    // the meeting is recorded once held, not before its day
    const attendees = ["OF", "ML", "FT", "CompanyA", "CompanyB", "CompanyC", "RTF"].map((k) => s.org(k));
    const record = { input: { meetingId: meeting, notes: "Recrutement : information collective, MRS, PMSMP chez Entrepôt A.", attendingOrganisationIds: attendees } };
    clock.set(on("2026-11-27"));
    expect(await s.refused("OF", M.recordMeeting, record, "MEETING_NOT_HELD_YET")).toBe("La réunion préparatoire est prévue le lundi 30 novembre 2026 : à renseigner après sa tenue.");
    clock.set(on("2026-11-30", "16:00"));
    expect(await s.refused("RTF", M.recordMeeting, record, "FORBIDDEN")).toBe("Seul son organisateur renseigne la réunion préparatoire.");
    await s.step({ by: "OF", query: M.recordMeeting, events: ["MEETING_RECORDED"], variables: record });
    const meetings = await s.ok<{ operation: { meetings: { kind: string; heldAt: string; attendingOrganisations: { name: string }[] }[] } }>("CompanyA", `query($op: ID!) { operation(id: $op) { meetings { kind heldAt attendingOrganisations { name } } } }`, { op });
    expect(meetings.operation.meetings).toEqual([{ kind: "PREPARATORY_MEETING", heldAt: on("2026-11-30", "16:00"), attendingOrganisations: expect.arrayContaining([{ name: "Entrepôt A" }, { name: "Mission Locale Orléans" }]) }]);
    expect(meetings.operation.meetings[0].attendingOrganisations).toHaveLength(7);
  });

  it("December 2026: a company withdraws, the convention is drafted, the session entered in EOS, the group recruited and constituted", async () => {
    clock.set(on("2026-12-02"));
    // company C withdraws: the Region is told, the training organisation records the solution; C stays on the team for now
    await s.step({ by: "CompanyC", alsoAllowed: ["OF"], refused: ["ML", "CompanyA", "RTF"], query: M.withdrawHiringIntention, events: ["HIRING_INTENTION_WITHDRAWN"], variables: { input: { id: jobs.C, reason: "Perte d'un marché client" } } });
    await s.step({ by: "OF", query: M.recordWithdrawalSolution, events: ["WITHDRAWAL_SOLUTION_RECORDED"], variables: { input: { hiringIntentionId: jobs.C, solution: "Les deux places sont reportées sur Transports B (CDD 12 mois)." } } });

    // the convention is pre-drafted from the team: every partner signs
    convention = (await s.step<{ draftConvention: { id: string } }>({ by: "OF", refused: ["ML", "FT", "CompanyA", "RTF", "Outsider"], query: M.draftConvention, events: ["CONVENTION_DRAFTED"], variables: { id: session } })).draftConvention.id;
    const options = [{ date: "2027-01-27", startTime: "10:00", endTime: "12:00" }, { date: "2027-01-29", startTime: "14:30", endTime: null }];
    await s.step({ by: "OF", query: M.updateConvention, events: ["CONVENTION_UPDATED"], variables: { input: { conventionId: convention, signatureOptions: options, signaturePlace: "Hôtel de Région, Orléans" } } });
    // J-28 and J-20 carry the session's EOS number: not before the session is entered in EOS (step 4 before step 7)
    expect(await s.refused("OF", M.sendSignatureDateOptions, { id: convention }, "EOS_ENTRY_REQUIRED"))
      .toBe("Proposer les options de date de signature au RTF : la session doit d'abord être saisie dans EOS (numéro EOS).");
    expect(await s.refused("OF", M.sendConventionDraft, { id: convention }, "EOS_ENTRY_REQUIRED")).toMatch(/saisie dans EOS/);

    // 4. administrative entry: the EOS number
    await s.step({ by: "OF", refused: ["ML", "CompanyA", "RTF", "Outsider"], query: M.updateTrainingSession, events: ["TRAINING_SESSION_UPDATED"], variables: { id: session, input: { eosNumber: "EOS-2027-0142" } } });

    // DEFI has no purchase orders and no duration derogation
    expect(await s.refused("OF", M.requestPurchaseOrder, { id: jobs.B2 }, "NOT_IN_PROGRAMME")).toMatch(/DEFI ne fonctionne pas par bons de commande/);
    expect(await s.refused("RTF", M.grantDerogation, { input: { id: jobs.B2, reason: "Pic saisonnier" } }, "NOT_IN_PROGRAMME")).toMatch(/^DEFI ne prévoit pas de dérogation de durée/);

    // 5. recruitment: the advisers propose, the company takes part in the selection
    clock.set(on("2026-12-09"));
    const people: [string, string, string | null][] = [
      ["Inès", "ML", "A"], ["Lucas", "ML", "A"], ["Manon", "ML", "A"], ["Yanis", "ML", "B"], ["Sarah", "ML", "B"], ["Théo", "ML", null], ["Emma", "ML", null], ["Léa", "ML", null], ["Zoé", "ML", null],
      ["Nadia", "FT", "A"], ["Karim", "FT", "B"], ["Julie", "FT", "B2"], ["Hugo", "FT", "A"], ["Paul", "FT", null], ["Malik", "FT", null],
    ];
    for (const [i, [name, adviser, job]] of people.entries()) {
      candidacies[name] = (await s.step<{ proposeCandidate: { id: string } }>({
        by: adviser, alsoAllowed: ["ML", "FT"], refused: i === 0 ? ["OF", "CompanyA", "RTF"] : [], query: M.proposeCandidate, events: ["CANDIDATE_PROPOSED"],
        variables: { input: { trainingSessionId: session, hiringIntentionId: job ? jobs[job] : null, candidate: { firstName: name, lastName: "Durand", email: `${name.toLowerCase()}@exemple.fr`, phone: "06 12 34 56 78", privateNotes: "Suivi renforcé" } } },
      })).proposeCandidate.id;
    }
    await move("Hugo", "DECLINED", "CompanyA", { reason: "Pas de permis cariste envisageable" }, { refused: ["ML", "FT", "RTF"], alsoAllowed: ["OF"] });
    await move("Théo", "WITHDRAWN", "ML", { reason: "A trouvé un emploi" }, { refused: ["OF", "FT", "CompanyA", "RTF"] });
    await s.refused("FT", M.moveCandidacy, { input: { candidacyId: candidacies["Inès"], to: "WITHDRAWN", reason: "Pas le sien" } });
    const recruited = [...admitted, "Zoé"];
    for (const [i, name] of recruited.entries()) {
      await move(name, "INFORMATION_SESSION", "OF", {}, { refused: i === 0 ? ["CompanyA", "RTF"] : [], alsoAllowed: ["ML", "FT"] });
      await move(name, "SELECTION", "OF", { selectionMethod: i % 2 ? "PMSMP" : "MRS" }, { refused: i === 0 ? ["ML", "FT", "CompanyA", "RTF"] : [] });
    }
    await s.step({ by: "FT", alsoAllowed: ["OF", "CompanyA"], refused: ["ML", "RTF"], query: M.validateProfile, events: ["PROFILE_VALIDATED"], variables: { id: candidacies["Nadia"] } });
    await s.step({ by: "CompanyA", refused: [], query: M.validateProfile, events: ["PROFILE_VALIDATED"], variables: { id: candidacies["Nadia"] } });

    // admissions: 10 places funded by the Region, then 2 extra places; never more
    clock.set(on("2026-12-16"));
    for (const [i, name] of admitted.slice(0, 10).entries()) {
      const moved = await move(name, "ADMITTED", "OF", {}, { refused: i === 0 ? ["ML", "FT", "CompanyA", "RTF"] : [], events: ["CANDIDACY_ADMITTED", "FOLLOW_UPS_PLANNED"] });
      expect(moved.moveCandidacy.place).toBe("FUNDED");
    }
    expect(await s.refused("OF", M.moveCandidacy, { input: { candidacyId: candidacies["Léa"], to: "ADMITTED", place: "FUNDED" } }, "NO_PLACE_LEFT"))
      .toBe("Les 10 places financées par la Région sont occupées : admettez le stagiaire sur une place complémentaire.");
    expect((await move("Léa", "ADMITTED", "OF", { place: "EXTRA" }, { events: ["CANDIDACY_ADMITTED", "FOLLOW_UPS_PLANNED"] })).moveCandidacy.place).toBe("EXTRA");
    expect((await move("Malik", "ADMITTED", "OF", {}, { events: ["CANDIDACY_ADMITTED", "FOLLOW_UPS_PLANNED"] })).moveCandidacy.place).toBe("EXTRA");
    expect(await s.refused("OF", M.moveCandidacy, { input: { candidacyId: candidacies["Zoé"], to: "ADMITTED" } }, "NO_PLACE_LEFT"))
      .toBe("Session complète : 10 place(s) financée(s) et 2 place(s) complémentaire(s) sont toutes occupées.");
    await move("Zoé", "DECLINED", "OF", { reason: "Session complète, orientée vers la session de septembre" });
    // admission plans the trainee's follow-ups at 3 and 6 months after the session's end
    expect(await s.lastPayload("FOLLOW_UPS_PLANNED", op)).toMatchObject({ candidacyId: candidacies["Malik"], dueDates: [CALENDAR.followUp3Due, CALENDAR.followUp6Due] });

    // pairing and the DEFI threshold: 10 funded places need 7 trainees engaged with a company
    await pair("Inès", "A", ["ML", "FT", "CompanyA", "RTF", "Outsider"]);
    for (const [name, job] of [["Lucas", "A"], ["Manon", "A"], ["Nadia", "A"], ["Yanis", "B"], ["Sarah", "B"]]) await pair(name, job);
    expect(await s.refused("OF", M.constituteGroup, { id: session }, "SESSION_NOT_QUALIFIED")).toBe("Session non qualifiée DEFI : 6 stagiaires appariés sur 7 requis pour 10 places financées");
    // a seasonal job may take a funded place; an extra place beyond Region funding needs a durable job
    await pair("Julie", "B2");
    expect(await s.refused("OF", M.pairTrainee, { input: { candidacyId: candidacies["Léa"], hiringIntentionId: jobs.B2 } }, "DURABLE_JOB_REQUIRED"))
      .toMatch(/^Place complémentaire \(hors financement Région\) : elle compte pour DEFI.* seulement avec un emploi durable \(CDI, ou contrat de 6 mois au moins\)\.$/);
    await pair("Léa", "B");
    await pair("Karim", "B");
    await s.refused("OF", M.pairTrainee, { input: { candidacyId: candidacies["Lucas"], hiringIntentionId: jobs.B } }, "ALREADY_PAIRED");
    expect(await s.refused("OF", M.pairTrainee, { input: { candidacyId: candidacies["Emma"], hiringIntentionId: jobs.C } }, "HIRING_INTENTION_WITHDRAWN")).toMatch(/retirée/);
    const qualification = await s.ok<{ trainingSession: { qualification: Record<string, unknown> } }>("CompanyA", `query($id: ID!) { trainingSession(id: $id) { qualification { qualified rule required counted missing } } }`, { id: session });
    expect(qualification.trainingSession.qualification).toEqual({ qualified: true, rule: "THRESHOLD_TABLE", required: 7, counted: 9, missing: 0 });
    await s.step({ by: "OF", refused: ["ML", "FT", "CompanyA", "RTF", "Outsider"], query: M.constituteGroup, events: ["GROUP_CONSTITUTED"], variables: { id: session } });
    expect(await s.refused("OF", M.constituteGroup, { id: session }, "GROUP_ALREADY_CONSTITUTED")).toBe("Le groupe de cette session est déjà constitué.");

    // a pairing ends and is made again: recorded, never deleted
    await s.step({ by: "OF", query: M.endPairing, events: ["PAIRING_ENDED"], variables: { input: { pairingId: pairings["Sarah"], reason: "Changement d'entreprise d'accueil" } } });
    await pair("Sarah", "B");
  });

  it("January 2027: J-28 options with times, J-20 draft, Cabinet, invitations, save the date; a partner joins; signatures on the planned day", async () => {
    // J-28: options with their times, the session's title and EOS number, to the RTF
    clock.set(on(CALENDAR.dateOptionsDue));
    await s.step({ by: "OF", refused: ["ML", "FT", "CompanyA", "RTF", "Outsider"], query: M.sendSignatureDateOptions, events: ["SIGNATURE_DATE_OPTIONS_SENT"], variables: { id: convention } });
    expect(await s.lastPayload("SIGNATURE_DATE_OPTIONS_SENT", op)).toMatchObject({
      eosNumber: "EOS-2027-0142", sessionTitle: "Agent magasinier", place: "Hôtel de Région, Orléans",
      signatureOptions: [{ date: "2027-01-27", startTime: "10:00", endTime: "12:00" }, { date: "2027-01-29", startTime: "14:30", endTime: null }],
    });
    expect(await s.refused("OF", M.sendSignatureDateOptions, { id: convention }, "STEP_ALREADY_DONE")).toMatch(/déjà faite/);

    // a company joining before the signature becomes a signatory
    clock.set(on("2027-01-11"));
    await s.step({ by: "OF", alsoAllowed: ["RTF"], query: M.addTeamMember, events: ["TEAM_MEMBER_ADDED", "CONVENTION_SIGNATORY_ADDED"], variables: { input: { operationId: op, organisationId: s.org("CompanyD") } } });
    jobs.D = (await s.step<{ submitHiringIntention: { id: string } }>({
      by: "CompanyD", refused: [], query: M.submitHiringIntention, events: ["HIRING_INTENTION_SUBMITTED"],
      variables: { input: { operationId: op, trainingSessionId: session, jobTitle: "Magasinier cariste", contractType: "CDI", positions: 1, evidenceText: "Nous embaucherons un magasinier cariste en CDI à l'issue de la formation.", committedSteps: ["FINAL_REVIEW"] } },
    })).submitHiringIntention.id;
    await pair("Malik", "D");

    // J-20: the draft and the contact sheet; the RTF forwards to the Cabinet
    clock.set(on(CALENDAR.draftDue));
    expect(await s.refused("RTF", M.forwardToCabinet, { id: convention }, "STEP_NOT_READY")).toBe("Le projet de convention et la fiche contact n'ont pas encore été transmis au RTF.");
    await s.step({ by: "OF", query: M.sendConventionDraft, events: ["CONVENTION_DRAFT_SENT"], variables: { id: convention } });
    await s.step({ by: "RTF", refused: ["OF", "ML", "FT", "CompanyA", "Gestion", "Elu"], query: M.forwardToCabinet, events: ["CONVENTION_FORWARDED_TO_CABINET"], variables: { id: convention } });

    // the day is first set, then cleared while the Cabinet checks the agenda, then set again
    clock.set(on("2027-01-13"));
    expect(await s.refused("OF", M.updateConvention, { input: { conventionId: convention, plannedSignatureDate: "2027-07-01" } }, "BAD_USER_INPUT"))
      .toBe("plannedSignatureDate : la convention se signe avant la fin de la session (mercredi 30 juin 2027)");
    expect(await s.refused("OF", M.updateConvention, { input: { conventionId: convention, plannedSignatureDate: "2027-01-12" } }, "BAD_USER_INPUT"))
      .toBe("plannedSignatureDate : date passée (mardi 12 janvier 2027)");
    await s.step({ by: "OF", query: M.updateConvention, events: ["CONVENTION_UPDATED"], variables: { input: { conventionId: convention, plannedSignatureDate: "2027-01-27" } } });
    const cleared = await s.step<{ updateConvention: { plannedSignatureDate: string | null } }>({ by: "OF", refused: [], query: M.updateConvention, events: ["CONVENTION_UPDATED"], variables: { input: { conventionId: convention, plannedSignatureDate: null } } });
    expect(cleared.updateConvention.plannedSignatureDate).toBeNull();
    expect(await s.refused("RTF", M.recordOfficialInvitations, { id: convention }, "STEP_NOT_READY")).toBe("La date de signature n'est pas encore arrêtée.");
    expect(await s.refused("OF", M.sendSaveTheDate, { id: convention }, "STEP_NOT_READY")).toBe("La date de signature n'est pas encore arrêtée.");
    await s.step({ by: "OF", refused: [], query: M.updateConvention, events: ["CONVENTION_UPDATED"], variables: { input: { conventionId: convention, plannedSignatureDate: "2027-01-29" } } });
    clock.set(on("2027-01-15"));
    await s.step({ by: "RTF", refused: ["OF", "ML", "FT", "CompanyA", "Gestion", "Elu"], query: M.recordOfficialInvitations, events: ["OFFICIAL_INVITATIONS_SENT"], variables: { id: convention } });
    await s.step({ by: "OF", query: M.sendSaveTheDate, events: ["SAVE_THE_DATE_SENT"], variables: { id: convention } });
    const planning = await s.ok<{ convention: { planning: { code: string; dueDate: string | null; late: boolean }[] } }>("RTF", `query($id: ID!) { convention(id: $id) { planning { code dueDate late } } }`, { id: convention });
    expect(planning.convention.planning.slice(0, 2)).toEqual([
      { code: "DATE_OPTIONS_TO_RTF", dueDate: CALENDAR.dateOptionsDue, late: false },
      { code: "DRAFT_TO_RTF", dueDate: CALENDAR.draftDue, late: false },
    ]);

    // before the session starts, a signature only on the planned day
    clock.set(on("2027-01-28"));
    expect(await s.refused("OF", M.signConvention, { id: convention }, "SIGNATURE_NOT_OPEN"))
      .toBe("Avant le démarrage de la session (lundi 1 février 2027), la convention se signe le jour prévu : vendredi 29 janvier 2027.");
    expect(await s.refused("OF", M.recordSignatureAttendance, { input: { conventionId: convention, attendingOrganisationIds: [s.org("OF")], attendingCandidacyIds: [] } }, "SIGNATURE_NOT_HELD")).toMatch(/aucune signature/);

    clock.set(on("2027-01-29", "13:30"));
    // the Region signs through its elected representative: its RTF and management unit may not
    expect(await s.refused("RTF", M.signConvention, { id: convention }, "FORBIDDEN")).toBe("Action réservée à : Organisme de formation, Mission Locale, France Travail, Entreprise, Région (élu·e signataire) (signer la convention).");
    await sign("OF", undefined, ["Outsider", "RTF", "Gestion"]);
    // an edit after a signature resets the signatures, as a recorded event
    await s.step({ by: "OF", refused: [], query: M.updateConvention, events: ["CONVENTION_UPDATED", "CONVENTION_SIGNATURES_RESET"], variables: { input: { conventionId: convention, body: "Convention de partenariat DEFI, version corrigée après relecture du RTF." } } });
    for (const signer of ["OF", "ML", "FT", "CompanyA", "CompanyB", "CompanyD"]) {
      expect((await sign(signer)).signConvention.status).toBe("SENT_TO_REGION");
    }
    // trainees attend the signature
    const attendance = await s.step<{ recordSignatureAttendance: { signatureAttendingTraineeCount: number } }>({
      by: "OF", refused: ["ML", "FT", "CompanyA", "RTF"], query: M.recordSignatureAttendance, events: ["SIGNATURE_ATTENDANCE_RECORDED"],
      variables: { input: { conventionId: convention, attendingOrganisationIds: ["OF", "ML", "FT", "CompanyA", "CompanyB", "CompanyD"].map((k) => s.org(k)), attendingCandidacyIds: admitted.map((n) => candidacies[n]) } },
    });
    expect(attendance.recordSignatureAttendance.signatureAttendingTraineeCount).toBe(12);
    expect(await s.refused("OF", M.recordSignatureAttendance, { input: { conventionId: convention, attendingOrganisationIds: [s.org("OF")], attendingCandidacyIds: [candidacies["Zoé"]] } }, "BAD_USER_INPUT"))
      .toBe("attendingCandidacyIds : seuls les stagiaires de la session peuvent être présents");
  });

  it("February–April 2027: the session runs — path referents, the last signatures, a partner leaves, an immersion and its debrief, a trainee leaves, the steering committee", async () => {
    // 6. the session starts: a path referent per trainee
    clock.set(on(START));
    for (const [i, name] of admitted.entries()) {
      await s.step({ by: "OF", refused: i === 0 ? ["ML", "FT", "CompanyA", "RTF", "Outsider"] : [], query: M.setPathReferent, events: ["PATH_REFERENT_SET"], variables: { input: { candidacyId: candidacies[name], pathReferent: i < 6 ? "Claire Martin" : "Sophie Bernard" } } });
    }
    expect(await s.refused("OF", M.setPathReferent, { input: { candidacyId: candidacies["Zoé"], pathReferent: "Claire Martin" } }, "NOT_A_TRAINEE")).toMatch(/stagiaire admis/);

    // the elected representative signs for the Region during the session; company C, which withdrew, is still awaited
    clock.set(on("2027-02-03"));
    expect((await sign("Elu", undefined, ["RTF", "Gestion"])).signConvention.status).toBe("SENT_TO_REGION");
    // the session's end cannot move before a signature already given
    expect(await s.refused("OF", M.updateTrainingSession, { id: session, input: { endDate: "2027-02-02" } }, "BAD_USER_INPUT"))
      .toBe("endDate : la fin de session ne peut pas précéder une signature déjà donnée (mercredi 3 février 2027)");
    // company C leaves the team: no longer awaited, the convention is signed without it
    await s.step({
      by: "OF", alsoAllowed: ["RTF"], refused: ["ML", "FT", "CompanyA"], query: M.removeTeamMember,
      events: ["TEAM_MEMBER_REMOVED", "CONVENTION_SIGNATORY_WITHDRAWN", "CONVENTION_SIGNED"],
      variables: { input: { operationId: op, organisationId: s.org("CompanyC"), reason: "Intention d'embauche retirée" } },
    });
    expect(await s.refused("CompanyA", M.signConvention, { id: convention }, "ALREADY_SIGNED")).toBe("La convention est déjà signée par tous ses signataires.");
    const signed = await s.ok<{ convention: { status: string; signatories: { organisation: { name: string }; signed: boolean; addedAt: string; withdrawnAt: string | null }[] } }>("RTF", `query($id: ID!) { convention(id: $id) { status signatories { organisation { name } signed addedAt withdrawnAt } } }`, { id: convention });
    expect(signed.convention.status).toBe("SIGNED");
    const byName = Object.fromEntries(signed.convention.signatories.map((x) => [x.organisation.name, x]));
    expect(byName["Distribution C"]).toMatchObject({ signed: false, withdrawnAt: on("2027-02-03") });
    expect(byName["Logistique D"]).toMatchObject({ signed: true, addedAt: on("2027-01-11"), withdrawnAt: null });
    expect(signed.convention.signatories.filter((x) => !x.withdrawnAt).every((x) => x.signed)).toBe(true);

    // an immersion happens inside the session, with a company of the team
    const immersionInput = (companyId: string, startDate: string, endDate: string) => ({ input: { candidacyId: candidacies["Inès"], companyId, kind: "INTERNSHIP", startDate, endDate } });
    expect(await s.refused("OF", M.scheduleImmersion, immersionInput(s.org("CompanyA"), "2027-01-25", "2027-02-05"), "BAD_USER_INPUT"))
      .toBe("startDate : une immersion a lieu pendant la session (du lundi 1 février 2027 au mercredi 30 juin 2027)");
    expect(await s.refused("OF", M.scheduleImmersion, immersionInput(s.org("CompanyA"), "2027-06-21", "2027-07-02"), "BAD_USER_INPUT")).toMatch(/^endDate : une immersion a lieu pendant la session/);
    expect(await s.refused("OF", M.scheduleImmersion, immersionInput(s.org("CompanyC"), "2027-03-01", "2027-03-12"), "BAD_USER_INPUT")).toMatch(/^companyId : une entreprise de l'équipe projet/);
    immersion = (await s.step<{ scheduleImmersion: { id: string } }>({ by: "OF", refused: ["ML", "FT", "CompanyA", "RTF", "Outsider"], query: M.scheduleImmersion, events: ["IMMERSION_SCHEDULED"], variables: immersionInput(s.org("CompanyA"), "2027-03-01", "2027-03-12") })).scheduleImmersion.id;
    // its debrief comes after it
    clock.set(on("2027-03-11"));
    const debrief = { input: { immersionId: immersion, debrief: "Très bonne intégration dans l'équipe de quai." } };
    expect(await s.refused("OF", M.debriefImmersion, debrief, "IMMERSION_NOT_OVER")).toBe("Le retour d'expérience se fait après l'immersion : elle se termine le vendredi 12 mars 2027.");
    clock.set(on("2027-03-12", "16:00"));
    await s.step({ by: "OF", refused: ["ML", "FT", "CompanyA", "RTF", "Outsider"], query: M.debriefImmersion, events: ["IMMERSION_DEBRIEFED"], variables: debrief });

    // a trainee leaves: recorded with its solution, never deleted; the group still meets the threshold
    clock.set(on("2027-03-15"));
    await move("Karim", "LEFT", "OF", { reason: "Déménagement", exitSolution: "Orienté vers France Travail Tours" }, { refused: ["ML", "FT", "CompanyA", "RTF"] });

    // the Region convenes the steering committee; the training organisation takes part
    const committee = { operationId: op, kind: "STEERING_COMMITTEE", scheduledAt: on("2027-04-15", "08:00"), place: "Hôtel de Région, Orléans" };
    expect(await s.refused("OF", M.scheduleMeeting, { input: committee }, "FORBIDDEN")).toMatch(/^Le comité de pilotage est organisé par : Région\.$/);
    const steering = (await s.step<{ scheduleMeeting: { id: string } }>({ by: "RTF", refused: ["ML", "FT", "CompanyA"], query: M.scheduleMeeting, events: ["MEETING_SCHEDULED"], variables: { input: committee } })).scheduleMeeting.id;
    clock.set(on("2027-04-15", "12:00"));
    await s.step({ by: "RTF", refused: ["OF", "ML", "FT", "CompanyA"], query: M.recordMeeting, events: ["MEETING_RECORDED"], variables: { input: { meetingId: steering, notes: "Point d'étape : 11 stagiaires en formation.", attendingOrganisationIds: [s.org("RTF"), s.org("OF"), s.org("CompanyA")] } } });
  });

  it("June–July 2027: the final review on the last day, outcomes with their employer, the attestation after the end, the bonus request, the closure, then the bonus acknowledged and paid", async () => {
    // 8. the final review meets from the session's last day on; DEFI has no intermediate review
    clock.set(on("2027-05-10"));
    expect(await s.refused("OF", M.scheduleReview, { input: { trainingSessionId: session, scheduledAt: on("2027-06-29"), kind: "FINAL" } }, "BAD_USER_INPUT"))
      .toBe("scheduledAt : le bilan final se tient à partir du dernier jour de la session (mercredi 30 juin 2027)");
    expect(await s.refused("OF", M.scheduleReview, { input: { trainingSessionId: session, scheduledAt: on("2027-04-20"), kind: "INTERMEDIATE" } }, "NOT_IN_PROGRAMME"))
      .toBe("DEFI prévoit un bilan avec toute l'équipe projet à la fin de la session, pas de bilan intermédiaire.");
    review = (await s.step<{ scheduleReview: { id: string } }>({ by: "OF", refused: ["ML", "FT", "CompanyA", "RTF", "Outsider"], query: M.scheduleReview, events: ["REVIEW_SCHEDULED"], variables: { input: { trainingSessionId: session, scheduledAt: on(END, "12:00") } } })).scheduleReview.id;

    const stayed = admitted.filter((n) => n !== "Karim");
    const reviewInput = {
      reviewId: review, qualitativeNotes: "Groupe soudé, forte implication des entreprises.", strengths: "Immersions bien préparées", areasToImprove: "Anticiper le permis CACES",
      attendingOrganisationIds: ["OF", "ML", "FT", "CompanyA", "CompanyB", "CompanyD", "RTF"].map((k) => s.org(k)), attendingCandidacyIds: stayed.map((n) => candidacies[n]),
    };
    clock.set(on("2027-06-29"));
    expect(await s.refused("OF", M.recordReview, { input: reviewInput }, "SESSION_NOT_ENDED")).toBe("Renseigner le bilan final : pas avant le dernier jour de la session (mercredi 30 juin 2027).");
    expect(await s.refused("RTF", M.issueConformityAttestation, { id: session }, "SESSION_NOT_ENDED")).toMatch(/seulement après la fin de la session \(dernier jour : mercredi 30 juin 2027\)/);

    clock.set(on(END, "14:00"));
    await s.step({ by: "OF", refused: ["ML", "FT", "CompanyA", "RTF", "Outsider"], query: M.recordReview, events: ["REVIEW_RECORDED"], variables: { input: reviewInput } });
    // per trainee: certification, contract and the employer (a company of the team)
    const employerOf: Record<string, string | null> = { Inès: "CompanyA", Lucas: "CompanyA", Manon: "CompanyA", Nadia: "CompanyA", Yanis: "CompanyB", Sarah: "CompanyB", Léa: "CompanyB", Julie: "CompanyB", Malik: "CompanyD", Emma: null, Paul: null };
    const outcome = (name: string, extra: Record<string, unknown> = {}) => {
      const employer = employerOf[name];
      return { input: {
        reviewId: review, candidacyId: candidacies[name], certificationLevel: "FULL", certificationTitle: "TP Agent magasinier",
        ...(employer ? { contractType: "CDI", contractStartDate: "2027-07-05", employerId: s.org(employer) } : {}), ...extra,
      } };
    };
    expect(await s.refused("OF", M.recordReviewOutcome, outcome("Inès", { employerId: null }), "BAD_USER_INPUT")).toBe("employerId : un contrat signé nomme son employeur, une entreprise de l'équipe projet");
    expect(await s.refused("OF", M.recordReviewOutcome, outcome("Inès", { employerId: s.org("CompanyC") }), "BAD_USER_INPUT")).toBe("employerId : une entreprise de l'équipe projet de l'opération est attendue");
    for (const [i, name] of stayed.entries()) {
      await s.step({ by: "OF", refused: i === 0 ? ["ML", "FT", "CompanyA", "RTF"] : [], query: M.recordReviewOutcome, events: ["REVIEW_OUTCOME_RECORDED"], variables: outcome(name) });
    }
    await s.step({ by: "OF", refused: [], query: M.recordReviewOutcome, events: ["REVIEW_OUTCOME_CORRECTED"], variables: outcome("Julie", { certificationLevel: "SKILLS_BLOCK", certificationTitle: "Bloc 1 : réception", contractType: "CDD" }) });
    // the last day is not the end yet: no attestation, no closure, no follow-up
    expect(await s.refused("RTF", M.issueConformityAttestation, { id: session }, "SESSION_NOT_ENDED")).toBe("Délivrer l'attestation de conformité : seulement après la fin de la session (dernier jour : mercredi 30 juin 2027).");
    expect(await s.refused("OF", M.closeSession, { id: session }, "SESSION_NOT_ENDED")).toMatch(/^Clôturer la session : seulement après la fin de la session/);

    // 9. closure, in order: the RTF's attestation, the bonus request with it, the closure
    clock.set(on("2027-07-01"));
    expect(await s.refused("OF", M.requestDefiBonus, { id: session }, "ATTESTATION_REQUIRED")).toBe("Demander la prime DEFI : avec l'attestation de conformité du RTF, qui n'est pas encore délivrée.");
    expect(await s.refused("OF", M.closeSession, { id: session }, "ATTESTATION_REQUIRED")).toMatch(/attestation de conformité/);
    expect(await s.refused("Gestion", M.acknowledgeDefiBonus, { id: session }, "BONUS_NOT_REQUESTED")).toBe("Accuser réception de la demande de prime DEFI : l'organisme de formation n'a pas encore demandé la prime DEFI.");
    await s.step({ by: "RTF", refused: ["OF", "ML", "FT", "CompanyA", "Gestion", "Elu", "Outsider"], query: M.issueConformityAttestation, events: ["CONFORMITY_ATTESTATION_ISSUED"], variables: { id: session } });
    expect(await s.refused("OF", M.closeSession, { id: session }, "BONUS_NOT_REQUESTED")).toBe("Demandez la prime DEFI avant de clôturer la session.");
    await s.step({ by: "OF", refused: ["ML", "FT", "CompanyA", "RTF", "Gestion", "Outsider"], query: M.requestDefiBonus, events: ["DEFI_BONUS_REQUESTED"], variables: { id: session } });
    expect(await s.refused("Gestion", M.payDefiBonus, { id: session }, "BONUS_NOT_ACKNOWLEDGED")).toBe("Enregistrer le paiement de la prime DEFI : la cellule de gestion doit d'abord accuser réception de la demande de prime.");
    clock.set(on("2027-07-05"));
    await s.step({ by: "OF", refused: ["ML", "FT", "CompanyA", "RTF", "Outsider"], query: M.closeSession, events: ["SESSION_CLOSED", "OPERATION_CLOSED"], variables: { id: session } });

    // a closed operation is read-only, but for the bonus payment and the follow-ups
    expect(await s.refused("ML", M.proposeCandidate, { input: { trainingSessionId: session, candidate: { firstName: "Tard", lastName: "Venu" } } }, "OPERATION_CLOSED")).toBe("Opération clôturée (« DEFI Logistique Orléans ») : elle ne peut plus être modifiée.");
    await s.refused("OF", M.updateTrainingSession, { id: session, input: { location: "Tours" } }, "OPERATION_CLOSED");
    await s.refused("OF", M.addTeamMember, { input: { operationId: op, organisationId: s.org("CompanyC") } }, "OPERATION_CLOSED");
    expect(await s.refused("OF", M.recordReviewOutcome, outcome("Paul", { certificationLevel: "SKILLS_BLOCK" }), "SESSION_CLOSED")).toBe("Session clôturée : on ne peut plus renseigner le résultat d'un stagiaire au bilan.");
    // the management unit acknowledges the request and pays the bonus after the closure
    clock.set(on("2027-07-06"));
    await s.step({ by: "Gestion", refused: ["OF", "ML", "FT", "CompanyA", "RTF", "Elu"], query: M.acknowledgeDefiBonus, events: ["DEFI_BONUS_ACKNOWLEDGED"], variables: { id: session } });
    expect(await s.refused("Gestion", M.acknowledgeDefiBonus, { id: session }, "BONUS_ALREADY_ACKNOWLEDGED")).toMatch(/déjà accusé réception/);
    clock.set(on("2027-07-20"));
    await s.step({ by: "Gestion", refused: ["OF", "ML", "FT", "CompanyA", "RTF", "Elu"], query: M.payDefiBonus, events: ["DEFI_BONUS_PAID"], variables: { id: session } });
    expect(await s.refused("Gestion", M.payDefiBonus, { id: session }, "BONUS_ALREADY_PAID")).toMatch(/déjà payée/);
    const closure = await s.ok<{ trainingSession: { closure: Record<string, string | null> } }>("OF", `query($id: ID!) { trainingSession(id: $id) { closure { attestationIssuedAt bonusRequestedAt bonusAcknowledgedAt closedAt bonusPaidAt } } }`, { id: session });
    expect(closure.trainingSession.closure).toEqual({
      attestationIssuedAt: on("2027-07-01"), bonusRequestedAt: on("2027-07-01"), closedAt: on("2027-07-05"), bonusAcknowledgedAt: on("2027-07-06"), bonusPaidAt: on("2027-07-20"),
    });
  });

  it("September and December 2027: the 3- and 6-month follow-ups, each from its due date, after the closure", async () => {
    const list = await s.ok<{ followUps: { nodes: { id: string; milestoneMonths: number; dueDate: string }[] } }>("OF", `{ followUps(first: 100) { nodes { id milestoneMonths dueDate } } }`);
    const followUps = list.followUps.nodes;
    expect(followUps).toHaveLength(admitted.length * 2);
    expect(new Set(followUps.map((f) => `${f.milestoneMonths}:${f.dueDate}`))).toEqual(new Set([`3:${CALENDAR.followUp3Due}`, `6:${CALENDAR.followUp6Due}`]));
    const report = (id: string) => ({ input: { followUpId: id, employmentStatus: "EMPLOYED_DURABLE", contractType: "CDI", employerName: "Entrepôt A" } });
    const threeMonths = followUps.filter((f) => f.milestoneMonths === 3);
    const sixMonths = followUps.filter((f) => f.milestoneMonths === 6);

    clock.set(on("2027-09-29"));
    expect(await s.refused("OF", M.reportFollowUp, report(threeMonths[0].id), "FOLLOW_UP_NOT_DUE")).toBe("Suivi à 3 mois : pas avant son échéance (jeudi 30 septembre 2027).");
    clock.set(on(CALENDAR.followUp3Due));
    for (const [i, f] of threeMonths.entries()) {
      await s.step({ by: "OF", refused: i === 0 ? ["ML", "FT", "CompanyA", "RTF", "Outsider"] : [], query: M.reportFollowUp, events: ["FOLLOW_UP_REPORTED"], variables: report(f.id) });
    }
    expect(await s.refused("OF", M.reportFollowUp, report(sixMonths[0].id), "FOLLOW_UP_NOT_DUE")).toBe("Suivi à 6 mois : pas avant son échéance (jeudi 30 décembre 2027).");
    clock.set(on(CALENDAR.followUp6Due));
    for (const f of sixMonths) await s.step({ by: "OF", refused: [], query: M.reportFollowUp, events: ["FOLLOW_UP_REPORTED"], variables: report(f.id) });
  });

  it("the journal tells the whole story in order, the Region reads the same, and every step of the process is done", async () => {
    expect(await s.journal(op)).toEqual(s.story);
    const regionView = await s.ok<{ events: { nodes: { type: string }[] } }>("RTF", `query($op: ID!) { events(operationId: $op, first: 500) { nodes { type } } }`, { op });
    expect(regionView.events.nodes.map((e) => e.type)).toEqual(s.story);
    const steps = await s.ok<{ operation: { status: string; steps: { code: string; status: string }[] } }>("CompanyA", `query($op: ID!) { operation(id: $op) { status steps { code status } } }`, { op });
    expect(steps.operation.status).toBe("CLOSED");
    expect(steps.operation.steps.filter((x) => x.status !== "DONE").map((x) => `${x.code}:${x.status}`)).toEqual(["CALL_FOR_TENDERS:NOT_APPLICABLE"]);
  });
});
