import type { SettableClock } from "../../server/src/clock";
import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { SESSION_COOKIE } from "../../server/src/auth/tokens";
import { admitTrainees, hiringIntention, M, on, openStage, type Scenario, type Stage } from "../workflow/harness";
import { fetchDocument, footerOf, readPdf, reprDigest, sha256, shown } from "./pdf";

const K = OrganisationKind;
const START = "2027-01-04";
const END = "2027-06-30";

interface ConventionView {
  version: number;
  status: string;
  body: string;
  text: string;
  textSha256: string;
  documentUrl: string;
  contactSheetUrl: string;
  signedDocuments: { version: number; sha256: string; sizeBytes: number; url: string }[];
}
const CONVENTION = `query($id: ID!) { convention(id: $id) { version status body text textSha256 documentUrl contactSheetUrl signedDocuments { version sha256 sizeBytes url } } }`;

/**
 * The DEFI documents, rendered from an operation played through the API and read back with
 * pdftotext: the convention (draft, then frozen at its last signature, a new version after an
 * edit), its contact sheet, the conformity attestation and the bonus request; each served only
 * to a signed-in partner who may see its subject.
 */
describe("DEFI documents as PDF: convention, contact sheet, attestation, bonus request", () => {
  let stage: Stage;
  let s: Scenario;
  let clock: SettableClock;
  let session: string;
  let convention: string;
  const trainees: Record<string, string> = {};
  const view = async (by = "OF") => (await s.ok<{ convention: ConventionView }>(by, CONVENTION, { id: convention })).convention;
  const get = (url: string, by?: string) => fetchDocument(stage.api, url, by ? { token: s.token(by) } : {});

  beforeAll(async () => {
    stage = await openStage({
      OF: { organisation: "Formation Loiret", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Orléans", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Orléans Sud", kind: K.FRANCE_TRAVAIL },
      CompanyA: { organisation: "Entrepôt Saran", kind: K.COMPANY },
      CompanyB: { organisation: "Transports Artenay", kind: K.COMPANY },
      RTF: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
      Elu: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.ELECTED_REPRESENTATIVE },
      Gestion: { organisation: "Région Centre-Val de Loire", kind: K.REGION, role: MemberRole.MANAGEMENT_UNIT },
      Outsider: { organisation: "Autre organisme", kind: K.TRAINING_ORGANISATION },
    }, ["OF", "ML", "FT", "CompanyA", "RTF"], Territory.CENTRE_VAL_DE_LOIRE);
    ({ clock, s } = stage);
    const op = (await s.ok("OF", M.createOperation, { input: { programmeCode: "DEFI", title: "DEFI Logistique Orléans", department: "45", procurementRoute: "PRF_MARKET" } })).createOperation.id as string;
    for (const partner of ["ML", "FT", "CompanyA", "CompanyB"]) await s.ok("OF", M.addTeamMember, { input: { operationId: op, organisationId: s.org(partner) } });
    session = (await s.ok("OF", M.createTrainingSession, { input: {
      operationId: op, title: "Agent magasinier", eosNumber: "EOS-2027-0007", startDate: START, endDate: END, hoursInCentre: 560, hoursInCompany: 210,
      fundedPlaces: 6, defiFlag: true, certificationTitle: "TP Agent magasinier", certificationLevel: "FULL", location: "Orléans",
    } })).createTrainingSession.id;
    const jobs = {
      cariste: (await s.ok("CompanyA", M.submitHiringIntention, hiringIntention(op, session, "Cariste", "CDI", 2))).submitHiringIntention.id as string,
      magasinier: (await s.ok("CompanyA", M.submitHiringIntention, hiringIntention(op, session, "Magasinier", "CDI", 3))).submitHiringIntention.id as string,
      preparateur: (await s.ok("CompanyB", M.submitHiringIntention, hiringIntention(op, session, "Préparateur de commandes", "CDD", 1, 12))).submitHiringIntention.id as string,
    };
    Object.assign(trainees, await admitTrainees(s, { of: "OF", adviser: "ML", session, job: jobs.cariste, names: ["Inès", "Lucas"], pair: true }));
    Object.assign(trainees, await admitTrainees(s, { of: "OF", adviser: "FT", session, job: jobs.magasinier, names: ["Nadia", "Karim", "Julie"], pair: true }));
    Object.assign(trainees, await admitTrainees(s, { of: "OF", adviser: "ML", session, job: jobs.preparateur, names: ["Yanis"], pair: true }));
    convention = (await s.ok("OF", M.draftConvention, { id: session })).draftConvention.id;
  });
  afterAll(() => stage.close());

  it("drafts the convention's text in French typography: long dates, « 2 postes » and « 1 poste », non-breaking spaces", async () => {
    const { body } = await view();
    expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(body).not.toContain("poste(s)");
    expect(shown(body)).toContain("Session~: Agent magasinier, du 4~janvier~2027 au 30~juin~2027, à Orléans.");
    expect(shown(body)).toContain("Durée~: 560~heures en centre et 210~heures en entreprise.");
    expect(shown(body)).toContain("- Entrepôt Saran~: 2~postes de cariste (CDI).");
    expect(shown(body)).toContain("- Transports Artenay~: 1~poste de préparateur de commandes (CDD, 12 mois).");
  });

  it("shows the text to sign before signing, and serves the draft PDF carrying it, its version and its fingerprint", async () => {
    await s.ok("OF", M.updateConvention, { input: {
      conventionId: convention, plannedSignatureDate: "2027-02-01", signaturePlace: "Hôtel de Région, Orléans",
      signatureOptions: [{ date: "2027-02-01", startTime: "10:00", endTime: "12:00" }],
    } });
    const draft = await view("CompanyA");
    expect(draft.version).toBe(2);
    expect(draft.textSha256).toBe(sha256(draft.text));
    expect(draft.documentUrl).toBe(`/documents/convention/${convention}.pdf`);
    expect(draft.signedDocuments).toEqual([]);
    // the text on screen: French spacing before « : » and inside « », the Region's name, the seed's commitments
    expect(shown(draft.text)).toContain("Numéro EOS~: EOS-2027-0007");
    expect(shown(draft.text)).toContain("opération «~DEFI Logistique Orléans~»");
    expect(draft.text).toContain("piloté par la Région Centre-Val de Loire");

    const fetched = await get(draft.documentUrl, "CompanyA");
    expect(fetched.headers.get("cache-control")).toBe("private, no-store");
    // Chrome's PDF viewer must not meet the site's object-src 'none'; framing stays the platform's own
    expect(fetched.headers.get("content-security-policy")).toBe("frame-ancestors 'self'");
    expect(fetched.headers.get("content-disposition")).toBe(`inline; filename="Convention - Agent magasinier - version 2.pdf"`);
    expect(fetched.headers.get("x-document-version")).toBe("2");
    const pdf = readPdf(fetched);
    expect(footerOf(pdf.flat)).toEqual({ version: 2, fingerprint: draft.textSha256 });
    expect(pdf.flat).toContain("Projet de convention — version 2, en cours de signature");
    for (const fact of [
      "Région Centre-Val de Loire", "Entre les soussignés",
      "Formation Loiret, Organisme de formation", "Mission Locale Orléans, Mission Locale", "France Travail Orléans Sud, France Travail",
      "Entrepôt Saran, Entreprise", "Transports Artenay, Entreprise", "représentée par Prénom Elu",
      "EOS-2027-0007", "du 4 janvier 2027 au 30 juin 2027", "560 heures en centre et 210 heures en entreprise", "6 places financées par la Région",
      "Entrepôt Saran : 2 postes de cariste en CDI", "Entrepôt Saran : 3 postes de magasinier en CDI", "Transports Artenay : 1 poste de préparateur de commandes en CDD de 12 mois",
      "Au total : 6 emplois promis pour 6 places",
      "assurer le suivi dans l'emploi des personnes, en sortie de formation, à 3 et 6 mois", "participer au comité de pilotage.",
      "Signature prévue le 1er février 2027, lieu : Hôtel de Région, Orléans.", "Signatures de la version 2", "en attente",
    ]) expect(pdf.flat).toContain(fact);
    expect(pdf.flat).not.toMatch(/\d{4}-\d{2}-\d{2}|poste\(s\)/);
  });

  it("serves the contact sheet the RTF receives at J-20: the session, the signature's options, a contact per signatory", async () => {
    const { contactSheetUrl, version } = await view("RTF");
    const pdf = readPdf(await get(contactSheetUrl, "RTF"));
    expect(footerOf(pdf.flat).version).toBe(version);
    for (const fact of [
      "Fiche contact — Agent magasinier", "Formation Loiret", "EOS-2027-0007", "du 4 janvier 2027 au 30 juin 2027", "6 stagiaires admis",
      "1er février 2027 de 10 h 00 à 12 h 00", "Hôtel de Région, Orléans",
      "Prénom Elu, Élu·e signataire pour la Région — courriel : elu@parcours.test", "Prénom RTF, Référent territorial formation (RTF) — courriel : rtf@parcours.test",
      "Entrepôt Saran — Entreprise", "companya@parcours.test", "Mission Locale Orléans — Mission Locale", "ml@parcours.test",
    ]) expect(pdf.flat).toContain(fact);
    // trainees are counted, never named
    expect(pdf.flat).not.toContain("Inès");
  });

  let signedV2: { sha256: string; bytes: Buffer; text: string };

  it("freezes the convention when its last signature completes it: the stored bytes are served, their SHA-256 named by the event", async () => {
    const { text, textSha256 } = await view();
    clock.set(on("2027-02-01", "09:30"));
    for (const signer of ["OF", "ML", "FT", "CompanyA", "CompanyB"]) await s.step({ by: signer, refused: [], query: M.signConvention, events: ["CONVENTION_SIGNED_BY_PARTNER"], variables: { id: convention } });
    clock.set(on("2027-02-01", "10:15"));
    await s.step({ by: "Elu", refused: [], query: M.signConvention, events: ["CONVENTION_SIGNED_BY_PARTNER", "CONVENTION_SIGNED"], variables: { id: convention } });

    const signed = await view("RTF");
    expect(signed.status).toBe("SIGNED");
    expect(signed.signedDocuments).toEqual([{ version: 2, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), sizeBytes: expect.any(Number), url: `/documents/convention/${convention}.pdf?version=2` }]);
    const frozen = signed.signedDocuments[0];
    expect(await s.lastPayload("CONVENTION_SIGNED")).toEqual({ conventionId: convention, version: 2, document: { id: expect.any(String), sha256: frozen.sha256 } });

    const fetched = await get(signed.documentUrl, "RTF");
    const pdf = readPdf(fetched);
    expect(pdf.sha256).toBe(frozen.sha256);
    expect(reprDigest(fetched.headers)).toBe(frozen.sha256);
    expect(fetched.bytes.length).toBe(frozen.sizeBytes);
    // the text signed is the one shown before signing
    expect(footerOf(pdf.flat)).toEqual({ version: 2, fingerprint: textSha256 });
    expect(signed.text).toBe(text);
    for (const fact of [
      "Convention signée le 1er février 2027", "Signatures de la version 2",
      "Prénom OF", "Prénom ML", "Prénom FT", "Prénom CompanyA", "Prénom CompanyB", "Prénom Elu",
      "1er février 2027 à 10 h 30", "1er février 2027 à 11 h 15", "Convention signée par tous ses signataires le 1er février 2027 à 11 h 15.",
    ]) expect(pdf.flat).toContain(fact);
    expect(pdf.flat).not.toContain("en attente");
    // frozen: the same bytes every time, by its current address or its version's
    expect((await get(signed.documentUrl, "CompanyB")).bytes.equals(fetched.bytes)).toBe(true);
    expect((await get(frozen.url, "ML")).bytes.equals(fetched.bytes)).toBe(true);
    signedV2 = { sha256: frozen.sha256, bytes: fetched.bytes, text: pdf.flat };
  });

  it("serves nothing without a session (401), nor to an organisation off the team (404); the cookie works as the bearer token does", async () => {
    const { documentUrl, contactSheetUrl } = await view();
    for (const url of [documentUrl, contactSheetUrl]) {
      const anonymous = await get(url);
      expect({ status: anonymous.status, body: anonymous.body }).toEqual({ status: 401, body: "Connectez-vous pour consulter ce document." });
      expect((await fetchDocument(stage.api, url, { token: "jeton-inconnu" })).status).toBe(401);
      const outsider = await get(url, "Outsider");
      expect({ status: outsider.status, body: outsider.body }).toEqual({ status: 404, body: "Document introuvable : il n'existe pas, ou vous n'y avez pas accès." });
    }
    expect((await fetchDocument(stage.api, documentUrl, { cookie: `${SESSION_COOKIE}=${s.token("FT")}` })).bytes.equals(signedV2.bytes)).toBe(true);
    for (const url of [`/documents/convention/${session}.pdf`, `/documents/convention/pas-un-id.pdf`, `/documents/inconnu/${convention}.pdf`, `${documentUrl}?version=abc`, `${documentUrl}?version=1`]) {
      expect((await get(url, "OF")).status).toBe(404);
    }
    expect((await get(`${documentUrl}?version=1`, "OF")).body).toBe("La version 1 de cette convention n'a pas été signée : seules les versions signées sont conservées.");
  });

  it("makes version n+1 of a signed convention that is edited: version n stays retrievable, byte for byte, and is frozen in turn when signed", async () => {
    clock.set(on("2027-02-02"));
    await s.ok("OF", M.updateConvention, { input: { conventionId: convention, body: "Convention de partenariat DEFI, complétée après le comité de pilotage : les immersions ont lieu chez Entrepôt Saran." } });
    const edited = await view();
    expect({ version: edited.version, status: edited.status }).toEqual({ version: 3, status: "DRAFT" });
    expect(edited.signedDocuments.map((d) => d.version)).toEqual([2]);
    const v2 = await get(edited.signedDocuments[0].url, "CompanyA");
    expect(v2.bytes.equals(signedV2.bytes)).toBe(true);
    expect(sha256(v2.bytes)).toBe(signedV2.sha256);

    const draft = readPdf(await get(edited.documentUrl, "CompanyA"));
    expect(footerOf(draft.flat)).toEqual({ version: 3, fingerprint: edited.textSha256 });
    expect(draft.flat).toContain("les immersions ont lieu chez Entrepôt Saran");
    expect(draft.flat).toContain("Signatures des versions précédentes");
    expect(draft.flat).toContain("version 2, le 1er février 2027 à 10 h 30, annulée par la modification du 2 février 2027");

    clock.set(on("2027-02-03"));
    for (const signer of ["OF", "ML", "FT", "CompanyA", "CompanyB"]) await s.ok(signer, M.signConvention, { id: convention });
    await s.step({ by: "Elu", refused: [], query: M.signConvention, events: ["CONVENTION_SIGNED_BY_PARTNER", "CONVENTION_SIGNED"], variables: { id: convention } });
    const resigned = await view();
    expect(resigned.signedDocuments.map((d) => d.version)).toEqual([2, 3]);
    const [first, second] = resigned.signedDocuments;
    expect(first.sha256).toBe(signedV2.sha256);
    expect((await get(first.url, "OF")).bytes.equals(signedV2.bytes)).toBe(true);
    const v3 = await get(resigned.documentUrl, "OF");
    expect(sha256(v3.bytes)).toBe(second.sha256);
    expect(v3.headers.get("content-disposition")).toBe(`inline; filename="Convention - Agent magasinier - version 3.pdf"`);
    expect(readPdf(v3).flat).toContain("Convention signée le 3 février 2027");
    expect(await stage.db.dataSource.query(`SELECT version, sha256 FROM document_version WHERE subject_id = $1 ORDER BY version`, [convention]))
      .toEqual([{ version: 2, sha256: signedV2.sha256 }, { version: 3, sha256: second.sha256 }]);
  });

  it("serves the conformity attestation once the RTF issues it, and the bonus request once the training organisation makes it", async () => {
    clock.set(on("2027-05-10"));
    const review = (await s.ok("OF", M.scheduleReview, { input: { trainingSessionId: session, scheduledAt: on(END, "12:00") } })).scheduleReview.id;
    clock.set(on(END, "14:00"));
    await s.ok("OF", M.recordReview, { input: {
      reviewId: review, qualitativeNotes: "Groupe soudé.", strengths: "Immersions préparées", areasToImprove: "Anticiper le CACES",
      attendingOrganisationIds: ["OF", "ML", "CompanyA", "RTF"].map((k) => s.org(k)), attendingCandidacyIds: Object.values(trainees),
    } });
    for (const [name, id] of Object.entries(trainees)) {
      await s.ok("OF", M.recordReviewOutcome, { input: {
        reviewId: review, candidacyId: id, certificationLevel: name === "Julie" ? "SKILLS_BLOCK" : "FULL", certificationTitle: "TP Agent magasinier",
        ...(name === "Yanis" ? {} : { contractType: "CDI", contractStartDate: "2027-07-05", employerId: s.org("CompanyA") }),
      } });
    }
    const closureOf = async () => (await s.ok<{ trainingSession: { closure: { id: string; attestationUrl: string | null; bonusRequestUrl: string | null } | null } }>("OF",
      `query($id: ID!) { trainingSession(id: $id) { closure { id attestationUrl bonusRequestUrl } } }`, { id: session })).trainingSession.closure;
    clock.set(on("2027-07-01", "08:00"));
    await s.ok("RTF", M.issueConformityAttestation, { id: session });
    const issued = await closureOf();
    expect(issued).toEqual({ id: expect.any(String), attestationUrl: `/documents/attestation/${issued!.id}.pdf`, bonusRequestUrl: null });
    const notYet = await get(`/documents/bonus-request/${issued!.id}.pdf`, "OF");
    expect({ status: notYet.status, body: notYet.body }).toEqual({ status: 404, body: "La prime DEFI de cette session n'est pas encore demandée." });

    const attestation = readPdf(await get(issued!.attestationUrl!, "OF"));
    expect(footerOf(attestation.flat).version).toBe(1);
    for (const fact of [
      "Attestation de conformité", "La Région Centre-Val de Loire, représentée par Prénom RTF, Référent territorial formation (RTF), atteste",
      "la session « Agent magasinier » (EOS EOS-2027-0007), conduite par Formation Loiret du 4 janvier 2027 au 30 juin 2027",
      "convention de partenariat signée le 3 février 2027 (version 3)", "6 stagiaires appariés à une entreprise pour 6 requis",
      "Tableau des seuils DEFI (6 places financées : 6 stagiaires DEFI)",
      "tenu le 30 juin 2027", "6 stagiaires certifiés", "5 contrats signés", "Délivrée le 1er juillet 2027 à Formation Loiret",
    ]) expect(attestation.flat).toContain(fact);

    await s.ok("OF", M.requestDefiBonus, { id: session });
    const requested = await closureOf();
    expect(requested!.bonusRequestUrl).toBe(`/documents/bonus-request/${issued!.id}.pdf`);
    const bonus = readPdf(await get(requested!.bonusRequestUrl!, "Gestion"));
    for (const fact of [
      "Demande de paiement de la prime DEFI", "Demandeur Formation Loiret", "Cellule de gestion — Région Centre-Val de Loire",
      "prime DEFI de la session « Agent magasinier »", "6 stagiaires appariés à une entreprise pour 6 requis",
      `attestation de conformité délivrée le 1er juillet 2027 par Prénom RTF, empreinte SHA-256 du texte : ${footerOf(attestation.flat).fingerprint}`,
      "Demande présentée le 1er juillet 2027 par Prénom OF.", "Accusé de réception en attente",
    ]) expect(bonus.flat).toContain(fact);

    // the closure is the team's to see; an organisation off the team gets nothing, nor does a visitor
    expect((await get(requested!.attestationUrl!, "CompanyA")).status).toBe(200);
    for (const url of [requested!.attestationUrl!, requested!.bonusRequestUrl!]) {
      expect((await get(url, "Outsider")).status).toBe(404);
      expect((await get(url)).status).toBe(401);
    }
  });
});
