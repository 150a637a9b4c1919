import type { SettableClock } from "../../server/src/clock";
import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { admitTrainees, CALENDAR, hiringIntention, M, on, openStage, Scenario, type Stage } from "./harness";

const K = OrganisationKind;

/**
 * « 1 emploi = 1 formation » purchase orders (seed 002): one per individual hiring intention,
 * served in order of arrival, validated by the chef de pôle then the cheffe de service, addressed
 * to the group's lead; a short contract needs the Region's derogation; a refused order can be
 * requested again; a withdrawn intention's order is cancelled.
 */
describe("purchase orders (1 emploi = 1 formation)", () => {
  let stage: Stage;
  let s: Scenario;
  let clock: SettableClock;
  let op: string;
  let session: string;
  const jobs: Record<string, string> = {};
  const orders: Record<string, string> = {};

  beforeAll(async () => {
    stage = await openStage({
      Lead: { organisation: "Bâtiment Formation (mandataire)", kind: K.TRAINING_ORGANISATION },
      CoContractor: { organisation: "Chantier École (cotraitant)", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Angers", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Angers", kind: K.FRANCE_TRAVAIL },
      Company: { organisation: "Maçonnerie Angevine", kind: K.COMPANY },
      ChefPole: { organisation: "Région Pays de la Loire", kind: K.REGION, role: MemberRole.HEAD_OF_UNIT },
      CheffeService: { organisation: "Région Pays de la Loire", kind: K.REGION, role: MemberRole.HEAD_OF_SERVICE },
      Gestion: { organisation: "Région Pays de la Loire", kind: K.REGION, role: MemberRole.MANAGEMENT_UNIT },
    }, ["Lead", "ML", "Company", "ChefPole"], Territory.PAYS_DE_LA_LOIRE);
    ({ clock, s } = stage);
    op = (await s.ok("ChefPole", M.createOperation, { input: { programmeCode: "UN_EMPLOI_UNE_FORMATION", title: "1 emploi = 1 formation — Maçons Angers", department: "49", procurementRoute: "PURCHASE_ORDER" } })).createOperation.id;
    await s.ok("ChefPole", M.addTeamMember, { input: { operationId: op, organisationId: s.org("Lead"), isLead: true } });
    for (const partner of ["CoContractor", "ML", "FT", "Company"]) await s.ok("ChefPole", M.addTeamMember, { input: { operationId: op, organisationId: s.org(partner) } });
    session = (await s.ok("Lead", M.createTrainingSession, { input: { operationId: op, title: "Maçon", startDate: CALENDAR.sessionStart, endDate: CALENDAR.sessionEnd, hoursInCentre: 600, fundedPlaces: 5, certificationTitle: "TP Maçon", location: "Angers" } })).createTrainingSession.id;
    const submit = async (key: string, jobTitle: string, contractType = "CDI", months: number | null = null, sessionId = session) =>
      (jobs[key] = (await s.ok("Company", M.submitHiringIntention, hiringIntention(op, sessionId, jobTitle, contractType, 1, months))).submitHiringIntention.id);
    await submit("short", "Maçon saisonnier", "CDD", 3);
    await submit("durable", "Maçon CDD 6 mois", "CDD", 6);
    await submit("refused", "Coffreur");
    await submit("queued", "Ferrailleur");
    await submit("withdrawn", "Carreleur");
  });
  afterAll(() => stage.close());

  const request = async (key: string, job: string, by = "Lead") =>
    (orders[key] = (await s.step<{ requestPurchaseOrder: { id: string; status: string } }>({ by, refused: [], query: M.requestPurchaseOrder, events: ["PURCHASE_ORDER_REQUESTED"], variables: { id: jobs[job] } })).requestPurchaseOrder.id);
  const move = (by: string, order: string, to: string, event: string, reason?: string) =>
    s.step({ by, refused: [], query: M.movePurchaseOrder, events: [event], variables: { input: { purchaseOrderId: orders[order], to, reason } } });

  it("asks the Region's derogation for a contract under 6 months, before its purchase order and its pairing", async () => {
    clock.set(on("2026-11-24", "09:00"));
    expect(await s.refused("Lead", M.requestPurchaseOrder, { id: jobs.short }, "DEROGATION_REQUIRED")).toMatch(/^.+ : le bon de commande attend la dérogation de la Région\.$/);
    const trainee = (await admitTrainees(s, { of: "Lead", adviser: "FT", session, job: jobs.short, names: ["Kevin"] }))["Kevin"];
    expect(await s.refused("Lead", M.pairTrainee, { input: { candidacyId: trainee, hiringIntentionId: jobs.short } }, "DEROGATION_REQUIRED")).toBe("Emploi non durable (moins de 6 mois) : l'appariement attend la dérogation de la Région.");
    expect(await s.tasks("ChefPole")).toContain("GRANT_DEROGATION");
    // a contract of 6 months is durable: nothing to derogate
    expect(await s.refused("ChefPole", M.grantDerogation, { input: { id: jobs.durable, reason: "Sans objet" } }, "DEROGATION_NOT_NEEDED")).toBe("Emploi durable : aucune dérogation n'est nécessaire.");
    await s.step({ by: "ChefPole", alsoAllowed: ["CheffeService", "Gestion"], refused: ["Lead", "ML", "Company"], query: M.grantDerogation, events: ["DEROGATION_GRANTED"], variables: { input: { id: jobs.short, reason: "Pic d'activité du bâtiment, CDI envisagé ensuite" } } });
    expect(await s.refused("CheffeService", M.grantDerogation, { input: { id: jobs.short, reason: "Encore" } }, "DEROGATION_ALREADY_GRANTED")).toMatch(/déjà été accordée/);
    expect(await s.tasks("ChefPole")).not.toContain("GRANT_DEROGATION");
    // with the derogation, the pairing now waits for the validated purchase order
    expect(await s.refused("Lead", M.pairTrainee, { input: { candidacyId: trainee, hiringIntentionId: jobs.short } }, "PURCHASE_ORDER_NOT_VALIDATED")).toMatch(/^Le parcours de « Maçon saisonnier » n'est pas encore commandé/);
    await request("short", "short");
    // a co-contractor's request is addressed to the group's lead
    clock.set(on("2026-11-24", "09:05"));
    const durable = await s.step<{ requestPurchaseOrder: { id: string; lead: { id: string } } }>({ by: "CoContractor", alsoAllowed: ["Lead"], query: M.requestPurchaseOrder, events: ["PURCHASE_ORDER_REQUESTED"], variables: { id: jobs.durable } });
    orders.durable = durable.requestPurchaseOrder.id;
    expect(durable.requestPurchaseOrder.lead.id).toBe(s.org("Lead"));
    expect(await s.lastPayload("PURCHASE_ORDER_REQUESTED", op)).toMatchObject({ leadOrganisationId: s.org("Lead"), requestedAgainAfterRefusal: false });
  });

  it("lets a refused order be requested again: a new order, at the back of the queue", async () => {
    clock.set(on("2026-11-24", "09:10"));
    await request("refused", "refused");
    clock.set(on("2026-11-24", "09:20"));
    await request("queued", "queued");
    clock.set(on("2026-11-25"));
    expect(await s.refused("ChefPole", M.movePurchaseOrder, { input: { purchaseOrderId: orders.refused, to: "REFUSED" } }, "BAD_USER_INPUT")).toBe("reason : un motif est obligatoire");
    await s.step({ by: "ChefPole", alsoAllowed: ["CheffeService"], refused: ["Lead", "ML", "Company", "Gestion"], query: M.movePurchaseOrder, events: ["PURCHASE_ORDER_REFUSED"], variables: { input: { purchaseOrderId: orders.refused, to: "REFUSED", reason: "Pièces justificatives incomplètes" } } });
    expect(await s.refused("Lead", M.requestPurchaseOrder, { id: jobs.queued }, "PURCHASE_ORDER_EXISTS")).toMatch(/déjà en cours/);
    clock.set(on("2026-11-26"));
    const again = await request("again", "refused");
    expect(again).not.toBe(orders.refused);
    expect(await s.lastPayload("PURCHASE_ORDER_REQUESTED", op)).toMatchObject({ hiringIntentionId: jobs.refused, requestedAgainAfterRefusal: true });
    const both = await s.ok<{ purchaseOrders: { nodes: { id: string; status: string; hiringIntention: { id: string } }[] } }>("ChefPole", `{ purchaseOrders(first: 50) { nodes { id status hiringIntention { id } } } }`);
    expect(both.purchaseOrders.nodes.filter((o) => o.hiringIntention.id === jobs.refused).map((o) => `${o.id}:${o.status}`).sort())
      .toEqual([`${orders.refused}:REFUSED`, `${again}:QUEUED`].sort());
    // served in order of arrival: the new request comes after those that were waiting
    expect(await s.refused("ChefPole", M.movePurchaseOrder, { input: { purchaseOrderId: again, to: "VALIDATED_BY_HEAD_OF_UNIT" } }, "PURCHASE_ORDER_NOT_NEXT")).toMatch(/^Les bons de commande sont servis dans l'ordre d'arrivée : celui du mardi 24 novembre 2026 \(« Maçon saisonnier »\) passe avant\.$/);
    for (const key of ["short", "durable", "queued", "again"]) await move("ChefPole", key, "VALIDATED_BY_HEAD_OF_UNIT", "PURCHASE_ORDER_VALIDATED_BY_HEAD_OF_UNIT");
  });

  it("cancels the order of a withdrawn intention, which cannot be requested again nor validated", async () => {
    clock.set(on("2026-11-27"));
    await request("withdrawn", "withdrawn");
    await move("ChefPole", "withdrawn", "VALIDATED_BY_HEAD_OF_UNIT", "PURCHASE_ORDER_VALIDATED_BY_HEAD_OF_UNIT");
    clock.set(on("2026-11-30"));
    await s.step({ by: "Company", alsoAllowed: ["Lead"], refused: ["CoContractor", "ML", "ChefPole"], query: M.withdrawHiringIntention, events: ["HIRING_INTENTION_WITHDRAWN", "PURCHASE_ORDER_CANCELLED"], variables: { input: { id: jobs.withdrawn, reason: "Chantier reporté d'un an" } } });
    expect(await s.lastPayload("PURCHASE_ORDER_CANCELLED", op)).toMatchObject({ purchaseOrderId: orders.withdrawn, from: "VALIDATED_BY_HEAD_OF_UNIT", to: "CANCELLED" });
    const cancelled = await s.ok<{ purchaseOrder: { status: string; cancelledAt: string } }>("Lead", `query($id: ID!) { purchaseOrder(id: $id) { status cancelledAt } }`, { id: orders.withdrawn });
    expect(cancelled.purchaseOrder).toEqual({ status: "CANCELLED", cancelledAt: on("2026-11-30") });
    await s.refused("Lead", M.requestPurchaseOrder, { id: jobs.withdrawn }, "HIRING_INTENTION_WITHDRAWN");
    expect(await s.refused("CheffeService", M.movePurchaseOrder, { input: { purchaseOrderId: orders.withdrawn, to: "VALIDATED" } }, "TRANSITION_NOT_ALLOWED")).toBe("Un bon de commande « annulé (intention retirée) » ne peut pas passer à « validé ».");
    // the second level is served in order of arrival too
    expect(await s.refused("CheffeService", M.movePurchaseOrder, { input: { purchaseOrderId: orders.queued, to: "VALIDATED" } }, "PURCHASE_ORDER_NOT_NEXT")).toMatch(/« Maçon saisonnier »/);
    for (const key of ["short", "durable", "queued", "again"]) await move("CheffeService", key, "VALIDATED", "PURCHASE_ORDER_VALIDATED");
  });

  it("ends the pairing of a withdrawn intention, cancels its order and re-checks the group", async () => {
    clock.set(on("2026-12-01"));
    const platform = (await s.ok("Lead", M.createTrainingSession, { input: { operationId: op, title: "Maçon (entrées et sorties permanentes)", startDate: CALENDAR.sessionStart, endDate: CALENDAR.sessionEnd, hoursInCentre: 300, fundedPlaces: 3, permanentEntryExit: true, certificationTitle: "TP Maçon", location: "Angers" } })).createTrainingSession.id;
    jobs.platform = (await s.ok("Company", M.submitHiringIntention, hiringIntention(op, platform, "Maçon VRD"))).submitHiringIntention.id;
    await request("platform", "platform");
    await move("ChefPole", "platform", "VALIDATED_BY_HEAD_OF_UNIT", "PURCHASE_ORDER_VALIDATED_BY_HEAD_OF_UNIT");
    await move("CheffeService", "platform", "VALIDATED", "PURCHASE_ORDER_VALIDATED");
    await admitTrainees(s, { of: "Lead", adviser: "ML", session: platform, job: jobs.platform, names: ["Léon"], pair: true });
    await s.step({ by: "Lead", refused: [], query: M.constituteGroup, events: ["GROUP_CONSTITUTED"], variables: { id: platform } });
    expect(await s.lastPayload("GROUP_CONSTITUTED", op)).toMatchObject({ rule: "PERMANENT_ENTRY_EXIT", counted: 1 });
    clock.set(on("2026-12-02"));
    await s.step({ by: "Lead", alsoAllowed: ["Company"], refused: ["CoContractor", "ML", "ChefPole"], query: M.withdrawHiringIntention, events: ["HIRING_INTENTION_WITHDRAWN", "PURCHASE_ORDER_CANCELLED", "GROUP_BELOW_MINIMUM"], variables: { input: { id: jobs.platform, reason: "L'employeur nous a prévenus : poste supprimé" } } });
    expect(await s.lastPayload("HIRING_INTENTION_WITHDRAWN", op)).toMatchObject({ pairingsEnded: 1, toldTheTrainingOrganisation: true });
    expect(await s.tasks("Lead")).toContain("GROUP_BELOW_MINIMUM");
  });

  it("shows, on the hiring intention, its standing purchase order, not a refused one, and keeps the refused ones as history", async () => {
    clock.set(on("2026-12-10", "08:00"));
    jobs.reRequested = (await s.ok("Company", M.submitHiringIntention, hiringIntention(op, session, "Bancheur"))).submitHiringIntention.id;
    let standing = await request("reRequested", "reRequested");
    // ids are random: refuse and request again until a refused order's id sorts before the standing one's,
    // so that an answer taken in id order (not the standing order) cannot pass by chance
    const refusedIds: string[] = [];
    for (let i = 1; i <= 20 && !refusedIds.some((id) => id < standing); i++) {
      await move("ChefPole", "reRequested", "REFUSED", "PURCHASE_ORDER_REFUSED", "Dossier à compléter");
      refusedIds.push(standing);
      clock.set(on("2026-12-10", `08:${String(i).padStart(2, "0")}`));
      standing = await request("reRequested", "reRequested");
    }
    expect(refusedIds.some((id) => id < standing)).toBe(true);
    const seen = await s.ok<{ hiringIntention: { purchaseOrder: { id: string; status: string }; purchaseOrders: { id: string; status: string }[] } }>("Lead", `query($id: ID!) { hiringIntention(id: $id) { purchaseOrder { id status } purchaseOrders { id status } } }`, { id: jobs.reRequested });
    expect(seen.hiringIntention.purchaseOrder).toEqual({ id: standing, status: "QUEUED" });
    // the refused ones stay as history, in order of arrival
    expect(seen.hiringIntention.purchaseOrders).toEqual([...refusedIds.map((id) => ({ id, status: "REFUSED" })), { id: standing, status: "QUEUED" }]);
  });

  it("pays no bonus in this programme", async () => {
    expect(await s.refused("Gestion", M.acknowledgeDefiBonus, { id: session }, "NOT_IN_PROGRAMME")).toBe("Le programme « 1 emploi = 1 formation » ne prévoit pas de prime de fin de session.");
    expect(await s.refused("Gestion", M.payDefiBonus, { id: session }, "NOT_IN_PROGRAMME")).toBe("Le programme « 1 emploi = 1 formation » ne prévoit pas de prime de fin de session.");
  });
});
