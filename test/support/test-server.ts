import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { startCordeeServer, type CordeeServer } from "../../server/src/app";
import type { Clock } from "../../server/src/clock";
import { readConfig, type Config } from "../../server/src/config";
import { cordeeSchema } from "../../server/src/schema/build";
import type { TestDatabase } from "./test-database";

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  server: CordeeServer;
  httpUrl: string;
  wsUrl: string;
  /** POST /graphql with a bearer token (or none); returns the body and the response headers */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: { token?: string; cookie?: string; headers?: Record<string, string> }): Promise<GraphQLResponse<T> & { headers: Headers; status: number }>;
  login(email: string, password: string): Promise<string>;
  wsClient(connectionParams?: Record<string, unknown>, headers?: Record<string, string>): Client;
  stop(): Promise<void>;
}

/** A real Cordée server on a free port, on the given test database; `config` overrides the test configuration (e.g. production). */
export async function startTestServer(db: TestDatabase, options: { clock?: Clock; trustProxy?: string; config?: Partial<Config> } = {}): Promise<TestServer> {
  // no background work unless a test asks for it: deadlines are checked by the tests themselves
  // (raiseDueAlerts), and e-mails stay in the outbox
  // with REDIS_URL set (CI's second run) the subscription tests go through Redis pub/sub
  const env = { NODE_ENV: "test", REDIS_URL: process.env.REDIS_URL, TRUST_PROXY: options.trustProxy };
  const config = { ...readConfig(env), port: 0, jobs: false, deadlineCron: null, digestCron: null, ...options.config };
  const server = await startCordeeServer({ config, dataSource: db.dataSource, schema: await cordeeSchema(), clock: options.clock, log: () => {} });
  const httpUrl = server.url.replace("localhost", "127.0.0.1");
  const wsUrl = httpUrl.replace("http", "ws");
  const clients: Client[] = [];

  const gql: TestServer["gql"] = async (query, variables, options = {}) => {
    const headers: Record<string, string> = { ...options.headers, "content-type": "application/json" };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.cookie) headers.cookie = options.cookie;
    const res = await fetch(httpUrl, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    return { ...(await res.json()), headers: res.headers, status: res.status };
  };

  return {
    server,
    httpUrl,
    wsUrl,
    gql,
    async login(email, password) {
      const res = await gql<{ login: { token: string } }>(
        `mutation($input: LoginInput!) { login(input: $input) { token } }`,
        { input: { email, password } },
      );
      if (!res.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    wsClient(connectionParams, headers) {
      class HeaderWebSocket extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers });
        }
      }
      const client = createClient({ url: wsUrl, webSocketImpl: HeaderWebSocket, connectionParams, retryAttempts: 0, lazy: true });
      clients.push(client);
      return client;
    },
    async stop() {
      await Promise.all(clients.map((c) => c.dispose()));
      await server.stop();
    },
  };
}

/** Runs one query over a graphql-ws client and resolves with its single result. */
export function wsQuery<T = Record<string, unknown>>(client: Client, query: string): Promise<GraphQLResponse<T>> {
  return new Promise((resolve, reject) => {
    let result: GraphQLResponse<T> | undefined;
    client.subscribe<T>({ query }, {
      next: (value) => { result = value as GraphQLResponse<T>; },
      error: (error) => reject(error),
      complete: () => resolve(result ?? {}),
    });
  });
}
