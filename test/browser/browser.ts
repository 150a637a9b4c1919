import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { createEmptyDatabase } from "../support/test-database";
import { freePort, startCordee, type Running } from "../support/processes";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = fs.existsSync(CHROMIUM);
/** Debian's chromium (installed by .ci/run): without it the browser tests are skipped, saying why. */
export const describeInBrowser = hasChromium ? describe : describe.skip;

export const SCREENSHOTS = path.join(__dirname, "../../test-results/screenshots");
export const DEMO_PASSWORD = "cordee-demo";

export interface Platform {
  url: string;
  browser: Browser;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  /**
   * A file holding the platform's "now" (CORDEE_CLOCK_FILE): the server reads it on every request,
   * so writing an ISO instant into it moves the platform's date; empty or absent, the system's time.
   */
  clockFile?: string;
  /** more settings for the platform, e.g. SMTP_URL to send e-mail to a test inbox */
  env?: NodeJS.ProcessEnv;
}

/** The built platform with its demo data (as `npm start` serves it), and a headless Chromium. */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const db = await createEmptyDatabase();
  const port = await freePort();
  const { DATABASE_URL: _unused, REDIS_URL: _none, CORDEE_CLOCK_FILE: _clock, ...env } = process.env;
  let server: Running | undefined;
  try {
    server = await startCordee({
      ...env, DATABASE_URL: db.url, PORT: String(port), NODE_ENV: "development", DEADLINE_CHECK_CRON: "off", JOB_POLLING_SECONDS: "0.5",
      ...(options.clockFile ? { CORDEE_CLOCK_FILE: options.clockFile } : {}),
      ...options.env,
    });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    return {
      url: `http://127.0.0.1:${port}`,
      browser,
      stop: async () => {
        await browser.close();
        await server?.stop();
        await db.drop();
      },
    };
  } catch (error) {
    await server?.stop();
    await db.drop();
    throw error;
  }
}

/** The platform's clock for a test: a temp file, empty (system time) until `set` writes an instant into it. */
export interface ClockFile {
  path: string;
  /** moves the platform's "now" (an ISO 8601 instant) for the next requests */
  set(instant: string): void;
  remove(): void;
}

export function createClockFile(): ClockFile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cordee-clock-"));
  const file = path.join(dir, "now");
  fs.writeFileSync(file, "");
  return {
    path: file,
    set: (instant) => {
      if (Number.isNaN(new Date(instant).getTime())) throw new Error(`not an instant: ${instant}`);
      fs.writeFileSync(file, instant);
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A new browser context signed in as the demo user, on the home page. */
export async function signIn(platform: Platform, email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await platform.browser.newContext({ viewport, locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto(platform.url);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("heading", { name: /^Bonjour/ }).waitFor();
  return page;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // evaluated through the DevTools protocol: the platform's CSP (script-src 'self') rightly forbids inline scripts
  await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** POST /graphql as a demo user, for setting up what a journey needs. */
export async function api<T = Record<string, any>>(platform: Platform, email: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const post = async (q: string, v: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${platform.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query: q, variables: v }) });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
  const login = await post(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email, password: DEMO_PASSWORD } }) as unknown as { login: { token: string } };
  return post(query, variables, login.login.token);
}

/** Polls `read` until `done` holds (or 10 s pass), and returns the last value read. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}
