import { DEMO_PASSWORD } from "../../server/src/demo/accounts";
import type { Health } from "../../server/src/health";

export interface GraphQLBody<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The environment of a spawned server: the test's own database and Redis only, never the run's. */
export function cordeeEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _database, REDIS_URL: _redis, ...rest } = process.env;
  return { ...rest, NODE_ENV: "development", ...overrides };
}

/** HTTP to a spawned server on `port`; every call gives up after `timeoutMs` rather than hang the test. */
export function cordeeHttp(port: number, timeoutMs = 15_000) {
  const base = `http://127.0.0.1:${port}`;
  const post = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLBody<T>> => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return (await res.json()) as GraphQLBody<T>;
  };
  return {
    base,
    post,
    async health(): Promise<{ status: number; body: Health }> {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(timeoutMs) });
      return { status: res.status, body: (await res.json()) as Health };
    },
    async login(email: string): Promise<string> {
      const res = await post<{ login: { token: string } }>(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email, password: DEMO_PASSWORD } });
      if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    /** Polls /healthz until `accept` holds (a server that recovers), or throws with the last answer. */
    async healthUntil(accept: (status: number, body: Health) => boolean, timeoutMs = 15_000): Promise<{ status: number; body: Health }> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        let last: string;
        try {
          const answer = await this.health();
          if (accept(answer.status, answer.body)) return answer;
          last = `${answer.status} ${JSON.stringify(answer.body)}`;
        } catch (error) {
          last = String(error);
        }
        if (Date.now() > deadline) throw new Error(`health never as expected; last: ${last}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
  };
}
