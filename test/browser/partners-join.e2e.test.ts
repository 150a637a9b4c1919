jest.setTimeout(180_000);

import type { Page } from "playwright-core";
import { firstLink, startSmtpInbox, type SmtpInbox } from "../support/smtp-inbox";
import { api, DEMO_PASSWORD, describeInBrowser, screenshot, seriousAccessibilityViolations, signIn, startPlatform, type Platform } from "./browser";

const COMPANY = "Boulangerie des Mauves";
const SIRET = "83124567000011";
const RECRUITER = "camille.roux@boulangerie-mauves.test";
const PASSWORD = "Fournil-des-Mauves-2027";

/**
 * Issue 11's acceptance, in Chromium against the built platform, e-mail through a real SMTP server:
 * the training organisation brings a company that is not on Cordée into its operation's team and
 * invites its recruiter; the recruiter follows the e-mail's link, sets a password, signs in and
 * submits a hiring intention; the Region finds the new company among its territory's organisations.
 */
describeInBrowser("a partner joins through an invitation", () => {
  let inbox: SmtpInbox;
  let platform: Platform;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    platform = await startPlatform({ env: { SMTP_URL: inbox.url } });
  }, 90_000);
  afterAll(async () => {
    await platform?.stop();
    await inbox?.close();
  });

  async function openOperation(page: Page): Promise<void> {
    await page.getByRole("link", { name: "Cockpit des opérations" }).click();
    await page.getByRole("link", { name: /DEFI/ }).first().click();
    await page.getByRole("heading", { name: "Équipe projet" }).waitFor();
  }

  it("the training organisation adds a new company and invites its recruiter, who joins and submits a hiring intention; the Region sees the company", async () => {
    const of = await signIn(platform, "of@defi.demo");
    await openOperation(of);

    await of.getByRole("button", { name: "Ajouter une organisation absente de Cordée" }).click();
    const add = of.getByRole("form", { name: "Ajouter une organisation absente de Cordée" });
    await add.getByLabel("Type d'organisation").selectOption("COMPANY");
    await add.getByLabel("Raison sociale").fill(COMPANY);
    await add.getByLabel("SIRET").fill("83124567000012");
    await add.getByLabel("Département").fill("45");
    await add.getByLabel("Commune").fill("Meung-sur-Loire");
    await add.getByRole("button", { name: "Ajouter à l'équipe projet" }).click();
    // a mistyped SIRET is refused beside its field, and nothing is lost
    await add.getByText(/SIRET invalide/).waitFor();
    expect(await add.getByLabel("Raison sociale").inputValue()).toBe(COMPANY);
    await add.getByLabel("SIRET").fill(SIRET);
    await add.getByRole("button", { name: "Ajouter à l'équipe projet" }).click();
    await of.getByRole("status").filter({ hasText: COMPANY }).first().waitFor();

    const member = of.getByRole("region", { name: `Équipe — ${COMPANY}` });
    await member.getByRole("button", { name: "Inviter une personne" }).click();
    await member.getByLabel("Prénom").fill("Camille");
    await member.getByLabel("Nom", { exact: true }).fill("Roux");
    await member.getByLabel("Adresse e-mail").fill(RECRUITER);
    await member.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await member.getByRole("status").filter({ hasText: RECRUITER }).waitFor();
    await member.getByText("Invitations en attente").waitFor();
    expect(await seriousAccessibilityViolations(of)).toEqual([]);
    await screenshot(of, "team-invitation");

    const mail = await inbox.waitFor((m) => m.to.includes(RECRUITER), 30_000);
    expect(mail.subject).toContain(COMPANY);
    expect(mail.text).toContain("Camille");
    const link = firstLink(mail);
    expect(link).toMatch(/\/invitation\/[\w-]+$/);

    const recruiter = await (await platform.browser.newContext({ locale: "fr-FR" })).newPage();
    await recruiter.goto(link);
    await recruiter.getByText(COMPANY).first().waitFor();
    await recruiter.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
    await recruiter.getByLabel("Confirmation du mot de passe").fill("Fournil-des-Mauves-2028");
    await recruiter.getByRole("button", { name: "Créer mon compte" }).click();
    await recruiter.getByText(/ne correspondent pas/).waitFor();
    await recruiter.getByLabel("Confirmation du mot de passe").fill(PASSWORD);
    await recruiter.getByRole("button", { name: "Créer mon compte" }).click();
    await recruiter.getByRole("heading", { name: /^Bonjour Camille/ }).waitFor();
    await recruiter.getByRole("button", { name: "Se déconnecter" }).click();
    await recruiter.getByRole("button", { name: "Se connecter" }).waitFor();

    // the link is single-use
    await recruiter.goto(link);
    await recruiter.getByText(/déjà (été )?utilisée/).waitFor();

    await recruiter.goto(new URL("/", link).href);
    await recruiter.getByLabel("Adresse e-mail").fill(RECRUITER);
    await recruiter.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
    await recruiter.getByRole("button", { name: "Se connecter" }).click();
    await recruiter.getByRole("heading", { name: /^Bonjour Camille/ }).waitFor();

    await recruiter.getByRole("link", { name: "Mes intentions d'embauche" }).click();
    await recruiter.getByRole("heading", { name: "Mes intentions d'embauche", exact: true }).waitFor();
    await recruiter.getByLabel("Opération").selectOption({ index: 1 });
    await recruiter.getByLabel("Session").selectOption({ index: 1 });
    await recruiter.getByLabel("Intitulé du poste").fill("Boulanger tourier");
    await recruiter.getByLabel("Type de contrat").selectOption("CDI");
    await recruiter.getByLabel("Nombre de postes").fill("1");
    await recruiter.getByLabel("Texte de l'e-mail ou du courrier").fill("Madame, Monsieur, nous nous engageons à embaucher un boulanger tourier en CDI à l'issue de la formation.");
    await recruiter.getByLabel("Fichier joint").setInputFiles({ name: "engagement.txt", mimeType: "text/plain", buffer: Buffer.from("Lettre d'engagement signée") });
    await recruiter.getByRole("group", { name: "Étapes auxquelles l'entreprise participe" }).getByRole("checkbox").first().check();
    await recruiter.getByRole("button", { name: "Déposer l'intention d'embauche" }).click();
    await recruiter.getByRole("status").filter({ hasText: "Intention d'embauche déposée" }).waitFor();
    await recruiter.getByText("Boulanger tourier").first().waitFor();

    // the training organisation sees it on its operation
    await of.getByText("Boulanger tourier").first().waitFor({ timeout: 15_000 });

    const region = await signIn(platform, "rtf@centre.demo");
    await region.getByRole("link", { name: "Tableau de bord régional" }).click();
    await region.getByRole("link", { name: "Organisations du territoire" }).click();
    const row = region.getByRole("row").filter({ hasText: COMPANY });
    await row.waitFor();
    await row.getByText(SIRET).waitFor();
    expect(await seriousAccessibilityViolations(region)).toEqual([]);
    await screenshot(region, "region-organisations");
  });

  it("a forgotten password is reset from the e-mail's link; the old one no longer works", async () => {
    const page = await (await platform.browser.newContext({ locale: "fr-FR" })).newPage();
    await page.goto(platform.url);
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await page.getByLabel("Adresse e-mail").fill("transport@defi.demo");
    await page.getByRole("button", { name: "Recevoir un lien" }).click();
    await page.getByText(/Si un compte existe pour cette adresse/).waitFor();

    const mail = await inbox.waitFor((m) => m.to.includes("transport@defi.demo"), 30_000);
    await page.goto(firstLink(mail));
    await page.getByLabel("Mot de passe", { exact: true }).fill("Quai-de-Beauce-Nord-45");
    await page.getByLabel("Confirmation du mot de passe").fill("Quai-de-Beauce-Nord-45");
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await page.getByRole("link", { name: /Se connecter/ }).click();
    await page.getByLabel("Adresse e-mail").fill("transport@defi.demo");
    await page.getByLabel("Mot de passe", { exact: true }).fill("cordee-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("alert").waitFor();
    await page.getByLabel("Mot de passe", { exact: true }).fill("Quai-de-Beauce-Nord-45");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("heading", { name: /^Bonjour/ }).waitFor();
  });

  it("a link from an e-mail opened signed out lands on the item once signed in", async () => {
    const { operations } = await api<{ operations: { nodes: { id: string; title: string }[] } }>(platform, "of@defi.demo", `{ operations(first: 1) { nodes { id title } } }`);
    const [operation] = operations.nodes;
    const page = await (await platform.browser.newContext({ locale: "fr-FR" })).newPage();
    await page.goto(`${platform.url}/operations/${operation.id}`);
    await page.getByLabel("Adresse e-mail").fill("of@defi.demo");
    await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(`**/cockpit/${operation.id}`);
    await page.getByRole("heading", { name: "Équipe projet" }).waitFor();
    await page.getByText(operation.title).first().waitFor();
  });
});
