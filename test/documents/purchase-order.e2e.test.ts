import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { CALENDAR, hiringIntention, M, on, openStage, type Scenario, type Stage } from "../workflow/harness";
import { fetchDocument, footerOf, readPdf, reprDigest, sha256 } from "./pdf";

const K = OrganisationKind;

/**
 * The « 1 emploi = 1 formation » purchase order as PDF: one path for one hiring intention,
 * addressed to the group's lead, a new version at each validation step; served to the Region, the
 * training organisations it concerns and the company whose job it is, to no one else.
 */
describe("the purchase order as PDF (1 emploi = 1 formation)", () => {
  let stage: Stage;
  let s: Scenario;
  const orders: Record<string, string> = {};
  const urlOf = async (order: string, by = "ChefPole") =>
    (await s.ok<{ purchaseOrder: { documentUrl: string } }>(by, `query($id: ID!) { purchaseOrder(id: $id) { documentUrl } }`, { id: orders[order] })).purchaseOrder.documentUrl;
  const get = (url: string, by?: string) => fetchDocument(stage.api, url, by ? { token: s.token(by) } : {});

  beforeAll(async () => {
    stage = await openStage({
      Lead: { organisation: "Bâtiment Formation (mandataire)", kind: K.TRAINING_ORGANISATION },
      CoContractor: { organisation: "Chantier École (cotraitant)", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Angers", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Angers", kind: K.FRANCE_TRAVAIL },
      Company: { organisation: "Maçonnerie Angevine", kind: K.COMPANY },
      OtherCompany: { organisation: "Charpente Nazairienne", kind: K.COMPANY },
      ChefPole: { organisation: "Région Pays de la Loire", kind: K.REGION, role: MemberRole.HEAD_OF_UNIT },
      CheffeService: { organisation: "Région Pays de la Loire", kind: K.REGION, role: MemberRole.HEAD_OF_SERVICE },
    }, ["Lead", "ML", "Company", "ChefPole"], Territory.PAYS_DE_LA_LOIRE);
    s = stage.s;
    const op = (await s.ok("ChefPole", M.createOperation, { input: { programmeCode: "UN_EMPLOI_UNE_FORMATION", title: "Maçons Angers", department: "49", procurementRoute: "PURCHASE_ORDER" } })).createOperation.id;
    await s.ok("ChefPole", M.addTeamMember, { input: { operationId: op, organisationId: s.org("Lead"), isLead: true } });
    for (const partner of ["CoContractor", "ML", "FT", "Company", "OtherCompany"]) await s.ok("ChefPole", M.addTeamMember, { input: { operationId: op, organisationId: s.org(partner) } });
    const session = (await s.ok("Lead", M.createTrainingSession, { input: { operationId: op, title: "Maçon", startDate: CALENDAR.sessionStart, endDate: CALENDAR.sessionEnd, hoursInCentre: 600, fundedPlaces: 5, certificationTitle: "TP Maçon", location: "Angers" } })).createTrainingSession.id;
    const ferrailleur = (await s.ok("Company", M.submitHiringIntention, hiringIntention(op, session, "Ferrailleur", "CDI", 1))).submitHiringIntention.id;
    const charpentier = (await s.ok("OtherCompany", M.submitHiringIntention, hiringIntention(op, session, "Charpentier", "CDI", 2))).submitHiringIntention.id;
    stage.clock.set(on("2026-11-24", "09:00"));
    orders.ferrailleur = (await s.ok("CoContractor", M.requestPurchaseOrder, { id: ferrailleur })).requestPurchaseOrder.id;
    stage.clock.set(on("2026-11-24", "09:05"));
    orders.charpentier = (await s.ok("Lead", M.requestPurchaseOrder, { id: charpentier })).requestPurchaseOrder.id;
  });
  afterAll(() => stage.close());

  it("prints the order as requested: version 1, the lead it goes to, the job, the session, both validations awaited", async () => {
    const url = await urlOf("ferrailleur", "Lead");
    expect(url).toBe(`/documents/purchase-order/${orders.ferrailleur}.pdf`);
    const fetched = await get(url, "Lead");
    const pdf = readPdf(fetched);
    expect(footerOf(pdf.flat).version).toBe(1);
    for (const fact of [
      "Région Pays de la Loire", "1 emploi = 1 formation", `Bon de commande BC-${orders.ferrailleur.slice(0, 8).toUpperCase()}`, "opération « Maçons Angers »",
      "Statut : en attente.", "Destinataire Bâtiment Formation (mandataire)", "Demandé par Chantier École (cotraitant), son mandataire informé",
      "Reçu le 24 novembre 2026 à 10 h 00", "l'intention d'embauche de Maçonnerie Angevine : 1 poste de ferrailleur en CDI",
      "CDI : emploi durable quelle que soit sa durée", "Maçon, du 1er février 2027 au 30 juin 2027, à Angers", "600 heures en centre et 0 heure en entreprise",
      "Chef de pôle en attente", "Cheffe de service en attente",
    ]) expect(pdf.flat).toContain(fact);
    // the same data gives the same bytes
    expect((await get(url, "CoContractor")).bytes.equals(fetched.bytes)).toBe(true);
  });

  it("makes a new version at each step: the chef de pôle's validation, then the cheffe de service's, each with who and when; or the refusal and its reason", async () => {
    stage.clock.set(on("2026-11-25"));
    await s.ok("ChefPole", M.movePurchaseOrder, { input: { purchaseOrderId: orders.ferrailleur, to: "VALIDATED_BY_HEAD_OF_UNIT" } });
    const halfway = readPdf(await get(await urlOf("ferrailleur"), "ChefPole"));
    expect(footerOf(halfway.flat).version).toBe(2);
    expect(halfway.flat).toContain("Chef de pôle le 25 novembre 2026 par Prénom ChefPole (Chef de pôle)");
    expect(halfway.flat).toContain("Cheffe de service en attente");

    stage.clock.set(on("2026-11-26"));
    await s.ok("CheffeService", M.movePurchaseOrder, { input: { purchaseOrderId: orders.ferrailleur, to: "VALIDATED" } });
    const fetched = await get(await urlOf("ferrailleur"), "Company");
    const validated = readPdf(fetched);
    expect(fetched.headers.get("x-document-version")).toBe("3");
    expect(reprDigest(fetched.headers)).toBe(sha256(fetched.bytes));
    expect(fetched.headers.get("content-disposition")).toContain(`filename*=UTF-8''Bon%20de%20commande%20-%20Ferrailleur%20-%20Ma%C3%A7onnerie%20Angevine.pdf`);
    expect(footerOf(validated.flat).version).toBe(3);
    for (const fact of ["Statut : validé.", "Chef de pôle le 25 novembre 2026 par Prénom ChefPole (Chef de pôle)", "Cheffe de service le 26 novembre 2026 par Prénom CheffeService (Cheffe de service)"]) {
      expect(validated.flat).toContain(fact);
    }

    await s.ok("ChefPole", M.movePurchaseOrder, { input: { purchaseOrderId: orders.charpentier, to: "REFUSED", reason: "Parcours déjà financé par ailleurs" } });
    const refused = readPdf(await get(await urlOf("charpentier"), "OtherCompany"));
    expect(footerOf(refused.flat).version).toBe(2);
    expect(refused.flat).toContain("Statut : refusé.");
    expect(refused.flat).toContain("Refus le 26 novembre 2026 par Prénom ChefPole (Chef de pôle), motif : Parcours déjà financé par ailleurs");
  });

  it("serves the order to the Region, its training organisations and its company only; 401 without a session", async () => {
    const url = `/documents/purchase-order/${orders.ferrailleur}.pdf`;
    for (const allowed of ["ChefPole", "CheffeService", "Lead", "CoContractor", "Company"]) expect([allowed, (await get(url, allowed)).status]).toEqual([allowed, 200]);
    for (const refused of ["ML", "FT", "OtherCompany"]) {
      const res = await get(url, refused);
      expect([refused, res.status, res.body]).toEqual([refused, 404, "Document introuvable : il n'existe pas, ou vous n'y avez pas accès."]);
    }
    expect((await get(url)).status).toBe(401);
    expect((await get(`/documents/purchase-order/${orders.charpentier}.pdf`, "OtherCompany")).status).toBe(200);
  });
});
