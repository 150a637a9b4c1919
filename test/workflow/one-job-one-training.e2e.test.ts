import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { inDays, M, Scenario, TODAY } from "./harness";

const K = OrganisationKind;

/**
 * A whole « 1 emploi = 1 formation » operation in Pays de la Loire: purchase orders per hiring
 * intention in order of arrival (chef de pôle, then cheffe de service), a group of co-contractors
 * with its lead, the minimum group of 5 and its exception, no SIAE employer, no bonus.
 */
describe("a whole « 1 emploi = 1 formation » operation, through the API", () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db);
    s = new Scenario(api, db, {
      Lead: { organisation: "Soudure Formation (mandataire)", kind: K.TRAINING_ORGANISATION },
      CoContractor: { organisation: "Atelier Formation (cotraitant)", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Saint-Nazaire", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Saint-Nazaire", kind: K.FRANCE_TRAVAIL },
      Company: { organisation: "Chaudronnerie de l'Estuaire", kind: K.COMPANY },
      Siae: { organisation: "Chantier d'insertion Estuaire", kind: K.COMPANY, isSiae: true },
      ChefPole: { organisation: "Région Pays de la Loire", kind: K.REGION, role: MemberRole.HEAD_OF_UNIT },
      CheffeService: { organisation: "Région Pays de la Loire", kind: K.REGION, role: MemberRole.HEAD_OF_SERVICE },
      RTF: { organisation: "Région Pays de la Loire", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
    }, ["Lead", "ML", "FT", "Company", "ChefPole"], Territory.PAYS_DE_LA_LOIRE);
    await s.setUp();
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it("plays every step with the programme's own rules, and the journal tells the story in order", async () => {
    // a purchase-order programme cannot run on a call for tenders
    await s.refused("ChefPole", M.createOperation, { input: { programmeCode: "UN_EMPLOI_UNE_FORMATION", title: "Soudeurs", department: "44", procurementRoute: "FREF_CALL_FOR_TENDERS" } }, "BAD_USER_INPUT");
    const op = (await s.step<{ createOperation: { id: string } }>({
      by: "ChefPole", alsoAllowed: ["Lead"], query: M.createOperation, events: ["OPERATION_CREATED"],
      variables: { input: { programmeCode: "UN_EMPLOI_UNE_FORMATION", title: "1 emploi = 1 formation — Soudeurs Saint-Nazaire", department: "44", procurementRoute: "PURCHASE_ORDER" } },
    })).createOperation.id;
    await s.step({ by: "ChefPole", refused: ["ML", "FT", "Company"], query: M.addTeamMember, events: ["TEAM_MEMBER_ADDED"], variables: { input: { operationId: op, organisationId: s.org("Lead"), isLead: true } } });
    for (const partner of ["CoContractor", "ML", "FT", "Company", "Siae"]) {
      await s.step({ by: "ChefPole", refused: [], query: M.addTeamMember, events: ["TEAM_MEMBER_ADDED"], variables: { input: { operationId: op, organisationId: s.org(partner) } } });
    }
    const session = (await s.step<{ createTrainingSession: { id: string } }>({
      by: "Lead", query: M.createTrainingSession, events: ["TRAINING_SESSION_CREATED"],
      variables: { input: { operationId: op, title: "Soudeur TIG", startDate: inDays(20), endDate: inDays(200), hoursInCentre: 700, hoursInCompany: 140, fundedPlaces: 5, certificationTitle: "TP Soudeur TIG électrode enrobée", certificationLevel: "FULL", location: "Saint-Nazaire" } },
    })).createTrainingSession.id;

    // hiring intentions; an SIAE cannot be the employer
    const input = (jobTitle: string, contractType: string, months: number | null, positions: number) => ({ input: {
      operationId: op, trainingSessionId: session, jobTitle, contractType, contractDurationMonths: months, positions,
      evidenceText: `Courriel : nous prévoyons d'embaucher ${positions} ${jobTitle} après la formation.`, committedSteps: ["SELECTION", "HIRING_INTERVIEW"],
    } });
    expect(await s.refused("Siae", M.submitHiringIntention, input("Soudeur", "CDI", null, 1), "SIAE_EXCLUDED")).toMatch(/ne peut pas déboucher sur un emploi en SIAE/);
    const submit = async (jobTitle: string, contractType: string, months: number | null, positions: number, first = false) =>
      (await s.step<{ submitHiringIntention: { id: string } }>({ by: "Company", refused: first ? undefined : [], query: M.submitHiringIntention, events: ["HIRING_INTENTION_SUBMITTED"], variables: input(jobTitle, contractType, months, positions) })).submitHiringIntention.id;
    const job1 = await submit("Soudeur TIG", "CDI", null, 2, true);
    const job2 = await submit("Soudeur de maintenance", "CDD", 9, 1);
    const job3 = await submit("Chaudronnier", "CDI", null, 1);
    await s.step({ by: "ChefPole", refused: ["ML", "FT", "Company"], query: M.removeTeamMember, events: ["TEAM_MEMBER_REMOVED"], variables: { input: { operationId: op, organisationId: s.org("Siae"), reason: "Employeur SIAE : non éligible au programme" } } });

    // purchase orders: one per hiring intention; a co-contractor's request goes to (and informs) the lead
    const order1 = (await s.step<{ requestPurchaseOrder: { id: string; lead: { id: string } } }>({ by: "CoContractor", alsoAllowed: ["Lead"], query: M.requestPurchaseOrder, events: ["PURCHASE_ORDER_REQUESTED"], variables: { id: job1 } })).requestPurchaseOrder;
    expect(order1.lead.id).toBe(s.org("Lead"));
    const informed = await s.ok<{ events: { nodes: { type: string }[] } }>("Lead", `query($op: ID!) { events(operationId: $op, first: 500) { nodes { type } } }`, { op });
    expect(informed.events.nodes.map((e) => e.type)).toContain("PURCHASE_ORDER_REQUESTED");
    await s.refused("Lead", M.requestPurchaseOrder, { id: job1 }, "PURCHASE_ORDER_EXISTS");
    const order2 = (await s.step<{ requestPurchaseOrder: { id: string } }>({ by: "Lead", refused: [], query: M.requestPurchaseOrder, events: ["PURCHASE_ORDER_REQUESTED"], variables: { id: job2 } })).requestPurchaseOrder.id;
    const order3 = (await s.step<{ requestPurchaseOrder: { id: string } }>({ by: "Lead", refused: [], query: M.requestPurchaseOrder, events: ["PURCHASE_ORDER_REQUESTED"], variables: { id: job3 } })).requestPurchaseOrder.id;

    // validated in order of arrival, by the chef de pôle then the cheffe de service
    const moveOrder = (id: string, to: string, reason?: string) => ({ input: { purchaseOrderId: id, to, reason } });
    expect(await s.refused("ChefPole", M.movePurchaseOrder, moveOrder(order2, "VALIDATED_BY_HEAD_OF_UNIT"), "PURCHASE_ORDER_NOT_NEXT")).toMatch(/ordre d'arrivée.*Soudeur TIG/);
    await s.step({ by: "ChefPole", refused: ["Lead", "ML", "FT", "Company", "CheffeService", "RTF"], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_VALIDATED_BY_HEAD_OF_UNIT"], variables: moveOrder(order1.id, "VALIDATED_BY_HEAD_OF_UNIT") });
    await s.refused("CheffeService", M.movePurchaseOrder, moveOrder(order3, "VALIDATED"), "TRANSITION_NOT_ALLOWED");
    await s.step({ by: "ChefPole", refused: [], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_VALIDATED_BY_HEAD_OF_UNIT"], variables: moveOrder(order2, "VALIDATED_BY_HEAD_OF_UNIT") });
    await s.refused("CheffeService", M.movePurchaseOrder, moveOrder(order3, "REFUSED"), "BAD_USER_INPUT");
    await s.step({ by: "CheffeService", alsoAllowed: ["ChefPole"], refused: ["Lead", "RTF"], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_REFUSED"], variables: moveOrder(order3, "REFUSED", "Enveloppe budgétaire épuisée pour ce métier") });
    await s.step({ by: "CheffeService", refused: ["Lead", "ChefPole", "RTF"], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_VALIDATED"], variables: moveOrder(order1.id, "VALIDATED") });
    await s.step({ by: "CheffeService", refused: [], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_VALIDATED"], variables: moveOrder(order2, "VALIDATED") });

    // recruitment: three trainees, one per path
    const candidacies: string[] = [];
    for (const [name, adviser, job] of [["Lina", "ML", job1], ["Tom", "ML", job1], ["Eva", "FT", job2]] as const) {
      const id = (await s.step<{ proposeCandidate: { id: string } }>({ by: adviser, alsoAllowed: ["ML", "FT"], refused: [], query: M.proposeCandidate, events: ["CANDIDATE_PROPOSED"], variables: { input: { trainingSessionId: session, hiringIntentionId: job, candidate: { firstName: name, lastName: "Martin" } } } })).proposeCandidate.id;
      for (const to of ["INFORMATION_SESSION", "SELECTION", "ADMITTED"]) {
        await s.step({ by: "Lead", refused: [], query: M.moveCandidacy, events: [`CANDIDACY_${to}`], variables: { input: { candidacyId: id, to, selectionMethod: "COMPANY_VISIT" } } });
      }
      await s.step({ by: "Lead", refused: [], query: M.pairTrainee, events: ["TRAINEE_PAIRED"], variables: { input: { candidacyId: id, hiringIntentionId: job } } });
      candidacies.push(id);
    }
    // the minimum group of 5, unless the training organisation accepts a smaller one
    expect(await s.refused("Lead", M.constituteGroup, { id: session }, "SESSION_NOT_QUALIFIED")).toBe("Groupe insuffisant (1 emploi = 1 formation) : 3 stagiaires appariés sur 5 requis");
    await s.step({ by: "Lead", refused: [], query: M.updateTrainingSession, events: ["TRAINING_SESSION_UPDATED"], variables: { id: session, input: { smallerGroupAccepted: true } } });
    await s.step({ by: "Lead", query: M.constituteGroup, events: ["GROUP_CONSTITUTED"], variables: { id: session } });
    const q = await s.ok<{ trainingSession: { qualification: { rule: string; required: number; counted: number } } }>("ChefPole", `query($id: ID!) { trainingSession(id: $id) { qualification { rule required counted } } }`, { id: session });
    expect(q.trainingSession.qualification).toEqual({ rule: "SMALLER_GROUP_ACCEPTED", required: 1, counted: 3 });

    // the convention: every active partner signs (the co-contractor too)
    const convention = (await s.step<{ draftConvention: { id: string } }>({ by: "Lead", query: M.draftConvention, events: ["CONVENTION_DRAFTED"], variables: { id: session } })).draftConvention.id;
    await s.step({ by: "Lead", refused: [], query: M.updateConvention, events: ["CONVENTION_UPDATED"], variables: { input: { conventionId: convention, plannedSignatureDate: TODAY, signaturePlace: "Hôtel de Région, Nantes" } } });
    const signers = ["Lead", "CoContractor", "ML", "FT", "Company", "ChefPole"];
    for (const [i, signer] of signers.entries()) {
      await s.step({ by: signer, refused: [], query: M.signConvention, events: i === signers.length - 1 ? ["CONVENTION_SIGNED_BY_PARTNER", "CONVENTION_SIGNED"] : ["CONVENTION_SIGNED_BY_PARTNER"], variables: { id: convention } });
    }

    // review, attestation, closure; no DEFI bonus in this programme
    const review = (await s.step<{ scheduleReview: { id: string } }>({ by: "Lead", refused: [], query: M.scheduleReview, events: ["REVIEW_SCHEDULED"], variables: { input: { trainingSessionId: session, scheduledAt: `${inDays(200)}T14:00:00.000Z` } } })).scheduleReview.id;
    await s.step({ by: "Lead", refused: [], query: M.recordReview, events: ["REVIEW_RECORDED"], variables: { input: { reviewId: review, qualitativeNotes: "Parcours individualisés tenus.", strengths: "Visites d'entreprise", areasToImprove: "Délai des bons de commande" } } });
    await s.step({ by: "RTF", refused: ["Lead"], query: M.issueConformityAttestation, events: ["CONFORMITY_ATTESTATION_ISSUED"], variables: { id: session } });
    await s.refused("Lead", M.requestDefiBonus, { id: session }, "NO_BONUS");
    await s.step({ by: "Lead", refused: ["CoContractor", "ML", "Company", "ChefPole"], query: M.closeSession, events: ["SESSION_CLOSED", "OPERATION_CLOSED"], variables: { id: session } });
    await s.refused("CheffeService", M.movePurchaseOrder, moveOrder(order2, "REFUSED", "trop tard"), "OPERATION_CLOSED");

    expect(await s.journal(op)).toEqual(s.story);
  });
});
