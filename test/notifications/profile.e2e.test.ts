jest.setTimeout(180_000);

import { api, describeInBrowser, screenshot, seriousAccessibilityViolations, signIn, startPlatform, type Platform } from "../browser/browser";

/**
 * In Chromium against the built platform: the training organisation chooses on its profile page
 * how it gets each category of notifications by e-mail, and adds a meeting to its calendar from
 * the cockpit.
 */
describeInBrowser("e-mail preferences and calendar links, in the browser", () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform();
  }, 90_000);
  afterAll(() => platform?.stop());

  it("the profile page sets one category to « Jamais », says it is saved, and keeps it", async () => {
    const page = await signIn(platform, "of@defi.demo");
    await page.goto(`${platform.url}/profil`);
    const section = page.getByRole("region", { name: "Notifications par e-mail" });
    const operation = section.getByRole("group", { name: "Vie de l'opération" });
    // the role's default is marked
    await operation.getByRole("radio", { name: "Résumé quotidien (par défaut)" }).waitFor();
    expect(await operation.getByRole("radio", { name: "Résumé quotidien (par défaut)" }).isChecked()).toBe(true);
    expect(await section.getByRole("button", { name: "Enregistrer mes préférences" }).isDisabled()).toBe(true);
    await operation.getByRole("radio", { name: "Jamais" }).check();
    await section.getByRole("button", { name: "Enregistrer mes préférences" }).click();
    await section.getByRole("status").filter({ hasText: "Vos préférences de notification sont enregistrées." }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, "profil-notifications");

    await page.reload();
    const again = page.getByRole("region", { name: "Notifications par e-mail" }).getByRole("group", { name: "Vie de l'opération" });
    await again.getByRole("radio", { name: "Jamais" }).waitFor();
    expect(await again.getByRole("radio", { name: "Jamais" }).isChecked()).toBe(true);
    await page.context().close();
  });

  it("a meeting of the cockpit links its calendar event, which the signed-in browser downloads", async () => {
    const { operations } = await api<{ operations: { nodes: { id: string; title: string }[] } }>(platform, "of@defi.demo", `{ operations { nodes { id title } } }`);
    const operation = operations.nodes.find((o) => o.title.startsWith("DEFI"))!;
    const scheduledAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    await api(platform, "of@defi.demo", `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`, { i: { operationId: operation.id, kind: "INFORMATION_SESSION", scheduledAt, place: "Salle des fêtes, Orléans" } });

    const page = await signIn(platform, "of@defi.demo");
    await page.goto(`${platform.url}/operations/${operation.id}`);
    const link = page.getByRole("link", { name: /^Ajouter à mon agenda : Réunion d'information/ }).first();
    await link.waitFor();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/calendar\/meeting\/[0-9a-f-]{36}\.ics$/);
    expect(await link.getAttribute("download")).toBe("");
    const file = await page.request.get(`${platform.url}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(await file.text()).toMatch(/^BEGIN:VCALENDAR[\s\S]*UID:meeting-[0-9a-f-]{36}@cordee/);
    await page.context().close();
  });
});
