import PgBoss from "pg-boss";
import type { Pool } from "pg";
import type { EntityManager } from "typeorm";
import type { PostgresQueryRunner } from "typeorm/driver/postgres/PostgresQueryRunner.js";

/** Every kind of background work, one queue each. */
export const QUEUES = {
  deliverEmail: "deliver-email",
  checkDeadlines: "check-deadlines",
  /** one per journal event with notifications: the e-mails of those who want them at once */
  emailNotifications: "email-notifications",
  /** the daily digest of those who want one */
  sendDigests: "send-digests",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobQueueOptions {
  pool: Pool;
  /** seconds between two polls of a worker (a job queued on this instance wakes it at once) */
  pollingSeconds: number;
  /** an active job whose instance died is retried after this long */
  expireSeconds: number;
  /** an instance that takes no jobs still queues them; it runs neither maintenance nor schedules */
  takesJobs: boolean;
  log: (message: string, detail?: unknown) => void;
}

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

/**
 * Background work on PostgreSQL (pg-boss): a job is queued in the transaction of the event that
 * causes it, so it exists exactly when the event does; one instance at a time holds it (SKIP
 * LOCKED), failures are retried with growing delays, and a job whose instance died is taken up
 * again once it expires. Recurring work is a cron schedule that fires once across instances.
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly workers = new Map<string, string>();
  private started = false;

  constructor(private readonly options: JobQueueOptions) {
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => options.pool.query(text, values) },
      schema: "pgboss",
      migrate: true,
      supervise: options.takesJobs,
      schedule: options.takesJobs,
      expireInSeconds: options.expireSeconds,
      // pg-boss takes back the jobs of a dead instance only during maintenance: run it at least as often as jobs expire
      maintenanceIntervalSeconds: Math.max(1, Math.min(60, options.expireSeconds)),
    });
    this.boss.on("error", (error) => options.log("file de travaux : erreur", error));
  }

  /** Creates pg-boss's own schema (or brings it up to date) and the queues; no worker yet. */
  async install(): Promise<void> {
    await this.boss.start();
    this.started = true;
    const retries = { retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: this.options.expireSeconds };
    for (const name of Object.values(QUEUES)) {
      // a queue keeps the settings it was created with: bring them in line with this configuration
      if (await this.boss.getQueue(name)) await this.boss.updateQueue(name, { name, ...retries });
      else await this.boss.createQueue(name, { name, ...retries });
    }
  }

  /** Takes jobs of this queue on this instance, one at a time. */
  async work(queue: QueueName, handler: JobHandler): Promise<void> {
    const id = await this.boss.work<Record<string, unknown>>(queue, { pollingIntervalSeconds: this.options.pollingSeconds, batchSize: 1 }, async ([job]) => {
      await handler(job.data);
    });
    this.workers.set(queue, id);
  }

  async schedule(queue: QueueName, cron: string): Promise<void> {
    await this.boss.schedule(queue, cron, {}, { tz: "Europe/Paris" });
  }

  async unschedule(queue: QueueName): Promise<void> {
    await this.boss.unschedule(queue);
  }

  /** Queues a job inside the caller's transaction: rolled back with it, visible with its commit. */
  async sendInTransaction(manager: EntityManager, queue: QueueName, data: Record<string, unknown>): Promise<void> {
    const runner = manager.queryRunner as PostgresQueryRunner | undefined;
    if (!runner?.isTransactionActive) throw new Error("a job is queued inside a transaction");
    const client = await runner.connect();
    await this.boss.send(queue, data, { db: { executeSql: (text, values) => client.query(text, values) } });
  }

  /** Queues a job outside any transaction (a recurring job run now, by hand or by a test). */
  async send(queue: QueueName, data: Record<string, unknown> = {}): Promise<void> {
    await this.boss.send(queue, data);
    this.wake(queue);
  }

  /** A job was just committed for this queue: this instance's worker takes it without waiting for its next poll. */
  wake(queue: QueueName): void {
    const id = this.workers.get(queue);
    if (id) this.boss.notifyWorker(id);
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    // the pool is the data source's: closing it is main.ts's job
    await this.boss.stop({ graceful: true, close: false, wait: true, timeout: 10_000 });
  }
}
