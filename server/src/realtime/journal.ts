import type { DataSource, EntityManager } from "typeorm";
import { OrganisationKind } from "../domain/kinds.js";
import { JournalEvent } from "../entities/journal-event.js";

export interface Actor {
  userId: string | null;
  organisationId: string | null;
}

export interface EventDraft {
  type: string;
  operationId?: string | null;
  payload?: Record<string, unknown>;
  /** the organisations the event concerns; the actor's organisation is always added */
  audience?: string[];
  /** add the operation's active team and Region; `true`, or only these companies among the team's */
  toTeam?: boolean | { companies: string[] };
  /** add the Region of the operation's territory */
  toRegion?: boolean;
}

export type CommittedListener = (events: JournalEvent[]) => void;

/** The only way business data changes: the work and its events in one transaction. */
export class MutationTransaction {
  readonly recorded: JournalEvent[] = [];
  constructor(readonly manager: EntityManager, private readonly actor: Actor) {}

  async record(draft: EventDraft): Promise<JournalEvent> {
    const audience = new Set(draft.audience ?? []);
    if (draft.toTeam && draft.operationId) {
      const companies = draft.toTeam === true ? null : draft.toTeam.companies;
      for (const id of await teamAudience(this.manager, draft.operationId, companies)) audience.add(id);
    }
    if (draft.toRegion && draft.operationId) {
      for (const id of await regionAudience(this.manager, draft.operationId)) audience.add(id);
    }
    if (this.actor.organisationId) audience.add(this.actor.organisationId);
    const event = this.manager.create(JournalEvent, {
      type: draft.type,
      operationId: draft.operationId ?? null,
      actorUserId: this.actor.userId,
      actorOrganisationId: this.actor.organisationId,
      payload: draft.payload ?? {},
      audience: [...audience],
    });
    const saved = await this.manager.save(event);
    this.recorded.push(saved);
    return saved;
  }
}

export class Journal {
  private readonly listeners: CommittedListener[] = [];
  constructor(private readonly dataSource: DataSource) {}

  /** Called with each transaction's events once it has committed (never for a rollback). */
  onCommitted(listener: CommittedListener): void {
    this.listeners.push(listener);
  }

  /**
   * Runs `work` in a transaction. It must record at least one event: a change without its event
   * would be a hole in the audit trail, so the transaction is refused.
   */
  async run<T>(actor: Actor, work: (tx: MutationTransaction) => Promise<T>): Promise<T> {
    let tx: MutationTransaction | undefined;
    const result = await this.dataSource.transaction(async (manager) => {
      tx = new MutationTransaction(manager, actor);
      const value = await work(tx);
      if (tx.recorded.length === 0) throw new Error("A mutation must record its event in the journal");
      return value;
    });
    const events = tx?.recorded ?? [];
    for (const listener of this.listeners) listener(events);
    return result;
  }
}

/**
 * Active team members of the operation, and the Region of its territory. With `companies`, only
 * those companies of the team: a company never hears of another company's hiring intention.
 */
export async function teamAudience(manager: EntityManager, operationId: string, companies: string[] | null = null): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT tm.organisation_id AS id FROM team_membership tm JOIN organisation org ON org.id = tm.organisation_id
      WHERE tm.operation_id = $1 AND tm.left_at IS NULL AND (org.kind <> $3 OR $4::uuid[] IS NULL OR org.id = ANY($4))
     UNION
     SELECT org.id FROM organisation org JOIN operation o ON o.territory = org.territory
      WHERE o.id = $1 AND org.kind = $2`,
    [operationId, OrganisationKind.REGION, OrganisationKind.COMPANY, companies],
  );
  return rows.map((r) => r.id);
}

/** The Region of the operation's territory. */
export async function regionAudience(manager: EntityManager, operationId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT org.id FROM organisation org JOIN operation o ON o.territory = org.territory WHERE o.id = $1 AND org.kind = $2`,
    [operationId, OrganisationKind.REGION],
  );
  return rows.map((r) => r.id);
}
