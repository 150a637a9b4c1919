jest.setTimeout(120_000);

import type { Page } from "playwright-core";
import { api, describeInBrowser, eventually, screenshot, seriousAccessibilityViolations, signIn, startPlatform, type Platform } from "./browser";

/**
 * After `npm start` (the built platform with its demo data), each demo user logs in, completes its
 * main journey in Chromium, and does not see what it must not. A screenshot of each role's home is
 * kept in test-results/screenshots/.
 */
describeInBrowser("each partner's main journey in Chromium", () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform();
  }, 90_000);
  afterAll(async () => {
    await platform?.stop();
  });

  async function home(email: string, name: string): Promise<Page> {
    const page = await signIn(platform, email);
    await page.getByRole("heading", { name: "À faire" }).waitFor();
    await screenshot(page, `home-${name}`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    return page;
  }

  it("company: submits its written hiring intention and never sees another company's", async () => {
    const page = await home("entrepot@defi.demo", "entreprise");
    await page.getByRole("link", { name: "Mes intentions d'embauche" }).click();
    await page.getByRole("heading", { name: "Mes intentions d'embauche", exact: true }).waitFor();
    await page.getByText("Agent magasinier").first().waitFor();
    expect(await page.getByText("Préparateur de commandes").count()).toBe(0);

    await page.getByLabel("Opération").selectOption({ index: 1 });
    await page.getByLabel("Session").selectOption({ index: 1 });
    await page.getByLabel("Intitulé du poste").fill("Cariste d'entrepôt");
    await page.getByLabel("Type de contrat").selectOption("CDI");
    await page.getByLabel("Nombre de postes").fill("2");
    await page.getByLabel("Texte de l'e-mail ou du courrier").fill("Madame, Monsieur, nous nous engageons à embaucher deux caristes en CDI à l'issue de la formation.");
    await page.getByLabel("Fichier joint").setInputFiles({ name: "engagement.txt", mimeType: "text/plain", buffer: Buffer.from("Lettre d'engagement signée") });
    await page.getByRole("group", { name: "Étapes auxquelles l'entreprise participe" }).getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Déposer l'intention d'embauche" }).click();
    await page.getByRole("status").filter({ hasText: "Intention d'embauche déposée" }).waitFor();
    await page.getByText("Cariste d'entrepôt").first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("company: a bad input gets the server's message beside the field it names", async () => {
    const page = await signIn(platform, "transport@defi.demo");
    await page.getByRole("link", { name: "Mes intentions d'embauche" }).click();
    await page.getByLabel("Opération").selectOption({ index: 1 });
    await page.getByLabel("Session").selectOption({ index: 1 });
    await page.getByLabel("Intitulé du poste").fill("Agent de quai de nuit");
    await page.getByLabel("Type de contrat").selectOption("CDD");
    await page.getByLabel("Durée du contrat (mois)").fill("8");
    await page.getByLabel("Nombre de postes").fill("1");
    await page.getByLabel("Texte de l'e-mail ou du courrier").fill("Trop court");
    await page.getByRole("button", { name: "Déposer l'intention d'embauche" }).click();
    // the server's rule (class-validator on the input), shown beside the field, which is marked invalid
    const letter = page.getByLabel("Texte de l'e-mail ou du courrier");
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await letter.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await letter.getAttribute("aria-describedby")) ?? "";
    const description = await Promise.all(describedBy.split(" ").filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(description.join(" ")).toMatch(/20 caractères au moins/);
    expect(await page.getByText("Agent de quai de nuit").count()).toBe(0);
  });

  it("Mission Locale: proposes a candidate and follows it, never seeing France Travail's candidates by name", async () => {
    const page = await home("mission-locale@defi.demo", "mission-locale");
    await page.getByRole("link", { name: "Mes candidats" }).click();
    await page.getByRole("heading", { name: "Mes candidats", exact: true }).waitFor();
    await page.getByText("Inès").first().waitFor();
    expect(await page.getByText("Sébastien").count()).toBe(0);

    await page.getByLabel("Session").selectOption({ index: 1 });
    await page.getByLabel("Prénom").fill("Léa");
    await page.getByLabel("Nom", { exact: true }).fill("Fournier");
    await page.getByLabel("Adresse e-mail").fill("lea.fournier@exemple.fr");
    await page.getByRole("button", { name: "Proposer le candidat" }).click();
    await page.getByRole("status").filter({ hasText: "Candidat proposé" }).waitFor();
    await page.getByText("Léa Fournier").first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("France Travail: sees its own candidates, never the Mission Locale's", async () => {
    const page = await home("france-travail@defi.demo", "france-travail");
    await page.getByRole("link", { name: "Mes candidats" }).click();
    await page.getByRole("heading", { name: "Mes candidats", exact: true }).waitFor();
    await page.getByText("Nadia").first().waitFor();
    expect(await page.getByText("Benali").count()).toBe(0);
    expect(await page.getByText("Léa Fournier").count()).toBe(0);
  });

  it("training organisation: pairs a trainee and sees the DEFI qualification update live; never sees another region's operation", async () => {
    const page = await home("of@defi.demo", "organisme-de-formation");
    await page.getByRole("link", { name: "Cockpit des opérations" }).click();
    await page.getByRole("heading", { name: "Cockpit des opérations" }).waitFor();
    expect(await page.getByText("Saint-Nazaire").count()).toBe(0);
    await page.getByRole("link", { name: /DEFI Logistique/ }).first().click();
    await page.getByRole("heading", { name: "Appariement" }).waitFor();
    await page.getByText(/2 stagiaires appariés sur 7 requis pour 10 places financées/).first().waitFor();
    const select = page.getByLabel(/^Entreprise pour /).first();
    await select.selectOption({ index: 1 });
    await page.getByRole("button", { name: "Apparier" }).first().click();
    await page.getByText(/3 stagiaires appariés sur 7 requis pour 10 places financées/).first().waitFor();
    await page.getByRole("button", { name: "Constituer le groupe" }).click();
    await page.getByText("Session non qualifiée DEFI : 3 stagiaires appariés sur 7 requis pour 10 places financées").last().waitFor();
    await screenshot(page, "cockpit-organisme-de-formation");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("Region (RTF): a board of every operation of its territory, without candidates' contact details nor another region's operations", async () => {
    const page = await home("rtf@centre.demo", "region-rtf");
    await page.getByRole("link", { name: "Tableau de bord régional" }).click();
    await page.getByRole("heading", { name: "Tableau de bord régional" }).waitFor();
    const board = page.getByRole("table", { name: "Opérations du territoire" });
    await board.getByText(/DEFI Logistique/).waitFor();
    await board.getByText(/Signatures manquantes : \d+/).waitFor();
    expect(await page.getByText("Saint-Nazaire").count()).toBe(0);
    expect(await page.content()).not.toContain("ines.benali@exemple.fr");
    await screenshot(page, "tableau-de-bord-region");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("Region (chef de pôle, Pays de la Loire): validates the next purchase order in order of arrival", async () => {
    const page = await home("chef-pole@pdl.demo", "region-chef-de-pole");
    await page.getByRole("link", { name: "Tableau de bord régional" }).click();
    await page.getByRole("heading", { name: "Bons de commande" }).waitFor();
    const before = await api<{ purchaseOrders: { nodes: { status: string }[] } }>(platform, "chef-pole@pdl.demo", `{ purchaseOrders { nodes { status } } }`);
    expect(before.purchaseOrders.nodes.map((o) => o.status).sort()).toEqual(["QUEUED", "VALIDATED_BY_HEAD_OF_UNIT"]);
    await page.getByRole("button", { name: "Valider" }).first().click();
    const statuses = async () => (await api<{ purchaseOrders: { nodes: { status: string }[] } }>(platform, "chef-pole@pdl.demo", `{ purchaseOrders { nodes { status } } }`)).purchaseOrders.nodes.map((o) => o.status).sort();
    expect(await eventually(statuses, (s) => s[0] === "VALIDATED_BY_HEAD_OF_UNIT")).toEqual(["VALIDATED_BY_HEAD_OF_UNIT", "VALIDATED_BY_HEAD_OF_UNIT"]);
  });

  it("is usable at tablet width", async () => {
    const page = await signIn(platform, "of@defi.demo", { width: 768, height: 1024 });
    await screenshot(page, "home-organisme-de-formation-tablette");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
