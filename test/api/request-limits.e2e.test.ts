import { REQUEST_LIMITS } from "../../server/src/graphql/limits";
import { RawSocket } from "../support/raw-socket";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";

/** Documents over the limits are refused before any work they could cause, on HTTP and graphql-ws alike. */
describe("request limits", () => {
  let db: TestDatabase;
  let api: TestServer;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildWorld(db.dataSource);
    api = await startTestServer(db);
    token = await api.login(KIND_VIEWERS.TRAINING_ORGANISATION, WORLD_PASSWORD);
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(api.httpUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const codeOf = async (res: Response) => ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code;
  const nested = (levels: number) => `{ operations(first: 1) { nodes { ${"team { operation { ".repeat(levels)}id${" } }".repeat(levels)} } } }`;

  it("refuses an oversized body before reading it as JSON, and a long document before the sign-in check", async () => {
    const huge = await post(JSON.stringify({ query: `{ ${"__typename ".repeat(1_100_000)}}` }));
    expect(huge.status).toBe(413);
    expect(await codeOf(huge)).toBe("REQUEST_TOO_LARGE");
    // no session: the size is checked first, so the answer is not UNAUTHENTICATED
    const long = await post(JSON.stringify({ query: `{ ${"__typename ".repeat(REQUEST_LIMITS.documentBytes / 10)}}` }));
    expect(long.status).toBe(400);
    expect(await codeOf(long)).toBe("DOCUMENT_TOO_LARGE");
    const tokens = await post(JSON.stringify({ query: `{ ${"a ".repeat(REQUEST_LIMITS.tokens)}}` }));
    expect(await codeOf(tokens)).toBe("TOO_MANY_TOKENS");
    const batch = await post(JSON.stringify([{ query: "{ today }" }, { query: "{ today }" }]), { authorization: `Bearer ${token}` });
    expect(await codeOf(batch)).toBe("BATCH_NOT_ALLOWED");
    const notJson = await post("{ not json");
    expect(await codeOf(notJson)).toBe("BAD_REQUEST");
  });

  it("refuses deep, aliased and costly queries with a stable code and a French message", async () => {
    const deep = await api.gql(nested(7), {}, { token });
    expect(deep.errors?.[0].extensions?.code).toBe("QUERY_TOO_DEEP");
    expect(deep.errors?.[0].message).toMatch(/Requête trop imbriquée : 10 niveaux au plus/);
    const aliases = (count: number) => api.gql(`{ ${Array.from({ length: count }, (_, i) => `t${i}: tasks { id }`).join(" ")} }`, {}, { token });
    expect((await aliases(REQUEST_LIMITS.aliases + 1)).errors?.map((e) => e.extensions?.code)).toContain("TOO_MANY_ALIASES");
    // a thousand aliases do not even get parsed
    expect((await aliases(1000)).errors?.map((e) => e.extensions?.code)).toEqual(["TOO_MANY_TOKENS"]);
    const costly = await api.gql(`{ ${Array.from({ length: 14 }, (_, i) => `o${i}: operations(first: 100) { nodes { team { organisation { name } } trainingSessions { candidacies { followUps { id dueDate } candidate { firstName lastName } } } } }`).join(" ")} }`, {}, { token });
    expect(costly.errors?.[0].extensions?.code).toBe("QUERY_TOO_COSTLY");
    expect(costly.data).toBeUndefined();
    // the same shape within the limits answers
    const fine = await api.gql(nested(1), {}, { token });
    expect(fine.errors).toBeUndefined();
  });

  it("applies the same limits over graphql-ws, and closes a socket sending an oversized message", async () => {
    const socket = await RawSocket.open(api.wsUrl, { token });
    socket.subscribe("deep", nested(7));
    const deep = await socket.waitFor((m) => m.id === "deep");
    expect(deep).toMatchObject({ type: "error", payload: [{ extensions: { code: "QUERY_TOO_DEEP" } }] });
    socket.subscribe("long", `{ ${"__typename ".repeat(REQUEST_LIMITS.documentBytes / 10)}}`);
    expect(await socket.waitFor((m) => m.id === "long")).toMatchObject({ type: "error", payload: [{ extensions: { code: "DOCUMENT_TOO_LARGE" } }] });
    socket.subscribe("huge", `{ ${"__typename ".repeat(2_000_000)}}`);
    expect((await socket.closed).code).toBe(1009);
    // the server goes on serving
    expect((await api.gql(`{ today }`, {}, { token })).data).toEqual({ today: expect.any(String) });
  });
});
