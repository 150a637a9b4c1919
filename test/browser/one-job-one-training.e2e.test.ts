jest.setTimeout(300_000);

import type { Locator, Page } from "playwright-core";
import { createClockFile, describeInBrowser, eventually, screenshot, seriousAccessibilityViolations, signIn, startPlatform, type ClockFile, type Platform } from "./browser";

const OPERATION = "1 emploi = 1 formation — Soudure, Saint-Nazaire 2027";
const SESSION = "Soudeur assembleur industriel — Saint-Nazaire 2027";
const KEVIN = "Kévin Le Goff";
const SANDRINE = "Sandrine Guérin";
const BOILERWORKS = "Chaudronnerie de l'Estuaire";
const METALWORKS = "Métallerie Atlantique";
const REGION = "Région Pays de la Loire";

/** The « 1 emploi = 1 formation » process, in the order of its FAQ. */
const STEPS = [
  "Intentions d'embauche écrites",
  "Bons de commande (chef de pôle, puis cheffe de service)",
  "Recrutement avec l'entreprise (réunions d'information, sélection)",
  "Groupe et démarrage",
  "Formation : immersions et bilan intermédiaire",
  "Bilan final avec l'entreprise et entretiens d'embauche",
  "Suivi dans l'emploi",
  "Clôture",
];

/**
 * A whole « 1 emploi = 1 formation » operation in Chromium, on the seeded Pays de la Loire
 * operation: each step through the interface, by the partner who does it, while the platform's
 * date moves through the session (CORDEE_CLOCK_FILE) from the purchase orders to the follow-up
 * three months after the end.
 */
