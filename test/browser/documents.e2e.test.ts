jest.setTimeout(180_000);

import fs from "node:fs";
import type { Locator, Page } from "playwright-core";
import { footerOf, readPdf, type Fetched } from "../documents/pdf";
import { column, readCsv, readXlsx } from "../exports/files";
import { api, createClockFile, describeInBrowser, screenshot, seriousAccessibilityViolations, signIn, startPlatform, type ClockFile, type Platform } from "./browser";

const OPERATION = "DEFI Logistique — Orléans 2027";
const SESSION = "Agent magasinier — parcours DEFI Orléans 2027";
const COMPANY = "Entrepôts du Val de Loire";
const TRAINING_ORGANISATION = "Loire Compétences Formation";
/** Every signatory of the demo convention but the company, which signs in the browser. */
const OTHER_SIGNATORIES = ["of@defi.demo", "mission-locale@defi.demo", "france-travail@defi.demo", "transport@defi.demo", "distribution@defi.demo", "elu@centre.demo"];

interface DemoSession {
  id: string;
  title: string;
  convention: { id: string; version: number; textSha256: string };
  candidacies: { id: string; status: string }[];
}

/**
 * Issue 12's acceptance, on the demo data (`npm start`'s seed): the company opens the convention's
 * text and its PDF before signing it; the RTF downloads the signed convention and the attestation
 * it issues; the Region downloads its XLSX export and reads its reporting on insertion. The other
 * steps go through the API, on the platform's clock (a clock file): signatures on the session's
 * first day, the final review on its last, the attestation the day after.
 */
