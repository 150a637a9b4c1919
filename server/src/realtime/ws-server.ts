import { randomUUID } from "node:crypto";
import type http from "node:http";
import { GraphQLError, specifiedRules, validate, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { ExecutionArgs } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { DataSource } from "typeorm";
import { WebSocketServer } from "ws";
import { endedSessions, sessionForToken, type OpenSession } from "../auth/sessions.js";
import { tokenFromHeaders } from "../auth/tokens.js";
import type { LoginThrottle } from "../auth/login-throttle.js";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import { isDatabaseUnavailable } from "../db/faults.js";
import { buildContext, type Context } from "../graphql/context.js";
import { serviceUnavailable } from "../graphql/errors.js";
import { assertCostWithin, limitError, limitRules, parseWithinLimits, REQUEST_LIMITS } from "../graphql/limits.js";
import type { JournalBus } from "./bus.js";
import type { Journal } from "./journal.js";
import { LiveSockets, originAllowed, SOCKET_CLOSE } from "./live-sockets.js";

/** events after which none of the account's sessions holds any more */
const ENDS_EVERY_SESSION = new Set(["USER_DEACTIVATED", "PASSWORD_RESET", "ORGANISATION_DEACTIVATED"]);

export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

interface WsOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  config: Config;
  clock: Clock;
  dataSource: DataSource;
  journal: Journal;
  bus: JournalBus;
  formatError: ErrorFormatter;
  loginThrottle: LoginThrottle;
  log: (message: string, detail?: unknown) => void;
}

type SocketState = {
  session?: OpenSession;
  token?: string | null;
};

const tooManySubscriptions = () =>
  limitError("TOO_MANY_SUBSCRIPTIONS", `Trop d'abonnements sur cette connexion : ${REQUEST_LIMITS.subscriptionsPerSocket} au plus.`);

/**
 * graphql-ws on the HTTP server's `/graphql`, with the same limits, formatting and session truth as
 * HTTP: the upgrade is refused to foreign origins, messages are bounded, each operation is checked
 * like an HTTP request, and sockets close when their session ends.
 */
export function startWebSocketServer({ httpServer, schema, config, clock, dataSource, journal, bus, formatError, loginThrottle, log }: WsOptions) {
  const sockets = new LiveSockets(config.wsConnectionsPerUser);
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: "/graphql",
    maxPayload: REQUEST_LIMITS.wsMessageBytes,
    verifyClient: ({ origin, req }, accept) =>
      originAllowed(origin, req.headers.host, config.allowedOrigins) ? accept(true) : accept(false, 403, "Origine non autorisée"),
  });
  const rules = [...specifiedRules, ...limitRules({ introspection: config.introspection })];
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));

  const server = useServer<{ authorization?: string }, SocketState>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = tokenFromHeaders({ authorization: ctx.connectionParams?.authorization, cookie: ctx.extra.request.headers.cookie });
        let session: OpenSession | null;
        try {
          session = await sessionForToken(dataSource, token);
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error;
          // 1013 « try again later »: the client reconnects by itself
          ctx.extra.socket.close(1013, "Service momentanément indisponible : nouvelle tentative bientôt.");
          return false;
        }
        if (!session) return false;
        if (!sockets.open(ctx.extra.socket, session)) {
          ctx.extra.socket.close(SOCKET_CLOSE.tooManyConnections.code, SOCKET_CLOSE.tooManyConnections.reason);
          return false;
        }
        Object.assign(ctx.extra, { session, token });
        return true;
      },
      onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const socket = ctx.extra.socket;
        // the library has already counted this one
        if (Object.keys(ctx.subscriptions).length > REQUEST_LIMITS.subscriptionsPerSocket) return [tooManySubscriptions()];
        try {
          const document = parseWithinLimits(payload.query);
          const errors = validate(schema, document, rules);
          if (errors.length) return errors;
          assertCostWithin(schema, document, payload.variables ?? undefined, payload.operationName);
          const session = await sessionForToken(dataSource, ctx.extra.token ?? null);
          if (!session) {
            sockets.forget(socket);
            socket.close(SOCKET_CLOSE.sessionEnded.code, SOCKET_CLOSE.sessionEnded.reason);
            return [limitError("UNAUTHENTICATED", SOCKET_CLOSE.sessionEnded.reason)];
          }
          const contextValue: Context = buildContext({
            requestId: randomUUID(), config, clock, dataSource, journal, bus, loginThrottle, viewer: session.viewer, token: ctx.extra.token ?? null, cookie: null,
            clientAddress: ctx.extra.request.socket.remoteAddress ?? null, browser: false,
          });
          return { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          if (isDatabaseUnavailable(error)) return [serviceUnavailable()];
          throw error;
        }
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onClose: (ctx) => sockets.forget(ctx.extra.socket),
    },
    wsServer,
  );

  // a logout anywhere (any instance: the bus carries it) ends that session's sockets here
  const stopListening = bus.listen((event) => {
    if (event.type === "USER_LOGGED_OUT" && typeof event.payload.sessionId === "string") sockets.endSessions([event.payload.sessionId]);
    // an account deactivated, or its password reset, ends every socket of it at once
    if (ENDS_EVERY_SESSION.has(event.type)) {
      const users = Array.isArray(event.payload.userIds) ? event.payload.userIds : [event.payload.userId];
      for (const userId of users) if (typeof userId === "string") sockets.endUser(userId);
    }
  });
  // expiry has its own timer per socket; deactivation and anything missed are caught here
  const sweep = async () => {
    try {
      const ended = await endedSessions(dataSource, sockets.sessionIds());
      if (ended.length) sockets.endSessions(ended);
    } catch (error) {
      log("vérification des sessions des WebSockets impossible", error);
    }
  };
  const sweeper = config.sessionCheckIntervalMs > 0 ? setInterval(() => void sweep(), config.sessionCheckIntervalMs) : null;
  sweeper?.unref();

  return {
    sockets,
    sweep,
    dispose: async () => {
      if (sweeper) clearInterval(sweeper);
      stopListening();
      await server.dispose();
    },
  };
}

export type LiveSocketServer = ReturnType<typeof startWebSocketServer>;
