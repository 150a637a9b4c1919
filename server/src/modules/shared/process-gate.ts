import type { EntityManager } from "typeorm";
import type { Clock } from "../../clock.js";
import { refusal, type ProcessAction } from "../../domain/process/process.js";
import type { SessionFacts } from "../../domain/process/requirements.js";
import { Operation } from "../../entities/operation.js";
import { Programme } from "../../entities/programme.js";
import { DomainError } from "../../graphql/errors.js";

interface FactsRow {
  start_date: string;
  end_date: string;
  eos_number: string | null;
  convention_signed: boolean;
  final_review_held: boolean;
  attestation_issued: boolean;
  bonus_requested: boolean;
  bonus_acknowledged: boolean;
  session_closed: boolean;
}

/** What is true of the session today, read inside the caller's transaction. */
export async function sessionFacts(manager: EntityManager, trainingSessionId: string, today: string): Promise<SessionFacts> {
  const [row]: FactsRow[] = await manager.query(
    `SELECT ts.start_date, ts.end_date, ts.eos_number,
            coalesce(cv.status = 'SIGNED', false) AS convention_signed,
            EXISTS (SELECT 1 FROM review r WHERE r.training_session_id = ts.id AND r.kind = 'FINAL' AND r.held_at IS NOT NULL) AS final_review_held,
            cl.attestation_issued_at IS NOT NULL AS attestation_issued,
            cl.bonus_requested_at IS NOT NULL AS bonus_requested,
            cl.bonus_acknowledged_at IS NOT NULL AS bonus_acknowledged,
            cl.closed_at IS NOT NULL AS session_closed
       FROM training_session ts
       LEFT JOIN convention cv ON cv.training_session_id = ts.id
       LEFT JOIN closure cl ON cl.training_session_id = ts.id
      WHERE ts.id = $1`,
    [trainingSessionId],
  );
  return {
    today, startDate: row.start_date, endDate: row.end_date, eosNumber: row.eos_number,
    conventionSigned: row.convention_signed, finalReviewHeld: row.final_review_held, attestationIssued: row.attestation_issued,
    bonusRequested: row.bonus_requested, bonusAcknowledged: row.bonus_acknowledged, sessionClosed: row.session_closed,
  };
}

export async function programmeOf(manager: EntityManager, operationId: string): Promise<Programme> {
  const operation = await manager.findOneByOrFail(Operation, { id: operationId });
  return manager.findOneByOrFail(Programme, { id: operation.programmeId });
}

/**
 * Refuses an action the operation's programme does not have, or one whose prerequisites (facts
 * and dates) do not hold yet for the session. Returns the programme and the facts it checked.
 */
export async function assertProcessAllows(
  manager: EntityManager,
  clock: Clock,
  action: ProcessAction,
  scope: { operationId: string; trainingSessionId?: string | null },
): Promise<{ programme: Programme; facts: SessionFacts | null }> {
  const programme = await programmeOf(manager, scope.operationId);
  const facts = scope.trainingSessionId ? await sessionFacts(manager, scope.trainingSessionId, clock.today()) : null;
  const refused = refusal(programme.rules.process, programme.name, action, facts);
  if (refused) throw new DomainError(refused.code, refused.message, { rule: action });
  return { programme, facts };
}
