import type { DataSource } from "typeorm";
import type { EventType } from "../domain/event-audience.js";
import type { SignatureDeadline } from "../domain/programme-rules.js";
import { Programme } from "../entities/programme.js";
import type { Journal, MutationTransaction } from "./journal.js";

const ALERT_OF_STEP: Record<SignatureDeadline["code"], { event: EventType; stamp: string }> = {
  DATE_OPTIONS_TO_RTF: { event: "SIGNATURE_DATE_OPTIONS_DUE", stamp: "date_options_sent_at" },
  DRAFT_TO_RTF: { event: "CONVENTION_DRAFT_DUE", stamp: "draft_sent_at" },
};

// any fixed number: instances that check at the same moment take turns on it
const SCHEDULER_LOCK = 771_204;

/** Inserts the alert once (unique on kind, subject, due date); true when this call raised it. */
async function claim(tx: MutationTransaction, kind: string, subjectId: string, dueDate: string): Promise<boolean> {
  const rows: unknown[] = await tx.manager.query(
    `INSERT INTO deadline_alert (kind, subject_id, due_date) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`,
    [kind, subjectId, dueDate],
  );
  return rows.length === 1;
}

/**
 * Turns deadlines that fell due into journal events, once each, whatever the number of server
 * instances: the J-28 and J-20 signature steps of sessions not started yet whose step is not done,
 * and employment follow-ups past their due date and not reported.
 */
export async function raiseDueAlerts(dataSource: DataSource, journal: Journal, today: string): Promise<number> {
  return journal.run({ userId: null, organisationId: null }, async (tx) => {
    const [{ locked }]: { locked: boolean }[] = await tx.manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [SCHEDULER_LOCK]);
    if (!locked) return 0;
    let raised = 0;
    for (const programme of await tx.manager.find(Programme)) {
      for (const deadline of programme.rules.signatureDeadlines) {
        const { event, stamp } = ALERT_OF_STEP[deadline.code];
        const due: { id: string; operation_id: string; training_organisation_id: string; title: string; due_date: string }[] = await tx.manager.query(
          `SELECT ts.id, ts.operation_id, ts.training_organisation_id, ts.title, (ts.start_date - $2::int) AS due_date
             FROM training_session ts JOIN operation o ON o.id = ts.operation_id LEFT JOIN convention c ON c.training_session_id = ts.id
            WHERE o.programme_id = $1 AND o.status = 'OPEN' AND ts.start_date - $2::int <= $3::date AND ts.start_date >= $3::date
              AND c.${stamp} IS NULL`,
          [programme.id, deadline.daysBeforeStart, today],
        );
        for (const session of due) {
          if (!(await claim(tx, deadline.code, session.id, session.due_date))) continue;
          await tx.record({ type: event, operationId: session.operation_id, concerned: [session.training_organisation_id], payload: { trainingSessionId: session.id, title: session.title, dueDate: session.due_date, step: deadline.label } });
          raised++;
        }
      }
    }
    const overdue: { id: string; operation_id: string; training_organisation_id: string; due_date: string; milestone_months: number; candidacy_id: string }[] = await tx.manager.query(
      `SELECT f.id, ts.operation_id, ts.training_organisation_id, f.due_date, f.milestone_months, f.candidacy_id
         FROM follow_up f JOIN candidacy c ON c.id = f.candidacy_id JOIN training_session ts ON ts.id = c.training_session_id
        WHERE f.reported_at IS NULL AND f.due_date < $1::date`,
      [today],
    );
    for (const followUp of overdue) {
      if (!(await claim(tx, "FOLLOW_UP_OVERDUE", followUp.id, followUp.due_date))) continue;
      await tx.record({ type: "FOLLOW_UP_OVERDUE", operationId: followUp.operation_id, concerned: [followUp.training_organisation_id], payload: { followUpId: followUp.id, candidacyId: followUp.candidacy_id, dueDate: followUp.due_date, milestoneMonths: followUp.milestone_months } });
      raised++;
    }
    return raised;
  }, { mayRecordNothing: true });
}
