import { Pool } from "pg";
import { LoginThrottle, tooManyAttempts } from "../../server/src/auth/login-throttle";

describe("login throttle", () => {
  it.each([
    [1, "réessayez dans 1 minute."],
    [60, "réessayez dans 1 minute."],
    [61, "réessayez dans 2 minutes."],
    [900, "réessayez dans 15 minutes."],
  ])("tells the wait in whole minutes, rounded up (%i s)", (seconds, wait) => {
    const error = tooManyAttempts(seconds);
    expect(error.message).toBe(`Trop de tentatives de connexion : ${wait}`);
    expect(error.extensions).toEqual({
      code: "TOO_MANY_ATTEMPTS",
      retryAfterSeconds: seconds,
      http: { status: 429, headers: new Map([["retry-after", String(seconds)]]) },
    });
  });

  it("lets logins through, and says so, when its store fails", async () => {
    const pool = new Pool();
    await pool.end(); // every query now fails
    const log = jest.fn();
    const throttle = new LoginThrottle(pool, log);
    await expect(throttle.admit("ml1@world.test", "203.0.113.1")).resolves.toBeUndefined();
    await expect(throttle.succeeded("ml1@world.test", "203.0.113.1")).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith("login throttle unavailable: attempt not counted", expect.any(Error));
    expect(log).toHaveBeenCalledWith("login throttle unavailable: success not recorded", expect.any(Error));
  });
});
