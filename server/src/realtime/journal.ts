import type { DataSource, EntityManager } from "typeorm";
import { audienceRule, isEventType, type EventType } from "../domain/event-audience.js";
import { OrganisationKind } from "../domain/kinds.js";
import { JournalEvent } from "../entities/journal-event.js";
import { QUEUES, type JobQueue, type QueueName } from "../jobs/queue.js";

export interface Actor {
  userId: string | null;
  organisationId: string | null;
}

export interface EventDraft {
  type: EventType;
  operationId?: string | null;
  payload?: Record<string, unknown>;
  /** the organisations the event concerns (the company of the job, the candidate's adviser...) */
  concerned?: (string | null | undefined)[];
  /** organisations told of it outside any operation (the Region of a new organisation's territory) */
  tell?: string[];
}

export type CommittedListener = (events: JournalEvent[]) => void;

/** An event type built at run time (e.g. `CANDIDACY_${status}`), checked against the audience table. */
export function eventType(name: string): EventType {
  if (!isEventType(name)) throw new Error(`Event type ${name} is missing from EVENT_AUDIENCE`);
  return name;
}

/**
 * Journal positions follow commit order: every transaction writes its events at its very end, under
 * one transaction-level lock that PostgreSQL releases only once the commit is visible. So the
 * committed events always form a prefix of the ids, and « every event after the last id I saw » is
 * exactly what a reader has not seen, whatever the number of writers and instances.
 */
const JOURNAL_POSITION_LOCK = 771_301;

interface PendingEvent {
  draft: EventDraft;
  audience: string[];
}

/** The only way business data changes: the work and its events in one transaction. */
export class MutationTransaction {
  readonly recorded: JournalEvent[] = [];
  readonly queued = new Set<QueueName>();
  private readonly pending: PendingEvent[] = [];
  constructor(readonly manager: EntityManager, private readonly actor: Actor, private readonly jobs: JobQueue | null = null) {}

  /** Background work caused by this transaction (an e-mail to deliver): queued in it, so it exists exactly when its event does. */
  async queueJob(queue: QueueName, data: Record<string, unknown>): Promise<void> {
    if (!this.jobs) throw new Error("This journal has no job queue");
    await this.jobs.sendInTransaction(this.manager, queue, data);
    this.queued.add(queue);
  }

  /** The event's audience is taken now (the team as it stands at this point of the work); its row is written at commit. */
  async record(draft: EventDraft): Promise<void> {
    this.pending.push({ draft, audience: await audienceOf(this.manager, draft, this.actor) });
  }

  get hasEvents(): boolean {
    return this.pending.length > 0;
  }

  /** Writes the events, in the order recorded, with their positions taken under the journal's lock. */
  async writeEvents(): Promise<void> {
    if (this.pending.length === 0) return;
    await this.manager.query(`SELECT pg_advisory_xact_lock($1)`, [JOURNAL_POSITION_LOCK]);
    for (const { draft, audience } of this.pending.splice(0)) {
      const event = this.manager.create(JournalEvent, {
        type: draft.type,
        operationId: draft.operationId ?? null,
        actorUserId: this.actor.userId,
        actorOrganisationId: this.actor.organisationId,
        payload: draft.payload ?? {},
        audience,
      });
      const saved = await this.manager.save(event);
      // one job per event that notified someone: it e-mails those who want it at once (a journal
      // without a job queue, a test's, leaves the notifications to the digest)
      if ((await notify(this.manager, saved, this.actor)) && this.jobs) await this.queueJob(QUEUES.emailNotifications, { eventId: saved.id });
      this.recorded.push(saved);
    }
  }
}

export interface RunOptions {
  /** a background check that may find nothing to do (the deadline scheduler) */
  mayRecordNothing?: boolean;
}

export class Journal {
  private readonly listeners: CommittedListener[] = [];
  private jobs: JobQueue | null = null;
  constructor(private readonly dataSource: DataSource) {}

  useJobs(jobs: JobQueue): void {
    this.jobs = jobs;
  }

  /** Called with each transaction's events once it has committed (never for a rollback). */
  onCommitted(listener: CommittedListener): void {
    this.listeners.push(listener);
  }

  /**
   * Runs `work` in a transaction. It must record at least one event: a change without its event
   * would be a hole in the audit trail, so the transaction is refused.
   */
  async run<T>(actor: Actor, work: (tx: MutationTransaction) => Promise<T>, options: RunOptions = {}): Promise<T> {
    let tx: MutationTransaction | undefined;
    const result = await this.dataSource.transaction(async (manager) => {
      tx = new MutationTransaction(manager, actor, this.jobs);
      const value = await work(tx);
      if (!tx.hasEvents && !options.mayRecordNothing) throw new Error("A mutation must record its event in the journal");
      await tx.writeEvents();
      return value;
    });
    const events = tx?.recorded ?? [];
    if (events.length) for (const listener of this.listeners) listener(events);
    for (const queue of tx?.queued ?? []) this.jobs?.wake(queue);
    return result;
  }
}

interface Partner {
  id: string;
  kind: OrganisationKind;
}

/** The operation's active team, and the Region of its territory (always part of it). */
async function partnersOf(manager: EntityManager, operationId: string): Promise<Partner[]> {
  return manager.query(
    `SELECT org.id, org.kind FROM team_membership tm JOIN organisation org ON org.id = tm.organisation_id
      WHERE tm.operation_id = $1 AND tm.left_at IS NULL
     UNION
     SELECT org.id, org.kind FROM organisation org JOIN operation o ON o.territory = org.territory
      WHERE o.id = $1 AND org.kind = $2`,
    [operationId, OrganisationKind.REGION],
  );
}

/** EVENT_AUDIENCE's row applied to the operation's partners, plus the acting organisation. */
async function audienceOf(manager: EntityManager, draft: EventDraft, actor: Actor): Promise<string[]> {
  const rule = audienceRule(draft.type);
  const concerned = new Set(draft.concerned?.filter((id): id is string => !!id));
  const audience = new Set<string>([...(actor.organisationId ? [actor.organisationId] : []), ...(draft.tell ?? [])]);
  if (draft.operationId) {
    for (const partner of await partnersOf(manager, draft.operationId)) {
      const reach = rule.reach[partner.kind];
      if (reach === "team" || (reach === "concerned" && concerned.has(partner.id))) audience.add(partner.id);
    }
  }
  return [...audience];
}

/** A notification for every user of the audience whose partner kind the row names, but the actor; true when it notified someone. */
async function notify(manager: EntityManager, event: JournalEvent, actor: Actor): Promise<boolean> {
  const kinds = audienceRule(event.type as EventType).notifies;
  if (!kinds.length || !event.audience.length) return false;
  const rows: unknown[] = await manager.query(
    `INSERT INTO notification (user_id, event_id)
     SELECT u.id, $1 FROM app_user u JOIN organisation o ON o.id = u.organisation_id
      WHERE o.id = ANY($2) AND o.kind = ANY($3) AND u.id IS DISTINCT FROM $4
     RETURNING id`,
    [event.id, event.audience, kinds, actor.userId],
  );
  return rows.length > 0;
}
