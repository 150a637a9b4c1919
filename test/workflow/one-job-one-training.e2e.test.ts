import type { SettableClock } from "../../server/src/clock";
import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { CALENDAR, M, on, openStage, Scenario, type Stage } from "./harness";

const K = OrganisationKind;
const { sessionStart: START, sessionEnd: END } = CALENDAR;

/**
 * A whole « 1 emploi = 1 formation » operation in Pays de la Loire, in the order of its FAQ
 * (seed 002), driven by the clock from November 2026 to the 6-month follow-up: written hiring
 * intentions, one purchase order per intention served in order of arrival (chef de pôle, then
 * cheffe de service), recruitment with the company, the minimum group of 5 and its exception,
 * intermediate and final reviews, closure without attestation nor bonus, follow-ups.
 * No partnership convention and no EOS entry in this programme.
 */
describe("a whole « 1 emploi = 1 formation » operation, from creation to the 6-month follow-up, through the API", () => {
  let stage: Stage;
  let s: Scenario;
  let clock: SettableClock;

  beforeAll(async () => {
    stage = await openStage({
      Lead: { organisation: "Soudure Formation (mandataire)", kind: K.TRAINING_ORGANISATION },
      CoContractor: { organisation: "Atelier Formation (cotraitant)", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Saint-Nazaire", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Saint-Nazaire", kind: K.FRANCE_TRAVAIL },
      Company: { organisation: "Chaudronnerie de l'Estuaire", kind: K.COMPANY },
      Company2: { organisation: "Tuyauterie Atlantique", kind: K.COMPANY },
      Siae: { organisation: "Chantier d'insertion Estuaire", kind: K.COMPANY, isSiae: true },
      ChefPole: { organisation: "Région Pays de la Loire", kind: K.REGION, role: MemberRole.HEAD_OF_UNIT },
      CheffeService: { organisation: "Région Pays de la Loire", kind: K.REGION, role: MemberRole.HEAD_OF_SERVICE },
      Gestionnaire: { organisation: "Région Pays de la Loire", kind: K.REGION, role: MemberRole.SESSION_MANAGER },
      RTF: { organisation: "Région Pays de la Loire", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
    }, ["Lead", "ML", "FT", "Company", "ChefPole"], Territory.PAYS_DE_LA_LOIRE);
    ({ clock, s } = stage);
  });
  afterAll(() => stage.close());

  let op: string;
  let session: string;
  let intermediate: string;
  let finalReview: string;
  const jobs: Record<string, string> = {};
  const orders: Record<string, string> = {};
  const candidacies: Record<string, string> = {};
  const trainees = ["Lina", "Tom", "Eva", "Noah", "Jade", "Rayan"];
  const jobOf: Record<string, string> = { Lina: "job1", Tom: "job1", Eva: "job2", Noah: "job3", Jade: "job4", Rayan: "job1" };
  const adviserOf: Record<string, string> = { Lina: "FT", Tom: "ML", Eva: "FT", Noah: "FT", Jade: "ML", Rayan: "FT" };
  const moveOrder = (id: string, to: string, reason?: string) => ({ input: { purchaseOrderId: id, to, reason } });
  const request = async (key: string, job: string, by = "Lead", refused: string[] = [], alsoAllowed: string[] = []) =>
    (orders[key] = (await s.step<{ requestPurchaseOrder: { id: string; lead: { id: string } } }>({ by, alsoAllowed, refused, query: M.requestPurchaseOrder, events: ["PURCHASE_ORDER_REQUESTED"], variables: { id: jobs[job] } })).requestPurchaseOrder.id);
  const pair = (name: string) =>
    s.step({ by: "Lead", refused: [], query: M.pairTrainee, events: ["TRAINEE_PAIRED"], variables: { input: { candidacyId: candidacies[name], hiringIntentionId: jobs[jobOf[name]] } } });

  it("November 2026: the operation, its team, its session (no EOS), written hiring intentions, one entered by the training organisation", async () => {
    // a purchase-order programme cannot run on a call for tenders
    await s.refused("ChefPole", M.createOperation, { input: { programmeCode: "UN_EMPLOI_UNE_FORMATION", title: "Soudeurs", department: "44", procurementRoute: "FREF_CALL_FOR_TENDERS" } }, "BAD_USER_INPUT");
    op = (await s.step<{ createOperation: { id: string } }>({
      by: "ChefPole", alsoAllowed: ["Lead"], query: M.createOperation, events: ["OPERATION_CREATED"],
      variables: { input: { programmeCode: "UN_EMPLOI_UNE_FORMATION", title: "1 emploi = 1 formation — Soudeurs Saint-Nazaire", department: "44", procurementRoute: "PURCHASE_ORDER" } },
    })).createOperation.id;
    const steps = await s.ok<{ operation: { steps: { number: number; code: string }[] } }>("ChefPole", `query($op: ID!) { operation(id: $op) { steps { number code } } }`, { op });
    expect(steps.operation.steps.map((x) => `${x.number}.${x.code}`)).toEqual([
      "1.HIRING_INTENTIONS", "2.PURCHASE_ORDERS", "3.RECRUITMENT", "4.GROUP_AND_START", "5.TRAINING", "6.FINAL_REVIEW", "7.FOLLOW_UP", "8.CLOSURE",
    ]);
    await s.step({ by: "ChefPole", refused: ["ML", "FT", "Company"], query: M.addTeamMember, events: ["TEAM_MEMBER_ADDED"], variables: { input: { operationId: op, organisationId: s.org("Lead"), isLead: true } } });
    for (const partner of ["CoContractor", "ML", "FT", "Company", "Company2", "Siae"]) {
      await s.step({ by: "ChefPole", refused: [], query: M.addTeamMember, events: ["TEAM_MEMBER_ADDED"], variables: { input: { operationId: op, organisationId: s.org(partner) } } });
    }

    // no EOS entry in this programme: no EOS number, no DEFI flag
    const sessionInput = { operationId: op, title: "Soudeur TIG", startDate: START, endDate: END, hoursInCentre: 700, hoursInCompany: 140, fundedPlaces: 5, extraPlaces: 1, certificationTitle: "TP Soudeur TIG électrode enrobée", certificationLevel: "FULL", location: "Saint-Nazaire" };
    expect(await s.refused("Lead", M.createTrainingSession, { input: { ...sessionInput, eosNumber: "EOS-1" } }, "BAD_USER_INPUT")).toBe("eosNumber : pas de saisie EOS dans le programme 1 emploi = 1 formation");
    expect(await s.refused("Lead", M.createTrainingSession, { input: { ...sessionInput, defiFlag: true } }, "BAD_USER_INPUT")).toBe("defiFlag : une session du programme 1 emploi = 1 formation n'est pas une session DEFI");
    session = (await s.step<{ createTrainingSession: { id: string } }>({ by: "Lead", query: M.createTrainingSession, events: ["TRAINING_SESSION_CREATED"], variables: { input: sessionInput } })).createTrainingSession.id;
    expect(await s.refused("Lead", M.updateTrainingSession, { id: session, input: { eosNumber: "EOS-2027-1" } }, "BAD_USER_INPUT")).toMatch(/^eosNumber : pas de saisie EOS/);

    // written hiring intentions; an SIAE cannot be the employer
    const input = (jobTitle: string, contractType: string, months: number | null, positions: number, extra: Record<string, unknown> = {}) => ({ input: {
      operationId: op, trainingSessionId: session, jobTitle, contractType, contractDurationMonths: months, positions,
      evidenceText: `Courriel : nous prévoyons d'embaucher ${positions} ${jobTitle} après la formation.`, committedSteps: ["INFORMATION_SESSIONS", "SELECTION", "HIRING_INTERVIEW"], ...extra,
    } });
    expect(await s.refused("Siae", M.submitHiringIntention, input("Soudeur", "CDI", null, 1), "SIAE_EXCLUDED")).toMatch(/ne peut pas déboucher sur un emploi en SIAE/);
    const submit = async (key: string, jobTitle: string, contractType: string, months: number | null, positions: number, refused: string[] = []) =>
      (jobs[key] = (await s.step<{ submitHiringIntention: { id: string } }>({ by: "Company", refused, query: M.submitHiringIntention, events: ["HIRING_INTENTION_SUBMITTED"], variables: input(jobTitle, contractType, months, positions) })).submitHiringIntention.id);
    await submit("job1", "Soudeur TIG", "CDI", null, 3, ["ML", "FT", "ChefPole"]);
    await submit("job2", "Soudeur de maintenance", "CDD", 9, 1);
    await submit("job3", "Chaudronnier", "CDI", null, 1);
    await submit("job4", "Soudeur saisonnier", "CDD", 4, 1);

    // the employer told the training organisation, which enters its intention with the written evidence
    const evidenceFile = { fileName: "courriel-tuyauterie.eml", mediaType: "message/rfc822", contentBase64: Buffer.from("Objet : embauche d'un tuyauteur").toString("base64") };
    const onBehalf = (extra: Record<string, unknown>) => input("Tuyauteur", "CDI", null, 1, extra);
    expect(await s.refused("Lead", M.submitHiringIntention, onBehalf({ evidenceFile }), "BAD_USER_INPUT")).toBe("companyId : l'entreprise dont l'organisme de formation saisit l'intention d'embauche est obligatoire");
    expect(await s.refused("Lead", M.submitHiringIntention, onBehalf({ companyId: s.org("Company2") }), "BAD_USER_INPUT")).toBe("evidenceFile : joignez l'écrit de l'employeur (courriel ou courrier)");
    expect(await s.refused("Lead", M.submitHiringIntention, onBehalf({ companyId: s.org("ML"), evidenceFile }), "BAD_USER_INPUT")).toBe("companyId : une entreprise de l'équipe projet de l'opération est attendue");
    expect(await s.refused("Lead", M.submitHiringIntention, onBehalf({ companyId: s.org("Siae"), evidenceFile }), "SIAE_EXCLUDED")).toMatch(/SIAE/);
    expect(await s.refused("Company", M.submitHiringIntention, onBehalf({ companyId: s.org("Company2") }), "FORBIDDEN")).toBe("Une entreprise dépose ses propres intentions d'embauche.");
    const entered = await s.step<{ submitHiringIntention: { id: string; enteredByTrainingOrganisation: boolean } }>({
      by: "Lead", refused: ["CoContractor"], query: M.submitHiringIntention, events: ["HIRING_INTENTION_SUBMITTED"], variables: onBehalf({ companyId: s.org("Company2"), evidenceFile }),
    });
    jobs.job5 = entered.submitHiringIntention.id;
    expect(entered.submitHiringIntention.enteredByTrainingOrganisation).toBe(true);
    const seenByCompany2 = await s.ok<{ hiringIntentions: { nodes: { jobTitle: string; enteredByTrainingOrganisation: boolean; evidenceFile: { fileName: string } }[] } }>("Company2", `{ hiringIntentions { nodes { jobTitle enteredByTrainingOrganisation evidenceFile { fileName } } } }`);
    expect(seenByCompany2.hiringIntentions.nodes).toEqual([{ jobTitle: "Tuyauteur", enteredByTrainingOrganisation: true, evidenceFile: { fileName: "courriel-tuyauterie.eml" } }]);
    await s.step({ by: "ChefPole", refused: ["ML", "FT", "Company"], query: M.removeTeamMember, events: ["TEAM_MEMBER_REMOVED"], variables: { input: { operationId: op, organisationId: s.org("Siae"), reason: "Employeur SIAE : non éligible au programme" } } });
  });

  it("November 2026: one purchase order per intention, in order of arrival, validated by the chef de pôle then the cheffe de service", async () => {
    // a co-contractor's request goes to (and informs) the lead; orders arrive one after the other
    clock.set(on("2026-11-24", "09:00"));
    await request("o1", "job1", "CoContractor", undefined, ["Lead"]);
    expect((await s.ok<{ purchaseOrder: { lead: { id: string } } }>("Lead", `query($id: ID!) { purchaseOrder(id: $id) { lead { id } } }`, { id: orders.o1 })).purchaseOrder.lead.id).toBe(s.org("Lead"));
    const informed = await s.ok<{ events: { nodes: { type: string }[] } }>("Lead", `query($op: ID!) { events(operationId: $op, first: 500) { nodes { type } } }`, { op });
    expect(informed.events.nodes.map((e) => e.type)).toContain("PURCHASE_ORDER_REQUESTED");
    expect(await s.refused("Lead", M.requestPurchaseOrder, { id: jobs.job1 }, "PURCHASE_ORDER_EXISTS")).toBe("Un bon de commande est déjà en cours pour cette intention d'embauche (une intention, un parcours).");
    clock.set(on("2026-11-24", "09:10"));
    await request("o2", "job2");
    clock.set(on("2026-11-24", "09:20"));
    await request("o3", "job3");
    clock.set(on("2026-11-24", "09:30"));
    await request("o5", "job5");
    // a short contract needs the Region's derogation before its purchase order
    expect(await s.refused("Lead", M.requestPurchaseOrder, { id: jobs.job4 }, "DEROGATION_REQUIRED")).toMatch(/: le bon de commande attend la dérogation de la Région\.$/);
    await s.step({ by: "ChefPole", alsoAllowed: ["CheffeService", "Gestionnaire", "RTF"], refused: ["Lead", "ML", "FT", "Company"], query: M.grantDerogation, events: ["DEROGATION_GRANTED"], variables: { input: { id: jobs.job4, reason: "Secteur à emploi saisonnier : socle minimal" } } });
    clock.set(on("2026-11-24", "09:40"));
    await request("o4", "job4");
    expect(await s.tasks("ChefPole")).toContain("VALIDATE_PURCHASE_ORDER");

    // validated in order of arrival, by the chef de pôle then the cheffe de service; either may refuse
    clock.set(on("2026-11-25"));
    expect(await s.refused("ChefPole", M.movePurchaseOrder, moveOrder(orders.o2, "VALIDATED_BY_HEAD_OF_UNIT"), "PURCHASE_ORDER_NOT_NEXT")).toMatch(/ordre d'arrivée.*Soudeur TIG/);
    await s.step({ by: "ChefPole", refused: ["Lead", "ML", "FT", "Company", "CheffeService", "RTF", "Gestionnaire"], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_VALIDATED_BY_HEAD_OF_UNIT"], variables: moveOrder(orders.o1, "VALIDATED_BY_HEAD_OF_UNIT") });
    await s.refused("CheffeService", M.movePurchaseOrder, moveOrder(orders.o3, "VALIDATED"), "TRANSITION_NOT_ALLOWED");
    await s.step({ by: "ChefPole", refused: [], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_VALIDATED_BY_HEAD_OF_UNIT"], variables: moveOrder(orders.o2, "VALIDATED_BY_HEAD_OF_UNIT") });
    await s.refused("CheffeService", M.movePurchaseOrder, moveOrder(orders.o3, "REFUSED"), "BAD_USER_INPUT");
    await s.step({ by: "CheffeService", alsoAllowed: ["ChefPole"], refused: ["Lead", "RTF", "Gestionnaire"], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_REFUSED"], variables: moveOrder(orders.o3, "REFUSED", "Enveloppe budgétaire épuisée pour ce métier") });
    await s.step({ by: "CheffeService", refused: ["Lead", "ChefPole", "RTF"], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_VALIDATED"], variables: moveOrder(orders.o1, "VALIDATED") });
    await s.step({ by: "CheffeService", refused: [], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_VALIDATED"], variables: moveOrder(orders.o2, "VALIDATED") });
    await s.step({ by: "ChefPole", refused: [], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_VALIDATED_BY_HEAD_OF_UNIT"], variables: moveOrder(orders.o5, "VALIDATED_BY_HEAD_OF_UNIT") });

    // the employer of the intention the training organisation entered withdraws: its order is cancelled
    clock.set(on("2026-11-26"));
    await s.step({ by: "Lead", alsoAllowed: ["Company2"], refused: ["CoContractor", "ML", "Company", "ChefPole"], query: M.withdrawHiringIntention, events: ["HIRING_INTENTION_WITHDRAWN", "PURCHASE_ORDER_CANCELLED"], variables: { input: { id: jobs.job5, reason: "Le poste est pourvu en interne" } } });
    await s.step({ by: "Lead", refused: ["CoContractor", "ML", "Company", "ChefPole"], query: M.recordWithdrawalSolution, events: ["WITHDRAWAL_SOLUTION_RECORDED"], variables: { input: { hiringIntentionId: jobs.job5, solution: "Place non commandée ; le candidat pressenti est orienté vers France Travail." } } });
    const cancelled = await s.ok<{ purchaseOrder: { status: string; cancelledAt: string } }>("ChefPole", `query($id: ID!) { purchaseOrder(id: $id) { status cancelledAt } }`, { id: orders.o5 });
    expect(cancelled.purchaseOrder).toEqual({ status: "CANCELLED", cancelledAt: on("2026-11-26") });
    expect(await s.refused("Lead", M.requestPurchaseOrder, { id: jobs.job5 }, "HIRING_INTENTION_WITHDRAWN")).toMatch(/retirée/);
    await s.refused("CheffeService", M.movePurchaseOrder, moveOrder(orders.o5, "VALIDATED"), "TRANSITION_NOT_ALLOWED");

    await s.step({ by: "ChefPole", refused: [], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_VALIDATED_BY_HEAD_OF_UNIT"], variables: moveOrder(orders.o4, "VALIDATED_BY_HEAD_OF_UNIT") });
    await s.step({ by: "CheffeService", refused: [], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_VALIDATED"], variables: moveOrder(orders.o4, "VALIDATED") });

    // the refused order is requested again: a new order, at the back of the queue
    clock.set(on("2026-11-27"));
    await request("o3again", "job3");
    expect(await s.lastPayload("PURCHASE_ORDER_REQUESTED", op)).toMatchObject({ hiringIntentionId: jobs.job3, requestedAgainAfterRefusal: true });
    const refused = await s.ok<{ purchaseOrder: { status: string; refusalReason: string } }>("Lead", `query($id: ID!) { purchaseOrder(id: $id) { status refusalReason } }`, { id: orders.o3 });
    expect(refused.purchaseOrder).toEqual({ status: "REFUSED", refusalReason: "Enveloppe budgétaire épuisée pour ce métier" });
  });

  it("December 2026: recruitment with the company — information session, selection, profiles validated, admissions, pairing once the order is validated, the group of 5", async () => {
    clock.set(on("2026-12-01"));
    for (const [i, name] of trainees.entries()) {
      const adviser = adviserOf[name];
      candidacies[name] = (await s.step<{ proposeCandidate: { id: string } }>({
        by: adviser, alsoAllowed: ["ML", "FT"], refused: i === 0 ? ["Lead", "Company", "ChefPole"] : [], query: M.proposeCandidate, events: ["CANDIDATE_PROPOSED"],
        variables: { input: { trainingSessionId: session, hiringIntentionId: jobs[jobOf[name]], candidate: { firstName: name, lastName: "Martin" } } },
      })).proposeCandidate.id;
      await s.step({ by: "Lead", alsoAllowed: ["ML", "FT"], refused: [], query: M.moveCandidacy, events: ["CANDIDACY_INFORMATION_SESSION"], variables: { input: { candidacyId: candidacies[name], to: "INFORMATION_SESSION" } } });
    }

    // the information session with the company: the only meeting kind of this programme
    const infoSession = { operationId: op, trainingSessionId: session, kind: "INFORMATION_SESSION", scheduledAt: on("2026-12-08", "13:00"), place: "Chaudronnerie de l'Estuaire, Saint-Nazaire" };
    expect(await s.refused("Lead", M.scheduleMeeting, { input: { ...infoSession, kind: "PREPARATORY_MEETING" } }, "NOT_IN_PROGRAMME")).toBe("Le processus 1 emploi = 1 formation ne prévoit pas de réunion préparatoire.");
    expect(await s.refused("ChefPole", M.scheduleMeeting, { input: { ...infoSession, kind: "STEERING_COMMITTEE" } }, "NOT_IN_PROGRAMME")).toMatch(/ne prévoit pas de comité de pilotage/);
    const meeting = (await s.step<{ scheduleMeeting: { id: string } }>({ by: "Lead", query: M.scheduleMeeting, events: ["MEETING_SCHEDULED"], variables: { input: infoSession } })).scheduleMeeting.id;
    const record = { input: { meetingId: meeting, notes: "Présentation des postes et visite de l'atelier.", attendingOrganisationIds: ["Lead", "ML", "FT", "Company"].map((k) => s.org(k)), attendingCandidacyIds: trainees.map((n) => candidacies[n]) } };
    expect(await s.refused("Lead", M.recordMeeting, record, "MEETING_NOT_HELD_YET")).toMatch(/prévue le mardi 8 décembre 2026/);
    clock.set(on("2026-12-08", "16:00"));
    await s.step({ by: "Lead", refused: ["ML", "FT", "Company", "ChefPole", "CoContractor"], query: M.recordMeeting, events: ["MEETING_RECORDED"], variables: record });
    const seen = await s.ok<{ operation: { meetings: { kind: string; attendingCandidateCount: number }[] } }>("Company", `query($op: ID!) { operation(id: $op) { meetings { kind attendingCandidateCount } } }`, { op });
    expect(seen.operation.meetings).toEqual([{ kind: "INFORMATION_SESSION", attendingCandidateCount: 6 }]);

    // selection; profiles validated by France Travail, the employer and the training organisation
    clock.set(on("2026-12-10"));
    for (const [i, name] of trainees.entries()) {
      await s.step({ by: "Lead", refused: i === 0 ? ["ML", "FT", "Company", "ChefPole"] : [], query: M.moveCandidacy, events: ["CANDIDACY_SELECTION"], variables: { input: { candidacyId: candidacies[name], to: "SELECTION", selectionMethod: "COMPANY_VISIT" } } });
      // France Travail validates the profiles of the candidates it proposed (it sees no other adviser's candidates)
      for (const by of [...(adviserOf[name] === "FT" ? ["FT"] : []), "Company", "Lead"]) {
        await s.step({ by, refused: i === 0 && by === "FT" ? ["ML", "ChefPole", "CoContractor"] : [], query: M.validateProfile, events: ["PROFILE_VALIDATED"], variables: { id: candidacies[name] } });
      }
    }
    // admissions: 5 funded places, then the extra place beyond Region funding
    clock.set(on("2026-12-15"));
    for (const [i, name] of trainees.entries()) {
      const admittedNow = await s.step<{ moveCandidacy: { place: string } }>({ by: "Lead", refused: i === 0 ? ["ML", "FT", "Company", "ChefPole"] : [], query: M.moveCandidacy, events: ["CANDIDACY_ADMITTED", "FOLLOW_UPS_PLANNED"], variables: { input: { candidacyId: candidacies[name], to: "ADMITTED" } } });
      expect(admittedNow.moveCandidacy.place).toBe(name === "Rayan" ? "EXTRA" : "FUNDED");
    }

    // pairing: only once the intention's purchase order is validated
    clock.set(on("2026-12-16"));
    await s.step({ by: "Lead", refused: ["CoContractor", "ML", "FT", "Company", "ChefPole"], query: M.pairTrainee, events: ["TRAINEE_PAIRED"], variables: { input: { candidacyId: candidacies["Lina"], hiringIntentionId: jobs.job1 } } });
    for (const name of ["Tom", "Eva", "Jade", "Rayan"]) await pair(name);
    expect(await s.refused("Lead", M.pairTrainee, { input: { candidacyId: candidacies["Noah"], hiringIntentionId: jobs.job3 } }, "PURCHASE_ORDER_NOT_VALIDATED"))
      .toBe("Le parcours de « Chaudronnier » n'est pas encore commandé : son bon de commande doit être validé par la Région avant l'appariement.");
    // the minimum group counts paired trainees on funded places: the extra place does not make the fifth
    expect(await s.refused("Lead", M.constituteGroup, { id: session }, "SESSION_NOT_QUALIFIED")).toBe("Groupe insuffisant (1 emploi = 1 formation) : 4 stagiaires appariés sur 5 requis");
    await s.step({ by: "ChefPole", refused: [], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_VALIDATED_BY_HEAD_OF_UNIT"], variables: moveOrder(orders.o3again, "VALIDATED_BY_HEAD_OF_UNIT") });
    await s.step({ by: "CheffeService", refused: [], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_VALIDATED"], variables: moveOrder(orders.o3again, "VALIDATED") });
    await pair("Noah");
    await s.step({ by: "Lead", refused: ["CoContractor", "ML", "FT", "Company", "ChefPole"], query: M.constituteGroup, events: ["GROUP_CONSTITUTED"], variables: { id: session } });
    const q = await s.ok<{ trainingSession: { qualification: { rule: string; required: number; counted: number; qualified: boolean } } }>("ChefPole", `query($id: ID!) { trainingSession(id: $id) { qualification { rule required counted qualified } } }`, { id: session });
    expect(q.trainingSession.qualification).toEqual({ rule: "MINIMUM_GROUP", required: 5, counted: 5, qualified: true });

    // no partnership convention, no attestation, no bonus in this programme
    expect(await s.refused("Lead", M.draftConvention, { id: session }, "NOT_IN_PROGRAMME"))
      .toBe("« 1 emploi = 1 formation » n'a pas de convention de partenariat : le conventionnement se fait uniquement avec l'organisme de formation au travers du bon de commande.");
    expect(await s.refused("RTF", M.issueConformityAttestation, { id: session }, "NOT_IN_PROGRAMME")).toMatch(/n'a pas d'attestation de conformité/);
    expect(await s.refused("Lead", M.requestDefiBonus, { id: session }, "NOT_IN_PROGRAMME")).toBe("Le programme « 1 emploi = 1 formation » ne prévoit pas de prime de fin de session.");
  });

  it("January–April 2027: the intermediate review during the training, path referents, an immersion; a trainee leaves, the group falls below its minimum and is constituted again", async () => {
    clock.set(on("2027-01-20"));
    expect(await s.refused("Lead", M.scheduleReview, { input: { trainingSessionId: session, kind: "INTERMEDIATE", scheduledAt: on("2027-01-25") } }, "BAD_USER_INPUT"))
      .toBe("scheduledAt : un bilan intermédiaire se tient pendant la formation (du lundi 1 février 2027 au mercredi 30 juin 2027)");
    intermediate = (await s.step<{ scheduleReview: { id: string } }>({ by: "Lead", refused: ["CoContractor", "ML", "FT", "Company", "ChefPole"], query: M.scheduleReview, events: ["REVIEW_SCHEDULED"], variables: { input: { trainingSessionId: session, kind: "INTERMEDIATE", scheduledAt: on("2027-04-14", "12:00") } } })).scheduleReview.id;
    const intermediateInput = { reviewId: intermediate, qualitativeNotes: "Progression régulière, deux parcours allongés.", strengths: "Tutorat en entreprise", areasToImprove: "Soudure en position",
      attendingOrganisationIds: ["Lead", "Company", "ChefPole"].map((k) => s.org(k)), attendingCandidacyIds: ["Lina", "Eva", "Noah", "Jade", "Rayan"].map((n) => candidacies[n]) };
    expect(await s.refused("Lead", M.recordReview, { input: intermediateInput }, "SESSION_NOT_RUNNING"))
      .toBe("Renseigner un bilan intermédiaire : pendant la formation seulement (du lundi 1 février 2027 au mercredi 30 juin 2027).");

    // the session starts: a path referent per trainee
    clock.set(on(START));
    for (const [i, name] of trainees.entries()) {
      await s.step({ by: "Lead", refused: i === 0 ? ["CoContractor", "ML", "FT", "Company", "ChefPole"] : [], query: M.setPathReferent, events: ["PATH_REFERENT_SET"], variables: { input: { candidacyId: candidacies[name], pathReferent: "Marc Leroy" } } });
    }
    // an immersion in the company during the training, debriefed after it
    const immersion = (await s.step<{ scheduleImmersion: { id: string } }>({ by: "Lead", refused: ["CoContractor", "ML", "Company"], query: M.scheduleImmersion, events: ["IMMERSION_SCHEDULED"], variables: { input: { candidacyId: candidacies["Lina"], companyId: s.org("Company"), kind: "INTERNSHIP", startDate: "2027-03-01", endDate: "2027-03-05" } } })).scheduleImmersion.id;
    clock.set(on("2027-03-04"));
    await s.refused("Lead", M.debriefImmersion, { input: { immersionId: immersion, debrief: "Bonne tenue au poste." } }, "IMMERSION_NOT_OVER");
    clock.set(on("2027-03-05", "16:00"));
    await s.step({ by: "Lead", refused: [], query: M.debriefImmersion, events: ["IMMERSION_DEBRIEFED"], variables: { input: { immersionId: immersion, debrief: "Bonne tenue au poste." } } });

    // a trainee leaves: the group falls below its minimum; the training organisation and the Region are told and get a task
    clock.set(on("2027-03-10"));
    await s.step({ by: "Lead", refused: [], query: M.moveCandidacy, events: ["CANDIDACY_LEFT", "GROUP_BELOW_MINIMUM"], variables: { input: { candidacyId: candidacies["Tom"], to: "LEFT", reason: "Raisons de santé", exitSolution: "Suivi par la Mission Locale, reprise possible en septembre" } } });
    const below = await s.ok<{ trainingSession: { groupConstitutedAt: string | null; groupBelowMinimumAt: string | null } }>("Lead", `query($id: ID!) { trainingSession(id: $id) { groupConstitutedAt groupBelowMinimumAt } }`, { id: session });
    expect(below.trainingSession).toEqual({ groupConstitutedAt: null, groupBelowMinimumAt: on("2027-03-10") });
    for (const who of ["Lead", "ChefPole", "Gestionnaire"]) expect(await s.tasks(who)).toContain("GROUP_BELOW_MINIMUM");
    for (const who of ["CoContractor", "ML", "Company"]) expect(await s.tasks(who)).not.toContain("GROUP_BELOW_MINIMUM");
    const notified = await s.ok<{ notifications: { nodes: { event: { type: string } }[] } }>("Gestionnaire", `{ notifications(first: 50) { nodes { event { type } } } }`);
    expect(notified.notifications.nodes.map((n) => n.event.type)).toContain("GROUP_BELOW_MINIMUM");
    // the training organisation accepts a smaller group, and constitutes it again: the task is done
    await s.step({ by: "Lead", refused: [], query: M.updateTrainingSession, events: ["TRAINING_SESSION_UPDATED"], variables: { id: session, input: { smallerGroupAccepted: true } } });
    const again = await s.step<{ constituteGroup: { groupBelowMinimumAt: string | null } }>({ by: "Lead", refused: [], query: M.constituteGroup, events: ["GROUP_CONSTITUTED"], variables: { id: session } });
    expect(again.constituteGroup.groupBelowMinimumAt).toBeNull();
    expect(await s.lastPayload("GROUP_CONSTITUTED", op)).toMatchObject({ rule: "SMALLER_GROUP_ACCEPTED", counted: 4 });
    for (const who of ["Lead", "ChefPole", "Gestionnaire"]) expect(await s.tasks(who)).not.toContain("GROUP_BELOW_MINIMUM");

    // the intermediate review, with the Region's gestionnaire
    clock.set(on("2027-04-14", "15:00"));
    await s.step({ by: "Lead", refused: ["CoContractor", "ML", "FT", "Company", "ChefPole"], query: M.recordReview, events: ["REVIEW_RECORDED"], variables: { input: intermediateInput } });
    expect(await s.refused("Lead", M.recordReviewOutcome, { input: { reviewId: intermediate, candidacyId: candidacies["Lina"], certificationLevel: "FULL" } }, "BAD_USER_INPUT")).toBe("reviewId : les résultats des stagiaires se renseignent au bilan final");
  });

  it("June–July 2027: the final review from the last day, then the closure after the end — no attestation needed", async () => {
    clock.set(on("2027-05-03"));
    finalReview = (await s.step<{ scheduleReview: { id: string } }>({ by: "Lead", refused: [], query: M.scheduleReview, events: ["REVIEW_SCHEDULED"], variables: { input: { trainingSessionId: session, scheduledAt: on(END, "12:00") } } })).scheduleReview.id;
    const stayed = trainees.filter((n) => n !== "Tom");
    const finalInput = { reviewId: finalReview, qualitativeNotes: "Parcours individualisés tenus.", strengths: "Visites d'entreprise", areasToImprove: "Délai des bons de commande",
      attendingOrganisationIds: ["Lead", "Company", "FT", "ChefPole"].map((k) => s.org(k)), attendingCandidacyIds: stayed.map((n) => candidacies[n]) };
    const outcome = (name: string, contractType: string) => ({ input: { reviewId: finalReview, candidacyId: candidacies[name], certificationLevel: "FULL", certificationTitle: "TP Soudeur TIG", contractType, contractStartDate: "2027-07-05", employerId: s.org("Company") } });

    clock.set(on("2027-06-29"));
    expect(await s.refused("Lead", M.recordReview, { input: finalInput }, "SESSION_NOT_ENDED")).toBe("Renseigner le bilan final : pas avant le dernier jour de la session (mercredi 30 juin 2027).");
    expect(await s.refused("Lead", M.recordReviewOutcome, outcome("Lina", "CDI"), "SESSION_NOT_ENDED")).toMatch(/pas avant le dernier jour de la session/);
    clock.set(on(END, "16:00"));
    expect(await s.refused("Lead", M.closeSession, { id: session }, "SESSION_NOT_ENDED")).toBe("Clôturer la session : seulement après la fin de la session (dernier jour : mercredi 30 juin 2027).");

    clock.set(on("2027-07-01"));
    // the intermediate review belongs to the training: it can no longer be corrected once the session is over
    expect(await s.refused("Lead", M.recordReview, { input: { reviewId: intermediate, qualitativeNotes: "Correction tardive", strengths: "Tutorat", areasToImprove: "Soudure" } }, "SESSION_NOT_RUNNING")).toMatch(/pendant la formation seulement/);
    expect(await s.refused("Lead", M.closeSession, { id: session }, "REVIEW_REQUIRED")).toBe("Clôturer la session : le bilan final de la session doit d'abord être tenu et renseigné.");
    expect(await s.refused("Lead", M.recordReviewOutcome, outcome("Lina", "CDI"), "REVIEW_REQUIRED")).toMatch(/bilan final de la session doit d'abord être tenu/);
    // the review held on the last day is recorded the day after
    const held = await s.step<{ recordReview: { heldAt: string } }>({ by: "Lead", refused: ["CoContractor", "ML", "FT", "Company", "ChefPole"], query: M.recordReview, events: ["REVIEW_RECORDED"], variables: { input: { ...finalInput, heldAt: on(END, "12:00") } } });
    expect(held.recordReview.heldAt).toBe(on(END, "12:00"));
    for (const [i, [name, contract]] of [["Lina", "CDI"], ["Eva", "CDD"], ["Noah", "CDI"], ["Jade", "CDD"], ["Rayan", "CDI"]].entries()) {
      await s.step({ by: "Lead", refused: i === 0 ? ["CoContractor", "ML", "Company", "ChefPole"] : [], query: M.recordReviewOutcome, events: ["REVIEW_OUTCOME_RECORDED"], variables: outcome(name, contract) });
    }
    await s.step({ by: "Lead", refused: ["CoContractor", "ML", "FT", "Company", "ChefPole"], query: M.closeSession, events: ["SESSION_CLOSED", "OPERATION_CLOSED"], variables: { id: session } });

    // closed: read-only, but for the follow-ups
    expect(await s.refused("CheffeService", M.movePurchaseOrder, moveOrder(orders.o2, "REFUSED", "trop tard"), "OPERATION_CLOSED")).toMatch(/^Opération clôturée/);
    await s.refused("Lead", M.updateTrainingSession, { id: session, input: { location: "Nantes" } }, "OPERATION_CLOSED");
    await s.refused("Lead", M.scheduleReview, { input: { trainingSessionId: session, scheduledAt: on("2027-07-10") } }, "SESSION_CLOSED");
  });

  it("September and December 2027: the follow-ups at 3 and 6 months, from their due dates", async () => {
    const list = await s.ok<{ followUps: { nodes: { id: string; milestoneMonths: number; dueDate: string }[] } }>("Lead", `{ followUps(first: 100) { nodes { id milestoneMonths dueDate } } }`);
    expect(list.followUps.nodes).toHaveLength(trainees.length * 2);
    const report = (id: string) => ({ input: { followUpId: id, employmentStatus: "EMPLOYED_DURABLE", contractType: "CDI", employerName: "Chaudronnerie de l'Estuaire" } });
    const at = (months: number) => list.followUps.nodes.filter((f) => f.milestoneMonths === months);
    expect(new Set(at(3).map((f) => f.dueDate))).toEqual(new Set([CALENDAR.followUp3Due]));
    expect(new Set(at(6).map((f) => f.dueDate))).toEqual(new Set([CALENDAR.followUp6Due]));

    clock.set(on("2027-09-29"));
    expect(await s.refused("Lead", M.reportFollowUp, report(at(3)[0].id), "FOLLOW_UP_NOT_DUE")).toBe("Suivi à 3 mois : pas avant son échéance (jeudi 30 septembre 2027).");
    clock.set(on(CALENDAR.followUp3Due));
    for (const [i, f] of at(3).entries()) await s.step({ by: "Lead", refused: i === 0 ? ["CoContractor", "ML", "FT", "Company", "ChefPole"] : [], query: M.reportFollowUp, events: ["FOLLOW_UP_REPORTED"], variables: report(f.id) });
    await s.refused("Lead", M.reportFollowUp, report(at(6)[0].id), "FOLLOW_UP_NOT_DUE");
    clock.set(on(CALENDAR.followUp6Due));
    for (const f of at(6)) await s.step({ by: "Lead", refused: [], query: M.reportFollowUp, events: ["FOLLOW_UP_REPORTED"], variables: report(f.id) });
  });

  it("the journal tells the whole story in order, the Region reads the same, and every step of the programme's process is done", async () => {
    expect(await s.journal(op)).toEqual(s.story);
    for (const region of ["ChefPole", "Gestionnaire"]) {
      const regionView = await s.ok<{ events: { nodes: { type: string }[] } }>(region, `query($op: ID!) { events(operationId: $op, first: 500) { nodes { type } } }`, { op });
      expect(regionView.events.nodes.map((e) => e.type)).toEqual(s.story);
    }
    const steps = await s.ok<{ operation: { status: string; steps: { code: string; status: string }[] } }>("Company", `query($op: ID!) { operation(id: $op) { status steps { code status } } }`, { op });
    expect(steps.operation.status).toBe("CLOSED");
    expect(steps.operation.steps.filter((x) => x.status !== "DONE").map((x) => `${x.code}:${x.status}`)).toEqual([]);
  });
});