describeInBrowser("official documents and exports in Chromium", () => {
  let platform: Platform;
  let clock: ClockFile;
  let session: DemoSession;

  const demoSession = async (): Promise<DemoSession> => {
    const { trainingSessions } = await api<{ trainingSessions: { nodes: DemoSession[] } }>(platform, "of@defi.demo",
      `{ trainingSessions(first: 50) { nodes { id title convention { id version textSha256 } candidacies { id status } } } }`);
    return trainingSessions.nodes.find((s) => s.title === SESSION)!;
  };

  /** The link's target as the signed-in page fetches it (its cookies), as the new tab would. */
  const fetchLink = async (page: Page, link: Locator): Promise<Fetched> => {
    const href = await link.getAttribute("href");
    expect(href).toBeTruthy();
    const res = await page.request.get(new URL(href!, platform.url).toString());
    const bytes = await res.body();
    return { status: res.status(), headers: new Headers(res.headers()), bytes, body: bytes.toString("utf8") };
  };

  /** A document link opens in a new tab and says so in its accessible name. */
  const expectNewTab = async (link: Locator) => {
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.textContent()).toMatch(/\(PDF, nouvelle fenêtre\)$/);
  };

  beforeAll(async () => {
    clock = createClockFile();
    // the session's first day (signing happens during the session)
    clock.set("2027-02-01T09:00:00+01:00");
    platform = await startPlatform({ clockFile: clock.path });
    session = await demoSession();
  }, 90_000);
  afterAll(async () => {
    await platform?.stop();
    clock?.remove();
  });

  it("company: reads the convention's text on screen and its PDF before signing it, then gets the signed PDF", async () => {
    const { version, textSha256 } = session.convention;
    const page = await signIn(platform, "entrepot@defi.demo");
    await page.getByRole("link", { name: "Mes intentions d'embauche" }).click();
    const section = page.getByRole("region", { name: "Ma convention" });
    await section.getByRole("button", { name: "Signer la convention" }).waitFor();

    // the text, behind its disclosure, with its version and its fingerprint shortened
    const open = section.getByRole("button", { name: `Lire la convention (version ${version})` });
    expect(await open.getAttribute("aria-expanded")).toBe("false");
    await open.click();
    expect(await open.getAttribute("aria-expanded")).toBe("true");
    const text = section.getByRole("region", { name: `Texte de la convention, version ${version}` });
    await text.waitFor();
    expect(await text.textContent()).toContain(COMPANY);
    expect(await text.textContent()).toContain("Région Centre-Val de Loire");
    const fingerprint = section.locator("code", { hasText: textSha256.slice(0, 8) });
    expect(await fingerprint.getAttribute("title")).toContain(textSha256);
    await screenshot(page, "entreprise-convention-a-lire");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // the PDF of the version to sign: the company's name, the version and the same fingerprint
    const pdfLink = section.getByRole("link", { name: `Convention en PDF (version ${version}) (PDF, nouvelle fenêtre)` });
    await expectNewTab(pdfLink);
    const draft = readPdf(await fetchLink(page, pdfLink));
    expect(draft.flat).toContain(COMPANY);
    expect(draft.flat).toContain(`Version ${version}`);
    expect(footerOf(draft.flat)).toEqual({ version, fingerprint: textSha256 });

    await section.getByRole("button", { name: "Signer la convention" }).click();
    await section.getByText("Votre entreprise a signé cette version de la convention.").waitFor();

    // once every signatory has signed, the frozen version is linked (the page follows live)
    for (const email of OTHER_SIGNATORIES) await api(platform, email, `mutation($id: ID!) { signConvention(conventionId: $id) { id } }`, { id: session.convention.id });
    const signedLink = section.getByRole("link", { name: "Convention signée (PDF) (PDF, nouvelle fenêtre)" });
    await signedLink.waitFor({ timeout: 10_000 });
    expect(await signedLink.getAttribute("href")).toBe(`/documents/convention/${session.convention.id}.pdf?version=${version}`);
    const signed = readPdf(await fetchLink(page, signedLink));
    expect(signed.flat).toContain(`Signatures de la version ${version}`);
    expect(signed.flat).toContain(COMPANY);
  });

  it("RTF: downloads the signed convention, issues the conformity attestation and downloads it", async () => {
    // the final review, held on the session's last day, with the trainees' results
    clock.set("2027-06-01T09:00:00+02:00");
    const { scheduleReview } = await api<{ scheduleReview: { id: string } }>(platform, "of@defi.demo",
      `mutation($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id } }`,
      { input: { trainingSessionId: session.id, kind: "FINAL", scheduledAt: "2027-06-30T12:00:00.000Z" } });
    clock.set("2027-06-30T16:00:00+02:00");
    await api(platform, "of@defi.demo", `mutation($input: RecordReviewInput!) { recordReview(input: $input) { id } }`, {
      input: { reviewId: scheduleReview.id, qualitativeNotes: "Groupe investi, immersions bien préparées.", strengths: "Les immersions en entrepôt", areasToImprove: "Anticiper le passage du CACES" },
    });
    const { viewer } = await api<{ viewer: { organisation: { id: string } } }>(platform, "entrepot@defi.demo", `{ viewer { organisation { id } } }`);
    const trainees = session.candidacies.filter((c) => c.status === "ADMITTED");
    expect(trainees.length).toBe(3);
    for (const [i, trainee] of trainees.entries()) {
      await api(platform, "of@defi.demo", `mutation($input: ReviewOutcomeInput!) { recordReviewOutcome(input: $input) { id } }`, {
        input: {
          reviewId: scheduleReview.id, candidacyId: trainee.id, certificationLevel: "FULL", certificationTitle: "TP Agent magasinier",
          ...(i < 2 ? { contractType: "CDI", contractStartDate: "2027-07-05", employerId: viewer.organisation.id } : {}),
        },
      });
    }
    clock.set("2027-07-01T09:00:00+02:00");

    const page = await signIn(platform, "rtf@centre.demo");
    await page.getByRole("link", { name: "Tableau de bord régional" }).click();
    const actions = page.getByRole("region", { name: "Actions du RTF" });
    const attest = actions.getByRole("button", { name: "Délivrer l'attestation de conformité" });
    await attest.waitFor();

    // where the RTF attests: the signed convention, as frozen at its last signature
    const signedLink = actions.getByRole("link", { name: /^Convention signée \(PDF\)/ }).first();
    await expectNewTab(signedLink);
    const signed = readPdf(await fetchLink(page, signedLink));
    expect(signed.flat).toContain(`Version ${session.convention.version}`);
    expect(signed.flat).toContain("Convention signée par tous ses signataires");
    expect(signed.flat).toContain(COMPANY);

    await attest.click();
    await attest.waitFor({ state: "detached" });
    const attestationLink = actions.getByRole("link", { name: `Attestation de conformité (PDF) — ${SESSION} (PDF, nouvelle fenêtre)` });
    await attestationLink.waitFor();
    await expectNewTab(attestationLink);
    const attestation = readPdf(await fetchLink(page, attestationLink));
    expect(attestation.flat).toContain("Attestation de conformité");
    expect(attestation.flat).toContain(TRAINING_ORGANISATION);
    expect(attestation.flat).toContain("Délivrée le 1er juillet 2027");
    expect(footerOf(attestation.flat).version).toBeGreaterThanOrEqual(1);
    await screenshot(page, "rtf-attestation-delivree");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("Region: downloads its operations as XLSX and reads its reporting on insertion, figures and charts", async () => {
    const page = await signIn(platform, "rtf@centre.demo");
    await page.getByRole("link", { name: "Tableau de bord régional" }).click();
    const exports = page.getByRole("group", { name: "Exporter les opérations" });
    const [download] = await Promise.all([page.waitForEvent("download"), exports.getByRole("link", { name: "Tableur Excel (.xlsx)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsx = await readXlsx(fs.readFileSync(await download.path()));
    expect(column(xlsx, "Opération")).toContain(OPERATION);
    // another region's operation is never exported
    expect(column(xlsx, "Opération").some((title) => String(title).includes("Saint-Nazaire"))).toBe(false);
    expect(await exports.getByRole("link", { name: "CSV" }).getAttribute("href")).toBe("/exports/operations.csv");

    await page.getByRole("navigation", { name: "Espace Région" }).getByRole("link", { name: "Bilan d'insertion" }).click();
    await page.getByRole("heading", { name: "Bilan d'insertion", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/tableau-de-bord/bilan");
    const table = page.getByRole("table", { name: "Insertion par session, et total du territoire" });
    await table.waitFor();
    const row = table.getByRole("row").filter({ hasText: SESSION });
    // 3 trainees, all certified, 2 contracts: rates in French (« 66,7 % »), « — » with no follow-up reported yet
    const cell = async (n: number) => (await row.getByRole("cell").nth(n).innerText()).replace(/\s+/g, " ");
    expect(await cell(1)).toContain("100,0 % 3 sur 3");
    expect(await cell(2)).toContain("66,7 % 2 sur 3");
    expect(await cell(3)).toMatch(/^— 0 sur 0 renseignés/);
    const chart = page.getByRole("figure", { name: "Taux de contrats signés au bilan" });
    expect((await chart.getByRole("listitem").filter({ hasText: SESSION }).innerText()).replace(/\s+/g, " ")).toContain("66,7 % (2 contrats sur 3)");
    expect(await page.getByRole("group", { name: "Télécharger le bilan d'insertion" }).getByRole("link", { name: "Tableur Excel (.xlsx)" }).getAttribute("href")).toBe("/exports/insertion-report.xlsx");
    await screenshot(page, "region-bilan-insertion");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("training organisation: the contact sheet at J-20, the attestation at closure, and its trainees' export", async () => {
    const page = await signIn(platform, "of@defi.demo");
    await page.getByRole("link", { name: "Cockpit des opérations" }).click();
    const exports = page.getByRole("group", { name: "Exporter mes stagiaires et suivis" });
    await exports.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent("download"), exports.getByRole("link", { name: "CSV" }).click()]);
    const csv = await readCsv(fs.readFileSync(await download.path()));
    expect(column(csv, "Prénom")).toContain("Inès");

    await page.getByRole("link", { name: OPERATION }).click();
    const contactSheet = page.getByRole("link", { name: "Fiche contact (PDF) (PDF, nouvelle fenêtre)" });
    await contactSheet.waitFor();
    const sheet = readPdf(await fetchLink(page, contactSheet));
    expect(sheet.flat).toContain("Fiche contact");
    expect(sheet.flat).toContain(COMPANY);
    const attestation = page.getByRole("link", { name: "Attestation de conformité (PDF) (PDF, nouvelle fenêtre)" });
    await attestation.waitFor();
    expect(readPdf(await fetchLink(page, attestation)).flat).toContain("Attestation de conformité");
  });
});
