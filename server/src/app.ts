import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import helmet from "helmet";
import { LoginThrottle, pgPool } from "./auth/login-throttle.js";
import { viewerForToken } from "./auth/sessions.js";
import { SESSION_COOKIE, tokenFromHeaders } from "./auth/tokens.js";
import { systemClock, type Clock } from "./clock.js";
import type { Config } from "./config.js";
import { buildContext, type Context, type SessionCookie } from "./graphql/context.js";
import { formatError } from "./graphql/format-error.js";
import { assertOperationAllowedWithoutSession } from "./graphql/gate.js";
import { isDatabaseUnavailable } from "./db/faults.js";
import { errorPolicy } from "./graphql/error-policy.js";
import { serviceUnavailable } from "./graphql/errors.js";
import { bodyErrors, documentWithinLimits } from "./graphql/http-limits.js";
import { assertCostWithin, limitRules, REQUEST_LIMITS } from "./graphql/limits.js";
import { healthHandler } from "./health.js";
import { startBackgroundWork } from "./jobs/background.js";
import type { JobQueue } from "./jobs/queue.js";
import { devMailboxHandler } from "./mail/dev-mailbox.js";
import { documentsRouter } from "./documents/router.js";
import { calendarRouter } from "./calendar/router.js";
import { exportsRouter } from "./exports/router.js";
import { heavyWorkGate } from "./http/heavy-work.js";
import { inProcessBus, redisBus, type JournalBus } from "./realtime/bus.js";
import { Journal } from "./realtime/journal.js";
import { startWebSocketServer, type LiveSocketServer } from "./realtime/ws-server.js";

export interface CordeeServer {
  httpServer: http.Server;
  journal: Journal;
  bus: JournalBus;
  ws: LiveSocketServer;
  jobs: JobQueue;
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
  app.set("trust proxy", config.trustProxy);
  const httpServer = http.createServer(app);
  const journal = new Journal(dataSource);
  const bus = config.redisUrl ? await redisBus(config.redisUrl, (m) => log(m)) : inProcessBus();
  // delivery after commit only: the journal calls this once the transaction has committed
  journal.onCommitted((events) => bus.publish(events));
  const loginThrottle = new LoginThrottle(pgPool(dataSource), (m, d) => log(m, d));
  const background = await startBackgroundWork({ dataSource, journal, clock, config, log });

  const formatErrors = errorPolicy(formatError(config.production, (m, e) => log(m, e)), { hideSuggestions: !config.introspection });
  const ws = startWebSocketServer({ httpServer, schema, config, clock, dataSource, journal, bus, formatError: formatErrors, loginThrottle, log });

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    validationRules: limitRules({ introspection: config.introspection }),
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // main.ts owns shutdown: server, then database
    formatError: formatErrors,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { async drainServer() { await ws.dispose(); } }; } },
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              // a database outage is a 503 with a retry hint, whatever failed first (session look-up or resolver)
              const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
              if (!errors?.some((e) => e.extensions?.code === "SERVICE_UNAVAILABLE")) return;
              response.http.status = 503;
              response.http.headers.set("retry-after", "5");
            },
            async didResolveOperation({ contextValue, operation, document, request }) {
              if (!contextValue.viewer) assertOperationAllowedWithoutSession(operation);
              assertCostWithin(schema, document, request.variables, request.operationName);
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use(helmet({ contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } }));
  app.get("/healthz", healthHandler(dataSource, config.redisUrl ? bus : undefined));
  if (config.devMailbox) app.get("/dev/mailbox", devMailboxHandler(dataSource));
  app.use(["/documents", "/exports"], heavyWorkGate());
  app.use("/documents", documentsRouter({ dataSource, log }));
  app.use("/calendar", calendarRouter({ config, clock, dataSource, log }));
  app.use("/exports", exportsRouter({ config, clock, dataSource, journal, bus, loginThrottle, schema, log }));
  app.use(
    "/graphql",
    express.json({ limit: REQUEST_LIMITS.httpBodyBytes }),
    bodyErrors,
    documentWithinLimits,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = tokenFromHeaders({ authorization: req.headers.authorization, cookie: req.headers.cookie });
        const viewer = await viewerForToken(dataSource, token).catch((error: unknown) => {
          // before the pipeline: Apollo takes the status and Retry-After from the error itself
          throw isDatabaseUnavailable(error) ? serviceUnavailable() : error;
        });
        const cookie: SessionCookie = {
          set: (value, expires) =>
            res.cookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: "lax", secure: config.secureCookies, expires, path: "/" }),
          clear: () => res.clearCookie(SESSION_COOKIE, { path: "/" }),
        };
        return buildContext({ requestId: randomUUID(), config, clock, dataSource, journal, bus, loginThrottle, viewer, token, cookie, clientAddress: req.ip ?? null, browser: Boolean(req.headers.origin) });
      },
    }),
  );
  serveClient(app, config.clientDistDir);

  // a client that sends its request slowly holds a socket for this long at most
  httpServer.headersTimeout = 15_000;
  httpServer.requestTimeout = 30_000;
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
    ws,
    jobs: background.jobs,
    url: `http://localhost:${port}/graphql`,
    stop: async () => {
      await background.stop();
      await apollo.stop();
      await bus.close();
    },
  };
}

/** The built client only loads its own files; no page may frame Cordée (clickjacking). */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // React's style attributes
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", "data:"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // http://localhost has no TLS to upgrade to; behind HTTPS the proxy sets HSTS
  upgradeInsecureRequests: null,
};

function serveClient(app: express.Express, distDir: string): void {
  const index = path.join(distDir, "index.html");
  app.use(express.static(distDir, { index: false }));
  app.get(/^\/(?!graphql|dev\/mailbox).*/, (_req, res) => {
    if (fs.existsSync(index)) res.sendFile(index);
    else res.status(503).send("Client non construit : lancez « npm run build ».");
  });
}

function defaultLog(message: string, detail?: unknown): void {
  console.error(`[cordee] ${message}`, detail ?? "");
}
