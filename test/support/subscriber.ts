import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface ReceivedEvent {
  id: string;
  type: string;
  operationId: string | null;
}

/**
 * A graphql-ws subscriber that keeps what it receives, for assertions: `waitFor` the events a test
 * expects, then `settle` a little to be sure nothing else comes.
 */
export class Subscriber<T = ReceivedEvent> {
  readonly received: T[] = [];
  readonly errors: unknown[] = [];
  private readonly client: Client;
  private waiters: (() => void)[] = [];
  private unsubscribe: () => void = () => {};

  constructor(wsUrl: string, token: string) {
    this.client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  }

  /** Starts the subscription and resolves once the server has acknowledged it (a first round trip). */
  async start(query: string, variables: Record<string, unknown> = {}, field = "events"): Promise<this> {
    this.unsubscribe = this.client.subscribe<Record<string, T>>({ query, variables }, {
      next: (value) => {
        if (value.errors) this.errors.push(value.errors);
        if (value.data) this.received.push(value.data[field]);
        for (const wake of this.waiters.splice(0)) wake();
      },
      error: (error) => this.errors.push(error),
      complete: () => {},
    });
    // a query on the same socket returns once the subscription above has been set up before it
    await new Promise<void>((resolve, reject) => this.client.subscribe({ query: "{ viewer { kind } }" }, { next: () => {}, error: reject, complete: resolve }));
    return this;
  }

  async waitFor(count: number, timeoutMs = 5000): Promise<T[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`received ${this.received.length} of ${count}: ${JSON.stringify(this.received)} ${JSON.stringify(this.errors)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.received;
  }

  /** Waits a moment for anything unexpected still on its way. */
  async settle(ms = 400): Promise<T[]> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.received;
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.client.dispose();
  }
}

export const EVENTS = `subscription($after: ID, $operationId: ID) { events(after: $after, operationId: $operationId) { id type operationId } }`;
