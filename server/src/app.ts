import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { DataSource } from "typeorm";
import { WebSocketServer } from "ws";
import { viewerForToken } from "./auth/sessions.js";
import { SESSION_COOKIE, tokenFromHeaders } from "./auth/tokens.js";
import { systemClock, type Clock } from "./clock.js";
import type { Config } from "./config.js";
import { buildContext, type Context, type SessionCookie } from "./graphql/context.js";
import { unauthenticated } from "./graphql/errors.js";
import { formatError } from "./graphql/format-error.js";
import { assertOperationAllowedWithoutSession } from "./graphql/gate.js";
import { inProcessBus, redisBus, type JournalBus } from "./realtime/bus.js";
import { startDeadlineScheduler } from "./realtime/deadline-alerts.js";
import { Journal } from "./realtime/journal.js";

export interface CordeeServer {
  httpServer: http.Server;
  journal: Journal;
  bus: JournalBus;
  url: string;
  stop(): Promise<void>;
}

export interface AppOptions {
  config: Config;
  dataSource: DataSource;
  schema: GraphQLSchema;
  clock?: Clock;
  log?: (message: string, detail?: unknown) => void;
}

/** HTTP POST and graphql-ws on one port and one path, `/graphql`; the built client on `/`. */
export async function startCordeeServer({ config, dataSource, schema, clock = systemClock, log = defaultLog }: AppOptions): Promise<CordeeServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const journal = new Journal(dataSource);
  const bus = config.redisUrl ? await redisBus(config.redisUrl, (m) => log(m)) : inProcessBus();
  // delivery after commit only: the journal calls this once the transaction has committed
  journal.onCommitted((events) => bus.publish(events));
  const stopScheduler = startDeadlineScheduler(dataSource, journal, clock, config.deadlineCheckIntervalMs, (m, d) => log(m, d));

  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql" });
  const wsCleanup = useServer<{ authorization?: string }, { viewerContext?: Context }>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = tokenFromHeaders({
          authorization: ctx.connectionParams?.authorization,
          cookie: ctx.extra.request.headers.cookie,
        });
        const viewer = await viewerForToken(dataSource, token);
        if (!viewer) return false;
        ctx.extra.viewerContext = buildContext({ requestId: randomUUID(), config, clock, dataSource, journal, bus, viewer, token, cookie: null });
        return true;
      },
      context: (ctx) => {
        const base = ctx.extra.viewerContext;
        if (!base) throw unauthenticated();
        // a fresh reader per operation: DataLoader caches must not outlive one request
        return buildContext({ ...base, requestId: randomUUID() });
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // main.ts owns shutdown: server, then database
    formatError: formatError(config.production, (m, e) => log(m, e)),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ contextValue, operation }) {
              if (!contextValue.viewer) assertOperationAllowedWithoutSession(operation);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    "/graphql",
    express.json({ limit: "12mb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = tokenFromHeaders({ authorization: req.headers.authorization, cookie: req.headers.cookie });
        const viewer = await viewerForToken(dataSource, token);
        const cookie: SessionCookie = {
          set: (value, expires) =>
            res.cookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: "lax", secure: config.secureCookies, expires, path: "/" }),
          clear: () => res.clearCookie(SESSION_COOKIE, { path: "/" }),
        };
        return buildContext({ requestId: randomUUID(), config, clock, dataSource, journal, bus, viewer, token, cookie });
      },
    }),
  );
  serveClient(app, config.clientDistDir);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  return {
    httpServer,
    journal,
    bus,
    url: `http://localhost:${port}/graphql`,
    stop: async () => {
      stopScheduler();
      await apollo.stop();
      await bus.close();
    },
  };
}

function serveClient(app: express.Express, distDir: string): void {
  const index = path.join(distDir, "index.html");
  app.use(express.static(distDir, { index: false }));
  app.get(/^\/(?!graphql).*/, (_req, res) => {
    if (fs.existsSync(index)) res.sendFile(index);
    else res.status(503).send("Client non construit : lancez « npm run build ».");
  });
}

function defaultLog(message: string, detail?: unknown): void {
  console.error(`[cordee] ${message}`, detail ?? "");
}
