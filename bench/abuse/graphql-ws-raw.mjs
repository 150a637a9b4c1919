// The graphql-ws protocol (graphql-transport-ws) spoken by hand over `ws`, rather than through the
// graphql-ws client: an abuser must be able to send what no well-behaved client would (a 20 MB
// frame), must not reconnect on its own, and must see exactly how the server refuses it (HTTP
// status of a refused upgrade, close code and reason, error messages).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const WebSocket = require("ws");

const PROTOCOL = "graphql-transport-ws";
const ACK_TIMEOUT_MS = 10_000;

function parseMessage(data) {
  try {
    return JSON.parse(String(data));
  } catch {
    return null;
  }
}

/** A short label for a message from the server: "ws next", "ws error BAD_USER_INPUT", "ws error: Syntax Error…". */
export function describeServerMessage(message) {
  if (!message) return "ws unparsable message";
  if (message.type !== "error") return `ws ${message.type}`;
  const first = Array.isArray(message.payload) ? message.payload[0] : message.payload;
  const code = first?.extensions?.code;
  return code ? `ws error ${code}` : `ws error: ${String(first?.message ?? "?").slice(0, 60)}`;
}

/**
 * One graphql-ws connection. `ready` resolves (never rejects) with the server's verdict on
 * connection_init: "acked", "upgrade refused: HTTP 403", "ws close 4403", "ws error: ECONNRESET",
 * "no ack within 10 s". `closed` resolves with { code, reason, byServer } once the socket is gone.
 */
export class GraphqlWsConnection {
  constructor({ url, token, origin, localAddress }) {
    this.listeners = new Set();
    this.closedByUs = false;
    this.outcome = null;
    this.socket = new WebSocket(url, PROTOCOL, { headers: origin ? { origin } : {}, localAddress, perMessageDeflate: false });
    this.ready = new Promise((resolve) => (this.decide = resolve));
    this.closed = new Promise((resolve) => (this.resolveClosed = resolve));
    this.listen(token);
  }

  listen(token) {
    const socket = this.socket;
    const timer = setTimeout(() => {
      this.settle(`no ack within ${ACK_TIMEOUT_MS / 1000} s`);
      this.close();
    }, ACK_TIMEOUT_MS);
    const decided = (outcome) => {
      clearTimeout(timer);
      this.settle(outcome);
    };
    socket.on("unexpected-response", (req, res) => {
      decided(`upgrade refused: HTTP ${res.statusCode}`);
      res.resume();
      req.destroy();
    });
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: token ? { authorization: `Bearer ${token}` } : {} })));
    socket.on("message", (data) => {
      const message = parseMessage(data);
      if (message?.type === "connection_ack") decided("acked");
      else if (message?.type === "ping") socket.send(JSON.stringify({ type: "pong" }));
      else for (const listener of this.listeners) listener(message);
    });
    socket.on("error", (error) => decided(`ws error: ${error.code ?? error.message}`));
    socket.on("close", (code, reason) => {
      decided(`ws close ${code}`);
      this.resolveClosed({ code, reason: String(reason).slice(0, 80), byServer: !this.closedByUs });
    });
  }

  settle(outcome) {
    if (this.outcome !== null) return;
    this.outcome = outcome;
    this.decide(outcome);
  }

  get open() {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Listens to every message but the handshake's: next, error, complete... */
  onMessage(listener) {
    this.listeners.add(listener);
  }

  offMessage(listener) {
    this.listeners.delete(listener);
  }

  subscribe(id, query, variables) {
    this.sendRaw(JSON.stringify({ id, type: "subscribe", payload: { query, variables } }));
  }

  complete(id) {
    this.sendRaw(JSON.stringify({ id, type: "complete" }));
  }

  /** Sends a text frame as is (a string or a prebuilt Buffer). */
  sendRaw(data) {
    if (this.open) this.socket.send(data, { binary: false });
  }

  close() {
    this.closedByUs = true;
    this.settle("cut at the scenario's end"); // still waiting for its ack: not the server's doing
    this.socket.terminate();
  }
}

/** Counts what the server did to a connection: a refused handshake, or its own close afterwards. */
export function tallyConnection(connection, tally) {
  void connection.ready.then((outcome) => {
    if (outcome !== "acked") tally.add(`connect: ${outcome}`);
  });
  void connection.closed.then(({ code, reason, byServer }) => {
    if (byServer && connection.outcome === "acked") tally.add(`ws close ${code}${reason ? ` (${reason})` : ""}`);
  });
}
