import { ACCOUNT_FAILURES, ADDRESS_FAILURES, WINDOW_SECONDS } from "../../server/src/auth/login-throttle";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;

describe("login throttling", () => {
  let db: TestDatabase;
  let api: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildWorld(db.dataSource);
    // behind a local proxy: X-Forwarded-For names the client, so each test has addresses of its own
    api = await startTestServer(db, { trustProxy: "loopback" });
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const attempt = (email: string, password: string, from: string) =>
    api.gql<{ login: { token: string } }>(LOGIN, { input: { email, password } }, { headers: { "x-forwarded-for": from } });

  async function fail(times: number, emails: (i: number) => string, from: string): Promise<void> {
    for (let i = 0; i < times; i++) {
      const res = await attempt(emails(i), "mauvais-mot-de-passe", from);
      expect(res.errors?.[0]).toMatchObject({ message: "Adresse e-mail ou mot de passe incorrect.", extensions: { code: "INVALID_CREDENTIALS" } });
    }
  }

  const expectSuccess = (res: Awaited<ReturnType<typeof attempt>>) => {
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.token).toEqual(expect.any(String));
  };

  function expectTooManyAttempts(res: Awaited<ReturnType<typeof attempt>>): string {
    expect(res.status).toBe(429);
    expect(res.data ?? null).toBeNull();
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
    const minutes = Math.ceil(retryAfter / 60);
    const message = `Trop de tentatives de connexion : réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}.`;
    expect(res.errors?.[0]).toMatchObject({ message, extensions: { code: "TOO_MANY_ATTEMPTS", retryAfterSeconds: retryAfter } });
    return message;
  }

  it("refuses even the right password once an account has had its failures, from any address", async () => {
    await fail(ACCOUNT_FAILURES, () => KIND_VIEWERS.COMPANY, "198.51.100.1");
    expectTooManyAttempts(await attempt(KIND_VIEWERS.COMPANY, WORLD_PASSWORD, "198.51.100.1"));
    expectTooManyAttempts(await attempt(KIND_VIEWERS.COMPANY.toUpperCase(), WORLD_PASSWORD, "198.51.100.2"));
    expectSuccess(await attempt("company-b@world.test", WORLD_PASSWORD, "198.51.100.1"));
  });

  it("blocks an address that tries many e-mails, while the same account logs in from elsewhere", async () => {
    await fail(ADDRESS_FAILURES, (i) => `inconnu-${i}@ailleurs.test`, "198.51.100.10");
    expectTooManyAttempts(await attempt(KIND_VIEWERS.MISSION_LOCALE, WORLD_PASSWORD, "198.51.100.10"));
    expectSuccess(await attempt(KIND_VIEWERS.MISSION_LOCALE, WORLD_PASSWORD, "198.51.100.11"));
  });

  it("counts and refuses an unknown e-mail exactly like a known one", async () => {
    await fail(ACCOUNT_FAILURES, () => "personne@world.test", "198.51.100.20");
    await fail(ACCOUNT_FAILURES, () => KIND_VIEWERS.FRANCE_TRAVAIL, "198.51.100.21");
    const unknown = await attempt("personne@world.test", WORLD_PASSWORD, "198.51.100.20");
    const known = await attempt(KIND_VIEWERS.FRANCE_TRAVAIL, WORLD_PASSWORD, "198.51.100.21");
    expect(expectTooManyAttempts(unknown)).toBe(expectTooManyAttempts(known));
    expect(Object.keys(unknown.errors?.[0].extensions ?? {}).sort()).toEqual(Object.keys(known.errors?.[0].extensions ?? {}).sort());
  });

  it("forgets an account's failures once its right password is given", async () => {
    await fail(ACCOUNT_FAILURES - 1, () => KIND_VIEWERS.TRAINING_ORGANISATION, "198.51.100.30");
    expectSuccess(await attempt(KIND_VIEWERS.TRAINING_ORGANISATION, WORLD_PASSWORD, "198.51.100.30"));
    await fail(ACCOUNT_FAILURES - 1, () => KIND_VIEWERS.TRAINING_ORGANISATION, "198.51.100.30");
    expectSuccess(await attempt(KIND_VIEWERS.TRAINING_ORGANISATION, WORLD_PASSWORD, "198.51.100.30"));
  });

  it("takes nothing from an address's allowance for its successful logins", async () => {
    await fail(ADDRESS_FAILURES - 1, (i) => `autre-${i}@ailleurs.test`, "198.51.100.40");
    for (const email of [KIND_VIEWERS.REGION, "of-gone@world.test", KIND_VIEWERS.REGION]) expectSuccess(await attempt(email, WORLD_PASSWORD, "198.51.100.40"));
  });
});
