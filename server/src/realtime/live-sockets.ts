import type { WebSocket } from "ws";
import type { OpenSession } from "../auth/sessions.js";

/** Close codes a client can act on (graphql-ws keeps 4400-4499 for the application). */
export const SOCKET_CLOSE = {
  /** logout, expiry or deactivation: the client must sign in again (not retry) */
  sessionEnded: { code: 4401, reason: "Session terminée : reconnectez-vous." },
  tooManyConnections: { code: 4429, reason: "Trop de connexions ouvertes pour ce compte : fermez d'autres onglets." },
} as const;

interface LiveSocket {
  sessionId: string;
  userId: string;
  expiry: NodeJS.Timeout;
}

// setTimeout's longest delay; a session lasting longer is caught by the periodic check
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Every open graphql-ws socket of this instance with its session, so that the session stays the
 * one truth: a logout, an expiry or a deactivation closes the sockets opened with it at once, and
 * one account cannot hold more than its share of connections.
 */
export class LiveSockets {
  private readonly sockets = new Map<WebSocket, LiveSocket>();

  constructor(private readonly connectionsPerUser: number) {}

  /** false when the account already holds its share of connections */
  open(socket: WebSocket, session: OpenSession): boolean {
    const held = [...this.sockets.values()].filter((s) => s.userId === session.viewer.userId).length;
    if (held >= this.connectionsPerUser) return false;
    const untilExpiry = Math.min(Math.max(session.expiresAt.getTime() - Date.now(), 0), MAX_TIMER_MS);
    const expiry = setTimeout(() => this.end(socket), untilExpiry);
    expiry.unref();
    this.sockets.set(socket, { sessionId: session.sessionId, userId: session.viewer.userId, expiry });
    return true;
  }

  forget(socket: WebSocket): void {
    const live = this.sockets.get(socket);
    if (!live) return;
    clearTimeout(live.expiry);
    this.sockets.delete(socket);
  }

  sessionIds(): string[] {
    return [...new Set([...this.sockets.values()].map((s) => s.sessionId))];
  }

  endSessions(sessionIds: Iterable<string>): number {
    const ended = new Set(sessionIds);
    return this.endWhere((s) => ended.has(s.sessionId));
  }

  endUser(userId: string): number {
    return this.endWhere((s) => s.userId === userId);
  }

  get size(): number {
    return this.sockets.size;
  }

  private endWhere(matches: (s: LiveSocket) => boolean): number {
    let count = 0;
    for (const [socket, live] of this.sockets) {
      if (!matches(live)) continue;
      this.end(socket);
      count++;
    }
    return count;
  }

  private end(socket: WebSocket): void {
    this.forget(socket);
    socket.close(SOCKET_CLOSE.sessionEnded.code, SOCKET_CLOSE.sessionEnded.reason);
  }
}

/**
 * Whether a browser page of this origin may open a socket with the visitor's cookie. Clients that
 * send no Origin are not browsers (no ambient cookie to abuse) and authenticate like any API call.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return true;
  if (allowed.length > 0) return allowed.includes(origin.replace(/\/$/, ""));
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
