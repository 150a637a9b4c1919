import { unreachableReason, whileUnreachable } from "../../server/src/db/wait";

const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

describe("which database errors are worth waiting for", () => {
  it.each([
    ["a refused connection", refused, "ECONNREFUSED"],
    ["every address of a name refused (IPv6 and IPv4)", new AggregateError([refused, refused]), "ECONNREFUSED"],
    ["a name that does not resolve yet", Object.assign(new Error("getaddrinfo EAI_AGAIN db"), { code: "EAI_AGAIN" }), "EAI_AGAIN"],
    ["a server starting up", Object.assign(new Error("the database system is starting up"), { code: "57P03" }), "the database system is starting up"],
    ["a server shutting down mid-migration (TypeORM's wrapper)", { message: "terminating connection", driverError: { code: "57P01", message: "terminating connection due to administrator command" } }, "terminating connection due to administrator command"],
    ["a connection that timed out", new Error("Connection terminated due to connection timeout"), "délai de connexion dépassé"],
    ["a connection cut", new Error("Connection terminated unexpectedly"), "connexion coupée"],
    ["no free connection in the pool in time", new Error("timeout exceeded when trying to connect"), "délai de connexion dépassé"],
    ["a server that does not answer", new Error("Query read timeout"), "pas de réponse dans le délai"],
  ])("waits for %s", (_what, error, reason) => {
    expect(unreachableReason(error)).toBe(reason);
  });

  it.each([
    ["bad credentials", Object.assign(new Error("password authentication failed"), { code: "28P01" })],
    ["a database that does not exist", Object.assign(new Error('database "x" does not exist'), { code: "3D000" })],
    ["a failing migration", Object.assign(new Error('relation "x" does not exist'), { code: "42P01" })],
    ["a statement cancelled by its timeout", Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" })],
    ["a bug", new TypeError("x is not a function")],
  ])("does not wait for %s", (_what, error) => {
    expect(unreachableReason(error)).toBeNull();
  });
});

describe("waiting for the database at start-up", () => {
  const clock = () => {
    let now = 0;
    const slept: number[] = [];
    return { slept, now: () => now, sleep: async (ms: number) => void (slept.push(ms), (now += ms)) };
  };

  it("tries again after 0.5 s, doubling up to 10 s, saying why and when, until the database answers", async () => {
    const { slept, now, sleep } = clock();
    const logged: string[] = [];
    let attempts = 0;
    const result = await whileUnreachable(async () => {
      if (++attempts < 8) throw refused;
      return "connected";
    }, { log: (m) => logged.push(m), sleep, now });
    expect(result).toBe("connected");
    expect(slept).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(logged[0]).toBe("base de données injoignable (ECONNREFUSED) : nouvel essai dans 0,5 s");
    expect(logged[6]).toBe("base de données injoignable (ECONNREFUSED) : nouvel essai dans 10 s");
  });

  it("stops at once on any other error", async () => {
    const { slept, sleep } = clock();
    const denied = Object.assign(new Error("password authentication failed"), { code: "28P01" });
    await expect(whileUnreachable(async () => Promise.reject(denied), { log: () => {}, sleep })).rejects.toBe(denied);
    expect(slept).toEqual([]);
  });

  it("gives up at DB_START_TIMEOUT_MS when one is set, after a last try at the deadline", async () => {
    const { slept, now, sleep } = clock();
    let attempts = 0;
    const waiting = whileUnreachable(async () => {
      attempts++;
      throw refused;
    }, { log: () => {}, sleep, now, deadlineMs: 3000 });
    await expect(waiting).rejects.toThrow("base de données injoignable (ECONNREFUSED) depuis 3 s : abandon");
    expect(slept).toEqual([500, 1000, 1500]);
    expect(attempts).toBe(4);
  });
});
