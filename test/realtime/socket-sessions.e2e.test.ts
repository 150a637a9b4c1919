import WebSocket from "ws";
import { originAllowed, SOCKET_CLOSE } from "../../server/src/realtime/live-sockets";
import { REQUEST_LIMITS } from "../../server/src/graphql/limits";
import { RawSocket } from "../support/raw-socket";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";

const LIVE = "subscription { events { id type } }";

/**
 * A session is one truth for HTTP and WebSocket alike: its end closes its sockets at once; one
 * account's sockets and subscriptions are bounded; a foreign page cannot open a socket with the
 * visitor's cookie.
 */
describe("WebSocket sessions and bounds", () => {
  let db: TestDatabase;
  let api: TestServer;
  const open: RawSocket[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildWorld(db.dataSource);
    api = await startTestServer(db, { config: { wsConnectionsPerUser: 3, sessionCheckIntervalMs: 0 } });
  });
  afterEach(() => {
    for (const socket of open.splice(0)) socket.close();
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const connect = async (options: Parameters<typeof RawSocket.open>[1]) => {
    const socket = await RawSocket.open(api.wsUrl, options);
    open.push(socket);
    return socket;
  };
  const login = () => api.login(KIND_VIEWERS.MISSION_LOCALE, WORLD_PASSWORD);

  it("closes a session's sockets at logout, and only that session's", async () => {
    const [first, second] = [await login(), await login()];
    const ended = await connect({ token: first });
    const other = await connect({ token: second });
    expect(ended.acknowledged && other.acknowledged).toBe(true);
    expect((await api.gql(`mutation { logout }`, {}, { token: first })).data).toEqual({ logout: true });
    expect(await ended.closed).toEqual(SOCKET_CLOSE.sessionEnded);
    other.subscribe("q", "{ viewer { kind } }");
    expect(await other.waitFor((m) => m.id === "q")).toMatchObject({ type: "next", payload: { data: { viewer: { kind: "MISSION_LOCALE" } } } });
  });

  it("closes a socket when its session expires, and refuses to open one on an expired session", async () => {
    const token = await login();
    await db.dataSource.query(`UPDATE auth_session SET expires_at = now() + interval '1 second' WHERE ended_at IS NULL AND expires_at = (SELECT max(expires_at) FROM auth_session)`);
    const socket = await connect({ token });
    expect(socket.acknowledged).toBe(true);
    expect(await socket.closed).toEqual(SOCKET_CLOSE.sessionEnded);
    const again = await connect({ token });
    expect(again.acknowledged).toBe(false);
    expect((await again.closed).code).toBe(4403);
  });

  it("closes every socket of a deactivated account at the next check", async () => {
    const token = await api.login("ft1@world.test", WORLD_PASSWORD);
    const socket = await connect({ token });
    await db.dataSource.query(`UPDATE app_user SET deactivated_at = now() WHERE email = 'ft1@world.test'`);
    await api.server.ws.sweep();
    expect(await socket.closed).toEqual(SOCKET_CLOSE.sessionEnded);
    expect((await api.gql(`{ viewer { kind } }`, {}, { token })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses the upgrade to a page of a foreign origin, even with the visitor's cookie", async () => {
    const token = await login();
    await expect(RawSocket.open(api.wsUrl, { cookie: `cordee_session=${token}`, origin: "https://evil.example" })).rejects.toThrow("upgrade refused: 403");
    const own = await connect({ cookie: `cordee_session=${token}`, origin: api.httpUrl.replace("/graphql", "") });
    expect(own.acknowledged).toBe(true);
    expect(originAllowed("https://cordee.example.fr", "internal:4000", ["https://cordee.example.fr"])).toBe(true);
    expect(originAllowed("https://evil.example", "cordee.example.fr", ["https://cordee.example.fr"])).toBe(false);
    expect(originAllowed(undefined, "cordee.example.fr", [])).toBe(true);
  });

  it("bounds one account's connections, leaving other accounts alone", async () => {
    const token = await api.login(KIND_VIEWERS.COMPANY, WORLD_PASSWORD);
    for (let i = 0; i < 3; i++) expect((await connect({ token })).acknowledged).toBe(true);
    const fourth = await connect({ token });
    expect(await fourth.closed).toEqual(SOCKET_CLOSE.tooManyConnections);
    expect((await connect({ token: await api.login(KIND_VIEWERS.REGION, WORLD_PASSWORD) })).acknowledged).toBe(true);
  });

  it("lets go of a client that connects and says nothing", async () => {
    const silent = new WebSocket(api.wsUrl, "graphql-transport-ws");
    const closed = new Promise<number>((resolve) => silent.once("close", (code) => resolve(code)));
    // graphql-ws' connection initialisation timeout (3 s): the socket does not wait for a session forever
    expect(await closed).toBe(4408);
  });

  it("bounds the subscriptions of one connection", async () => {
    const socket = await connect({ token: await api.login(KIND_VIEWERS.TRAINING_ORGANISATION, WORLD_PASSWORD) });
    for (let i = 0; i <= REQUEST_LIMITS.subscriptionsPerSocket; i++) socket.subscribe(`s${i}`, LIVE);
    const refused = await socket.waitFor((m) => m.id === `s${REQUEST_LIMITS.subscriptionsPerSocket}`);
    expect(refused).toMatchObject({ type: "error", payload: [{ extensions: { code: "TOO_MANY_SUBSCRIPTIONS" } }] });
    expect(socket.messages.filter((m) => m.type === "error")).toHaveLength(1);
  });

  it("bounds a subscription's replay of the journal", async () => {
    const token = await api.login(KIND_VIEWERS.TRAINING_ORGANISATION, WORLD_PASSWORD);
    const viewer = (await api.gql<{ viewer: { organisation: { id: string } } }>(`{ viewer { organisation { id } } }`, {}, { token })).data!.viewer.organisation.id;
    const [{ last }] = await db.dataSource.query(`SELECT coalesce(max(id), 0)::text AS last FROM journal_event`);
    await db.dataSource.query(
      `INSERT INTO journal_event (type, operation_id, payload, audience) SELECT 'TEST_FILLER', NULL, '{}'::jsonb, ARRAY[$1::uuid] FROM generate_series(1, $2)`,
      [viewer, REQUEST_LIMITS.replayEvents + 1],
    );
    const socket = await connect({ token });
    socket.subscribe("long", `subscription($after: ID) { events(after: $after) { id } }`, { after: last });
    expect(await socket.waitFor((m) => m.id === "long")).toMatchObject({ type: "next", payload: { errors: [{ extensions: { code: "REPLAY_TOO_LONG" } }] } });
    const [{ recent }] = await db.dataSource.query(`SELECT (max(id) - 5)::text AS recent FROM journal_event`);
    socket.subscribe("short", `subscription($after: ID) { events(after: $after) { id } }`, { after: recent });
    await socket.waitFor((m) => m.id === "short" && m.type === "next");
  });
});
