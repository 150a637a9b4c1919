import { hash, verify } from "@node-rs/argon2";
import { ACCOUNT_FAILURES } from "../../server/src/auth/login-throttle";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";

// the real Argon2, watched: which hash each login verifies against
jest.mock("@node-rs/argon2", () => {
  const actual = jest.requireActual<typeof import("@node-rs/argon2")>("@node-rs/argon2");
  return { ...actual, hash: jest.fn(actual.hash), verify: jest.fn(actual.verify) };
});

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
// "$argon2id$v=19$m=19456,t=2,p=1": algorithm, version and cost, without salt and digest
const parameters = (passwordHash: string) => passwordHash.split("$").slice(0, 4).join("$");

describe("login with an unknown e-mail", () => {
  let db: TestDatabase;
  let api: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildWorld(db.dataSource);
    api = await startTestServer(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });
  beforeEach(() => jest.clearAllMocks());

  const attempt = (email: string, password: string) => api.gql(LOGIN, { input: { email, password } });
  const verifiedHashes = () => jest.mocked(verify).mock.calls.map(([passwordHash]) => String(passwordHash));

  it("verifies the password against a dummy Argon2id hash made once, with the real parameters", async () => {
    const [{ password_hash: realHash }] = await db.dataSource.query(`SELECT password_hash FROM app_user WHERE email = $1`, [KIND_VIEWERS.REGION]);

    const known = await attempt(KIND_VIEWERS.REGION, "mauvais");
    expect(verifiedHashes()).toEqual([realHash]);
    jest.clearAllMocks();

    const unknown = await attempt("personne@world.test", "mauvais");
    await attempt("quelqu-un-d-autre@world.test", "mauvais");
    const [dummy, again] = verifiedHashes();
    expect(verifiedHashes()).toHaveLength(2);
    expect(dummy).not.toBe(realHash);
    expect(again).toBe(dummy);
    expect(parameters(dummy)).toBe(parameters(realHash));
    expect(parameters(dummy)).toMatch(/^\$argon2id\$/);
    expect(hash).toHaveBeenCalledTimes(1);
    expect(unknown.errors).toEqual(known.errors);
  });

  it("refuses a blocked login before any Argon2 work", async () => {
    for (let i = 0; i < ACCOUNT_FAILURES; i++) await attempt(KIND_VIEWERS.COMPANY, "mauvais");
    jest.clearAllMocks();
    const res = await attempt(KIND_VIEWERS.COMPANY, WORLD_PASSWORD);
    expect(res.errors?.[0].extensions?.code).toBe("TOO_MANY_ATTEMPTS");
    expect(verify).not.toHaveBeenCalled();
    expect(hash).not.toHaveBeenCalled();
  });
});
