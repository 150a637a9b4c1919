import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

/**
 * A subscriber that resumes « after the last id I saw » gets exactly what it has not seen: every
 * committed event once, in order, whatever the number of concurrent writers.
 */
export class ReconnectingSubscriber {
  readonly received: string[] = [];
  reconnects = 0;
  readonly errors: unknown[] = [];
  private client: Client | null = null;
  private stopped = false;

  /** `leaveEvery`: the most events it takes before leaving (Infinity: it stays) */
  constructor(private readonly wsUrl: string, private readonly token: string, private last: string, private readonly random: () => number, private readonly leaveEvery = 1500) {}

  start(): void {
    if (this.stopped) return;
    const client = createClient({ url: this.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${this.token}` }, retryAttempts: 0, lazy: true });
    this.client = client;
    // leave after a random number of events, then come back with the last id seen
    let leaveAfter = 1 + Math.floor(this.random() * this.leaveEvery);
    client.subscribe<{ events: { id: string } }>({ query: `subscription($after: ID) { events(after: $after) { id } }`, variables: { after: this.last } }, {
      next: (value) => {
        const id = value.data?.events.id;
        if (!id || this.client !== client) return;
        this.received.push(id);
        this.last = id;
        if (--leaveAfter === 0) {
          this.reconnects++;
          this.client = null;
          void client.dispose();
          setTimeout(() => this.start(), this.random() * 50);
        }
      },
      error: (error) => this.errors.push(error),
      complete: () => {},
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.dispose();
  }
}

export function seeded(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

