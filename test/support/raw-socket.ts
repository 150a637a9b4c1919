import WebSocket from "ws";

export interface Closed {
  code: number;
  reason: string;
}

/**
 * A graphql-ws connection at the protocol level, for what a library client hides: close codes,
 * refused upgrades, oversized messages.
 */
export class RawSocket {
  readonly messages: Record<string, unknown>[] = [];
  readonly closed: Promise<Closed>;
  private waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() })));
    socket.on("message", (data) => {
      this.messages.push(JSON.parse(data.toString()) as Record<string, unknown>);
      for (const wake of this.waiters.splice(0)) wake();
    });
    socket.on("error", () => {});
  }

  /** Opens the socket and sends connection_init; resolves once acknowledged or closed. */
  static async open(wsUrl: string, options: { token?: string; origin?: string; cookie?: string } = {}): Promise<RawSocket> {
    const headers: Record<string, string> = {};
    if (options.origin) headers.origin = options.origin;
    if (options.cookie) headers.cookie = options.cookie;
    const socket = new WebSocket(wsUrl, "graphql-transport-ws", { headers });
    const raw = new RawSocket(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("unexpected-response", (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
      socket.once("error", reject);
    });
    raw.send({ type: "connection_init", payload: options.token ? { authorization: `Bearer ${options.token}` } : {} });
    await Promise.race([raw.waitFor((m) => m.type === "connection_ack"), raw.closed]);
    return raw;
  }

  get acknowledged(): boolean {
    return this.messages.some((m) => m.type === "connection_ack");
  }

  send(message: Record<string, unknown>): void {
    this.socket.send(JSON.stringify(message));
  }

  subscribe(id: string, query: string, variables: Record<string, unknown> = {}): void {
    this.send({ id, type: "subscribe", payload: { query, variables } });
  }

  /** The first message (already received or to come) that matches. */
  async waitFor(matches: (m: Record<string, unknown>) => boolean, timeoutMs = 5000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(matches);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no such message; received ${JSON.stringify(this.messages).slice(0, 500)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  close(): void {
    this.socket.close();
  }
}