describeInBrowser("« 1 emploi = 1 formation »: a whole operation in Chromium", () => {
  let platform: Platform;
  let clock: ClockFile;
  const pages: Page[] = [];

  beforeAll(async () => {
    clock = createClockFile();
    clock.set("2026-11-24T09:00:00Z");
    platform = await startPlatform({ clockFile: clock.path });
  }, 90_000);
  afterAll(async () => {
    await platform?.stop();
    clock?.remove();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.context().close();
  });

  async function as(email: string): Promise<Page> {
    const page = await signIn(platform, email);
    pages.push(page);
    return page;
  }

  /** The training organisation's cockpit of the operation. */
  async function cockpit(): Promise<Page> {
    const page = await as("of@pdl.demo");
    await page.getByRole("link", { name: "Cockpit des opérations" }).click();
    await page.getByRole("link", { name: OPERATION }).click();
    await page.getByRole("heading", { name: OPERATION, level: 1 }).waitFor();
    return page;
  }

  /** The steps of the process as the operation page lists them: label and status, in order. */
  async function steps(page: Page): Promise<{ label: string; status: string }[]> {
    const items = page.getByRole("list", { name: "Étapes du processus" }).getByRole("listitem");
    await items.first().waitFor();
    return Promise.all((await items.all()).map(async (step) => {
      const text = await step.innerText();
      return { label: STEPS.find((s) => text.includes(s)) ?? text, status: (await step.locator(".badge").innerText()).trim() };
    }));
  }

  /** The steps' statuses, once the page shows these (the page refreshes after each action). */
  async function expectStatuses(page: Page, expected: string[]): Promise<void> {
    const statuses = async () => (await steps(page)).map((s) => s.status);
    expect(await eventually(statuses, (now) => JSON.stringify(now) === JSON.stringify(expected))).toEqual(expected);
  }

  const section = (page: Page, title: string): Locator => page.getByRole("region", { name: title, exact: true });
  const item = (list: Locator, text: string): Locator => list.getByRole("listitem").filter({ hasText: text });
  const orderRow = (page: Page, job: string): Locator => page.getByRole("table").filter({ hasText: "Poste et entreprise" }).getByRole("row").filter({ hasText: job });

  it("purchase orders: the cheffe de service validates the first; the chef de pôle then the cheffe validate the second", async () => {
    const cheffe = await as("cheffe-service@pdl.demo");
    await cheffe.getByRole("link", { name: "Tableau de bord régional" }).click();
    await cheffe.getByRole("heading", { name: "Bons de commande" }).waitFor();
    const first = orderRow(cheffe, "Soudeur assembleur");
    await first.getByText("Validé par le chef de pôle").waitFor();
    await first.getByRole("button", { name: "Valider" }).click();
    await first.getByText("Validé", { exact: true }).waitFor();
    // the second waits for the chef de pôle: the cheffe de service cannot validate it yet
    const second = orderRow(cheffe, "Soudeur en atelier de métallerie");
    await second.getByText("En attente du chef de pôle").waitFor();
    expect(await second.getByRole("button", { name: "Valider" }).count()).toBe(0);

    const chef = await as("chef-pole@pdl.demo");
    await chef.getByRole("link", { name: "Tableau de bord régional" }).click();
    const secondForChef = orderRow(chef, "Soudeur en atelier de métallerie");
    await secondForChef.getByRole("button", { name: "Valider" }).click();
    await secondForChef.getByText("Validé par le chef de pôle").waitFor();

    // the cheffe de service's open board follows without reload, then she validates
    await second.getByRole("button", { name: "Valider" }).click();
    await second.getByText("Validé", { exact: true }).waitFor();
    await screenshot(cheffe, "1e1f-bons-de-commande");
  });

  it("the operation shows its own process, without convention, EOS nor bonus", async () => {
    const page = await cockpit();
    expect((await steps(page)).map((s) => s.label)).toEqual(STEPS);
    expect((await steps(page)).slice(0, 2).map((s) => s.status)).toEqual(["Fait", "Fait"]);
    await section(page, "Session de formation").waitFor();
    expect(await page.getByRole("heading", { name: "Convention et signature" }).count()).toBe(0);
    expect(await page.getByText("Numéro EOS").count()).toBe(0);
    expect(await page.getByText("Drapeau DEFI").count()).toBe(0);
    expect(await page.getByText("Attestation de conformité").count()).toBe(0);
    expect(await page.getByRole("button", { name: /prime/i }).count()).toBe(0);
    await screenshot(page, "1e1f-cockpit");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("the training organisation enters an intention an employer told it, then the withdrawal the company told it", async () => {
    const page = await cockpit();
    const intentions = section(page, "Intentions d'embauche");
    await intentions.getByRole("button", { name: "Saisir une intention pour un employeur" }).click();
    const form = page.getByRole("form", { name: "Saisir une intention d'embauche pour un employeur" });
    await form.getByLabel("Employeur", { exact: true }).selectOption({ label: METALWORKS });
    await form.getByLabel("Intitulé du poste").fill("Soudeur de maintenance");
    await form.getByLabel("Type de contrat").selectOption("CDI");
    await form.getByLabel("Nombre de postes").fill("1");
    await form.getByLabel("Texte de l'écrit de l'employeur").fill("Courriel du 20 novembre : Métallerie Atlantique embauchera un soudeur de maintenance en CDI après la formation.");
    await form.getByLabel("Écrit de l'employeur (fichier)").setInputFiles({ name: "courriel-metallerie.txt", mimeType: "text/plain", buffer: Buffer.from("Courriel de Métallerie Atlantique") });
    await form.getByRole("checkbox", { name: "Entretien d'embauche" }).check();
    await form.getByRole("button", { name: "Enregistrer l'intention d'embauche" }).click();
    await form.getByRole("status").filter({ hasText: "Intention d'embauche enregistrée pour l'employeur." }).waitFor();
    const entered = item(intentions.getByRole("list", { name: "Intentions d'embauche" }), "Soudeur de maintenance");
    await entered.getByText("Saisie par l'organisme de formation").waitFor();

    await entered.getByRole("button", { name: "Enregistrer un retrait annoncé" }).click();
    await entered.getByLabel("Motif donné par l'entreprise").fill("Commande annulée par le client de la métallerie");
    await entered.getByRole("button", { name: "Enregistrer le retrait" }).click();
    await entered.getByText("Retirée", { exact: true }).waitFor();
    await entered.getByText(/Commande annulée par le client/).waitFor();
  });

  it("recruitment: an information session, France Travail's invitation, then admission of both on funded places", async () => {
    // the training organisation holds an information session with the company and the advisers
    const of = await cockpit();
    const meetings = section(of, "Réunions");
    await meetings.getByLabel("Date et heure de la réunion").fill("2026-11-24T14:00");
    await meetings.getByLabel("Lieu de la réunion").fill("Estuaire Compétences, Saint-Nazaire");
    await meetings.getByRole("button", { name: "Planifier la réunion" }).click();
    const record = meetings.getByRole("form", { name: /^Compte rendu : Réunion d'information/ });
    await record.getByRole("checkbox", { name: METALWORKS }).check();
    await record.getByRole("checkbox", { name: "France Travail Saint-Nazaire" }).check();
    await record.getByRole("checkbox", { name: SANDRINE }).check();
    await record.getByRole("button", { name: "Enregistrer la réunion tenue" }).click();
    await meetings.getByText(/Tenue le/).waitFor();
    await meetings.getByText(/Présents : .*Métallerie Atlantique/).waitFor();

    // France Travail invites its candidate to the information session and validates her profile
    const ft = await as("france-travail@pdl.demo");
    await ft.getByRole("link", { name: "Mes candidats" }).click();
    const sandrine = ft.getByRole("region", { name: `Candidature de ${SANDRINE} : ${SESSION}` });
    await sandrine.getByText("Proposé", { exact: true }).first().waitFor();
    await sandrine.getByRole("button", { name: "Inviter à la réunion d'information" }).click();
    await sandrine.getByText("Statut : Réunion d'information").waitFor();
    await sandrine.getByRole("button", { name: "Valider le profil" }).click();
    await sandrine.getByText(/Profil validé par France Travail/).waitFor();

    // the training organisation selects Sandrine, then admits both on places funded by the Region
    const recruitment = section(of, "Recrutement");
    const list = recruitment.getByRole("list", { name: "Candidatures" });
    await item(list, SANDRINE).getByText("Réunion d'information", { exact: true }).waitFor();
    await item(list, SANDRINE).getByRole("button", { name: "Retenir pour la sélection" }).click();
    await item(list, SANDRINE).getByText("En sélection", { exact: true }).waitFor();
    for (const name of [KEVIN, SANDRINE]) {
      const candidacy = item(list, name);
      await candidacy.getByLabel(`Place de ${name}`).selectOption("FUNDED");
      await candidacy.getByRole("button", { name: "Admettre en formation" }).click();
      await candidacy.getByText("Admis en formation", { exact: true }).waitFor();
      await candidacy.getByText("Place financée par la Région").waitFor();
    }
    await recruitment.getByText("Places libres : 3 sur 5 financées par la Région").waitFor();
    // admission planned each trainee's follow-ups at 3 and 6 months after the end
    await section(of, "Suivi à 3 et 6 mois").getByText(/Suivi de Kévin Le Goff à 3 mois/).waitFor();

    // a path referent per trainee
    for (const name of [KEVIN, SANDRINE]) {
      const trainee = item(list, name);
      await trainee.getByLabel(`Référent de parcours de ${name}`).fill("Gwenaëlle Le Bihan");
      await trainee.getByRole("button", { name: "Désigner le référent" }).click();
      await trainee.getByText("Référent de parcours : Gwenaëlle Le Bihan").waitFor();
    }

    // the Mission Locale sees its candidate admitted, on a funded place, with the referent of his path
    const ml = await as("mission-locale@pdl.demo");
    await ml.getByRole("link", { name: "Mes candidats" }).click();
    const kevin = ml.getByRole("region", { name: `Candidature de ${KEVIN} : ${SESSION}` });
    await kevin.getByText("Statut : Admis en formation").waitFor();
    await kevin.getByText("Place financée par la Région · Référent de parcours à l'organisme de formation : Gwenaëlle Le Bihan").waitFor();
  });

  it("group: the training organisation pairs each trainee with its employer's intention, accepts a smaller group and constitutes it", async () => {
    const page = await cockpit();
    const pairing = section(page, "Groupe et appariement");
    const board = pairing.getByRole("list", { name: "Stagiaires admis et leur entreprise" });
    for (const [name, company] of [[KEVIN, BOILERWORKS], [SANDRINE, METALWORKS]] as const) {
      const trainee = item(board, name);
      await trainee.getByLabel(`Entreprise pour ${name}`).selectOption({ label: await optionFor(trainee.getByLabel(`Entreprise pour ${name}`), company) });
      await trainee.getByRole("button", { name: "Apparier" }).click();
      await trainee.getByText(`Apparié(e) à ${company}`).waitFor();
    }
    await pairing.getByText("2 stagiaires appariés sur 2 admis en formation.").waitFor();
    await pairing.getByText("Non qualifiée", { exact: true }).waitFor();
    await pairing.getByText(/2 stagiaires appariés sur 5 requis/).first().waitFor();

    const session = section(page, "Session de formation");
    await session.getByRole("button", { name: "Modifier la session" }).click();
    await session.getByRole("checkbox", { name: "L'organisme de formation accepte un groupe réduit" }).check();
    await session.getByRole("button", { name: "Enregistrer la session" }).click();
    await session.getByRole("status").filter({ hasText: "Session enregistrée." }).waitFor();
    await session.getByText("Oui, par l'organisme de formation").waitFor();

    await pairing.getByText("Qualifiée", { exact: true }).waitFor();
    await pairing.getByRole("button", { name: "Constituer le groupe" }).click();
    await pairing.getByText("Groupe constitué", { exact: true }).waitFor();
    await expectStatuses(page, ["Fait", "Fait", "Fait", "En cours", "À faire", "À faire", "À faire", "À faire"]);
    await screenshot(page, "1e1f-groupe-constitue");
  });

  it("2027-03-15, during the training: an intermediate review with the Region's gestionnaire, and an internship", async () => {
    clock.set("2027-03-15T09:00:00Z");
    const page = await cockpit();
    const reviews = section(page, "Bilans");
    await reviews.getByLabel("Date et heure du bilan intermédiaire").fill("2027-03-15T10:00");
    await reviews.getByRole("button", { name: "Planifier le bilan intermédiaire" }).click();
    const record = reviews.getByRole("form", { name: /^Compte rendu : Bilan intermédiaire/ });
    await record.getByRole("checkbox", { name: REGION }).check();
    await record.getByRole("checkbox", { name: KEVIN }).check();
    await record.getByRole("checkbox", { name: SANDRINE }).check();
    await record.getByLabel("Aspects qualitatifs").fill("Groupe assidu ; les parcours individualisés sont tenus.");
    await record.getByLabel("Points forts").fill("Progression rapide sur le soudage semi-automatique.");
    await record.getByLabel("Points d'amélioration").fill("Lecture de plans à renforcer.");
    await record.getByRole("button", { name: "Enregistrer le bilan intermédiaire" }).click();
    const intermediate = reviews.getByRole("list", { name: "Bilans intermédiaires" });
    await intermediate.getByText(/Tenu le/).waitFor();
    await intermediate.getByText(`Présents : ${REGION} ; 2 stagiaires`).waitFor();

    const immersions = section(page, "Immersions");
    await immersions.getByLabel("Candidat ou stagiaire").selectOption({ label: `${KEVIN} (en formation)` });
    await immersions.getByLabel("Entreprise d'accueil").selectOption({ label: BOILERWORKS });
    await immersions.getByLabel("Type d'immersion").selectOption("INTERNSHIP");
    await immersions.getByLabel("Début de l'immersion").fill("2027-03-22");
    await immersions.getByLabel("Fin de l'immersion").fill("2027-03-26");
    await immersions.getByRole("button", { name: "Planifier l'immersion" }).click();
    await immersions.getByRole("list", { name: "Immersions planifiées" }).getByText(`Stage en entreprise chez ${BOILERWORKS}`).waitFor();
    await expectStatuses(page, ["Fait", "Fait", "Fait", "Fait", "En cours", "À faire", "À faire", "À faire"]);

    // the Region's gestionnaire follows the session on the board: the same steps, in order
    const gestionnaire = await as("gestionnaire@pdl.demo");
    await gestionnaire.getByRole("link", { name: "Tableau de bord régional" }).click();
    const row = gestionnaire.getByRole("table", { name: "Opérations du territoire" }).getByRole("row").filter({ hasText: OPERATION });
    await row.getByText("5. Formation : immersions et bilan intermédiaire").first().waitFor();
    await row.getByText("Les 8 étapes du programme").click();
    const boardSteps = await row.getByRole("list", { name: `Étapes du processus : ${OPERATION}` }).getByRole("listitem").allInnerTexts();
    expect(boardSteps.map((text) => STEPS.find((s) => text.includes(s)))).toEqual(STEPS);
    await row.getByText("Sans convention de partenariat (bon de commande)").waitFor();
    await screenshot(gestionnaire, "1e1f-tableau-de-bord-gestionnaire");
  });

  it("2027-07-09, the last day: the final review with the companies, each trainee's contract and employer", async () => {
    clock.set("2027-07-09T09:00:00Z");
    const page = await cockpit();
    const immersion = item(section(page, "Immersions").getByRole("list", { name: "Immersions planifiées" }), KEVIN);
    await immersion.getByLabel(/^Débrief de l'immersion/).fill("Stage réussi : l'atelier souhaite le recruter.");
    await immersion.getByRole("button", { name: "Enregistrer le débrief" }).click();
    await immersion.getByText(/Débriefée le/).waitFor();

    const reviews = section(page, "Bilans");
    await reviews.getByLabel("Date et heure du bilan final").fill("2027-07-09T10:00");
    await reviews.getByRole("button", { name: "Planifier le bilan final" }).click();
    const record = reviews.getByRole("form", { name: /^Compte rendu : Bilan final/ });
    for (const who of [BOILERWORKS, METALWORKS, REGION, KEVIN, SANDRINE]) await record.getByRole("checkbox", { name: who }).check();
    await record.getByLabel("Aspects qualitatifs").fill("Les deux stagiaires ont obtenu le titre ; les entreprises confirment l'embauche.");
    await record.getByLabel("Points forts").fill("Stages en entreprise, suivi par les référents de parcours.");
    await record.getByLabel("Points d'amélioration").fill("Délai de validation des bons de commande.");
    await record.getByRole("button", { name: "Enregistrer le bilan" }).click();
    await record.getByRole("status").filter({ hasText: "Bilan final enregistré." }).waitFor();

    for (const [name, contract, company] of [[KEVIN, "CDI", BOILERWORKS], [SANDRINE, "CDD", METALWORKS]] as const) {
      const outcome = reviews.getByRole("form", { name: `Résultat de ${name}` });
      await outcome.getByLabel("Certification obtenue").selectOption("FULL");
      await outcome.getByLabel("Intitulé de la certification").fill("Titre professionnel Soudeur assembleur industriel");
      await outcome.getByLabel("Contrat de travail signé").selectOption(contract);
      await outcome.getByLabel("Début du contrat").fill("2027-07-12");
      await outcome.getByLabel("Employeur").selectOption({ label: company });
      await outcome.getByRole("button", { name: "Enregistrer le résultat" }).click();
      await outcome.getByRole("status").filter({ hasText: `Résultat de ${name} enregistré.` }).waitFor();
    }

    // the company sees the final review and its trainee's contract with it
    const company = await as("chaudronnerie@pdl.demo");
    await company.getByRole("link", { name: "Mes intentions d'embauche" }).click();
    const results = company.getByRole("table", { name: "Résultats de vos stagiaires au bilan" });
    await results.getByRole("row").filter({ hasText: KEVIN }).getByText(BOILERWORKS).waitFor();
    await company.getByText(/Bilan final prévu le/).waitFor();
  });

  it("2027-07-12, after the end: the training organisation closes the session; nothing but the follow-ups is left to do", async () => {
    clock.set("2027-07-12T09:00:00Z");
    const page = await cockpit();
    const closure = section(page, "Clôture");
    page.once("dialog", (dialog) => void dialog.accept());
    await closure.getByRole("button", { name: "Clôturer la session" }).click();
    await closure.getByText(/Clôturée le/).waitFor();
    await page.getByRole("status").filter({ hasText: /^Opération clôturée le .* : elle n'est plus modifiable/ }).waitFor();
    await page.locator(".cockpit-lead").getByText("Clôturée", { exact: true }).waitFor();
    await expectStatuses(page, ["Fait", "Fait", "Fait", "Fait", "Fait", "Fait", "À faire", "Fait"]);

    // no action left but the follow-up reports
    const actions = await page.evaluate(() =>
      Array.from(document.querySelectorAll("main button, main input, main select, main textarea"))
        .filter((control) => !control.closest("#suivi"))
        .map((control) => control.textContent || control.getAttribute("name") || control.tagName),
    );
    expect(actions).toEqual([]);
    expect(await section(page, "Suivi à 3 et 6 mois").getByRole("button", { name: "Transmettre le suivi" }).count()).toBe(4);
    await screenshot(page, "1e1f-operation-cloturee");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // the Region's board shows it closed
    const region = await as("gestionnaire@pdl.demo");
    await region.getByRole("link", { name: "Tableau de bord régional" }).click();
    await region.getByRole("table", { name: "Opérations du territoire" }).getByRole("row").filter({ hasText: OPERATION }).getByText("Clôturée", { exact: true }).waitFor();
  });

  it("2027-10-09, three months after the end: the training organisation reports a follow-up of the closed operation", async () => {
    clock.set("2027-10-09T09:00:00Z");
    const page = await cockpit();
    const followUps = section(page, "Suivi à 3 et 6 mois");
    const kevin = followUps.getByRole("group", { name: /^Suivi de Kévin Le Goff à 3 mois/ });
    await kevin.getByLabel("Situation dans l'emploi").selectOption("EMPLOYED_DURABLE");
    await kevin.getByLabel("Type de contrat").selectOption("CDI");
    await kevin.getByLabel("Employeur").fill(BOILERWORKS);
    await kevin.getByRole("button", { name: "Transmettre le suivi" }).click();
    await followUps.getByRole("status").filter({ hasText: "Suivi transmis à la Région." }).waitFor();
    await item(followUps.getByRole("list", { name: "Suivis dans l'emploi" }), "Suivi à 3 mois").filter({ hasText: KEVIN }).getByText(/Transmis le .* : En emploi durable/).waitFor();
    await expectStatuses(page, ["Fait", "Fait", "Fait", "Fait", "Fait", "Fait", "En cours", "Fait"]);
    await page.getByRole("status").filter({ hasText: /Opération clôturée/ }).waitFor();
  });
});

/** The label of the select's option that names the company (options also show counts and notes). */
async function optionFor(select: Locator, company: string): Promise<string> {
  const labels = await select.locator("option").allInnerTexts();
  const label = labels.find((l) => l.startsWith(company));
  if (!label) throw new Error(`no option for ${company} in ${JSON.stringify(labels)}`);
  return label;
}
