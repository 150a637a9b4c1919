jest.setTimeout(120_000);

import { api, describeInBrowser, screenshot, signIn, startPlatform, type Platform } from "./browser";

/** Two browsers: a company signs its convention, and the Region's open board updates without reload. */
describeInBrowser("live: one partner's action appears on another's open screen", () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform();
  }, 90_000);
  afterAll(async () => {
    await platform?.stop();
  });

  it("updates the Region's board when a company signs the convention", async () => {
    // the training organisation fixes today as the signature date (before the session's start, signing is open on that day only)
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
    const { trainingSessions } = await api<{ trainingSessions: { nodes: { convention: { id: string } }[] } }>(platform, "of@defi.demo", `{ trainingSessions { nodes { convention { id } } } }`);
    const conventionId = trainingSessions.nodes[0].convention.id;
    await api(platform, "of@defi.demo", `mutation($input: UpdateConventionInput!) { updateConvention(input: $input) { id } }`, { input: { conventionId, plannedSignatureDate: today } });

    const region = await signIn(platform, "rtf@centre.demo");
    await region.getByRole("link", { name: "Tableau de bord régional" }).click();
    const board = region.getByRole("table", { name: "Opérations du territoire" });
    const missing = board.getByText(/Signatures manquantes : \d+/);
    await missing.waitFor();
    const before = Number((await missing.textContent())!.match(/\d+/)![0]);
    expect(before).toBeGreaterThan(0);
    const reloads: string[] = [];
    region.on("framenavigated", (frame) => {
      if (frame === region.mainFrame()) reloads.push(frame.url());
    });

    const company = await signIn(platform, "entrepot@defi.demo");
    await company.getByRole("link", { name: "Mes intentions d'embauche" }).click();
    await company.getByRole("button", { name: "Signer la convention" }).first().click();
    await company.getByRole("button", { name: "Signer la convention" }).waitFor({ state: "detached" });

    await board.getByText(`Signatures manquantes : ${before - 1}`).waitFor({ timeout: 10_000 });

    // the Mission Locale signs from its home's task list; the board follows again
    const adviser = await signIn(platform, "mission-locale@defi.demo");
    await adviser.getByRole("button", { name: "Signer pour mon organisation" }).click();
    await adviser.getByRole("button", { name: "Signer pour mon organisation" }).waitFor({ state: "detached" });
    await board.getByText(`Signatures manquantes : ${before - 2}`).waitFor({ timeout: 10_000 });
    expect(reloads).toEqual([]);
    await screenshot(region, "tableau-de-bord-apres-signature");
  });
});
