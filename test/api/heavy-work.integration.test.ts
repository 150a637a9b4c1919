import express from "express";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { heavyWorkGate, type HeavyWorkLimits } from "../../server/src/http/heavy-work";

/** A real HTTP server whose one route renders "slowly" (until the test lets it finish), behind the gate. */
async function gatedServer(limits: HeavyWorkLimits) {
  const finishers: (() => void)[] = [];
  let started = 0;
  const app = express();
  app.use(heavyWorkGate(limits));
  app.get("/render", (_req, res) => {
    started++;
    finishers.push(() => res.send("rendu"));
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/render`;
  return {
    get: (token?: string) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
    started: () => started,
    finishOne: () => finishers.shift()?.(),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe("documents and exports: one account cannot freeze the instance", () => {
  it("renders a few at a time; the next ones wait their turn; beyond the queue, 503 with Retry-After", async () => {
    const server = await gatedServer({ perMinute: 100, concurrent: 1, waiting: 1 });
    try {
      const first = server.get("a".repeat(43));
      await until(() => server.started() === 1);
      const second = server.get("b".repeat(43));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(server.started()).toBe(1); // waits for the first

      const third = await server.get("c".repeat(43));
      expect(third.status).toBe(503);
      expect(third.headers.get("retry-after")).toBe("5");
      expect(await third.text()).toMatch(/réessayez dans quelques secondes/);

      server.finishOne();
      expect(await (await first).text()).toBe("rendu");
      await until(() => server.started() === 2);
      server.finishOne();
      expect(await (await second).text()).toBe("rendu");
    } finally {
      await server.close();
    }
  });

  it("counts each session: past its rate, 429 with Retry-After in French; another session still gets its documents", async () => {
    const server = await gatedServer({ perMinute: 3, concurrent: 5, waiting: 5 });
    try {
      const greedy = "g".repeat(43);
      for (let i = 0; i < 3; i++) {
        const answer = server.get(greedy);
        await until(() => server.started() === i + 1);
        server.finishOne();
        expect((await answer).status).toBe(200);
      }
      const refused = await server.get(greedy);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await refused.text()).toMatch(/^Trop de documents ou d'exports demandés : réessayez dans \d+ secondes?\.$/);
      expect(server.started()).toBe(3); // refused before any work

      const other = server.get("o".repeat(43));
      await until(() => server.started() === 4);
      server.finishOne();
      expect((await other).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
