import type { DataSource } from "typeorm";
import { addCalendarDays, daysBetween } from "../domain/calendar.js";
import { REMINDER_DAYS_BEFORE, REMINDER_LABELS, reminderDue, type ReminderDeadline } from "../domain/reminders.js";
import type { SignatureDeadline } from "../domain/programme-rules.js";
import { Programme } from "../entities/programme.js";
import type { EventDraft, Journal, MutationTransaction } from "./journal.js";

/** The convention's stamp that says the step is done. */
const DONE: Record<SignatureDeadline["code"], string> = { DATE_OPTIONS_TO_RTF: "date_options_sent_at", DRAFT_TO_RTF: "draft_sent_at" };

// any fixed number, not the alerts' one: instances that check at the same moment take turns on it
const REMINDER_LOCK = 771_205;

/** The furthest ahead any reminder looks. */
const HORIZON = Math.max(...Object.values(REMINDER_DAYS_BEFORE).flat());

interface Upcoming {
  subject_id: string;
  operation_id: string;
  training_organisation_id: string;
  training_session_id: string;
  due_date: string;
}

/**
 * Raises the reminder of one deadline if one is due today, once: the alert table's unique key
 * (kind with its number of days, subject, due date) makes a second run, or a second instance,
 * find it raised. A deadline that moves (a new signature day) is a new due date, reminded again.
 */
async function remind(tx: MutationTransaction, today: string, deadline: ReminderDeadline, row: Upcoming, draft: (daysLeft: number) => EventDraft): Promise<boolean> {
  const days = reminderDue(deadline, row.due_date, today);
  if (days === null) return false;
  const claimed: unknown[] = await tx.manager.query(
    `INSERT INTO deadline_alert (kind, subject_id, due_date) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`,
    [`REMINDER_J-${days}:${deadline}`, row.subject_id, row.due_date],
  );
  if (claimed.length !== 1) return false;
  await tx.record(draft(daysBetween(today, row.due_date)));
  return true;
}

const common = (deadline: ReminderDeadline, row: Upcoming, daysLeft: number) => ({
  deadline, label: REMINDER_LABELS[deadline], dueDate: row.due_date, daysLeft, trainingSessionId: row.training_session_id,
});

/**
 * Reminders a few days before each deadline (domain/reminders.ts): J-28 and J-20 of sessions whose
 * step is not done, the signature day of conventions not signed yet, employment follow-ups not
 * reported. Run by the deadline job after the alerts, on the platform's date.
 */
export async function raiseReminders(dataSource: DataSource, journal: Journal, today: string): Promise<number> {
  const until = addCalendarDays(today, HORIZON);
  return journal.run({ userId: null, organisationId: null }, async (tx) => {
    const [{ locked }]: { locked: boolean }[] = await tx.manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [REMINDER_LOCK]);
    if (!locked) return 0;
    let raised = 0;
    for (const programme of await tx.manager.find(Programme)) {
      for (const step of programme.rules.signatureDeadlines) {
        const rows: Upcoming[] = await tx.manager.query(
          `SELECT ts.id AS subject_id, ts.operation_id, ts.training_organisation_id, ts.id AS training_session_id, to_char(ts.start_date - $2::int, 'YYYY-MM-DD') AS due_date
             FROM training_session ts JOIN operation o ON o.id = ts.operation_id LEFT JOIN convention c ON c.training_session_id = ts.id
            WHERE o.programme_id = $1 AND o.status = 'OPEN' AND ts.start_date - $2::int BETWEEN $3::date AND $4::date AND c.${DONE[step.code]} IS NULL`,
          [programme.id, step.daysBeforeStart, today, until],
        );
        for (const row of rows) {
          if (await remind(tx, today, step.code, row, (daysLeft) => ({ type: "DEADLINE_REMINDER", operationId: row.operation_id, concerned: [row.training_organisation_id], payload: common(step.code, row, daysLeft) }))) raised++;
        }
      }
    }
    const signatures: (Upcoming & { place: string | null })[] = await tx.manager.query(
      `SELECT c.id AS subject_id, ts.operation_id, ts.training_organisation_id, ts.id AS training_session_id, to_char(c.planned_signature_date, 'YYYY-MM-DD') AS due_date, c.signature_place AS place
         FROM convention c JOIN training_session ts ON ts.id = c.training_session_id JOIN operation o ON o.id = ts.operation_id
        WHERE o.status = 'OPEN' AND c.signed_at IS NULL AND c.planned_signature_date BETWEEN $1::date AND $2::date`,
      [today, until],
    );
    for (const row of signatures) {
      const payload = (daysLeft: number) => ({ ...common("SIGNATURE_DAY", row, daysLeft), conventionId: row.subject_id, plannedSignatureDate: row.due_date, place: row.place });
      if (await remind(tx, today, "SIGNATURE_DAY", row, (daysLeft) => ({ type: "SIGNATURE_DAY_REMINDER", operationId: row.operation_id, payload: payload(daysLeft) }))) raised++;
    }
    const followUps: (Upcoming & { candidacy_id: string; milestone_months: number })[] = await tx.manager.query(
      `SELECT f.id AS subject_id, ts.operation_id, ts.training_organisation_id, ts.id AS training_session_id, to_char(f.due_date, 'YYYY-MM-DD') AS due_date, f.candidacy_id, f.milestone_months
         FROM follow_up f JOIN candidacy c ON c.id = f.candidacy_id JOIN training_session ts ON ts.id = c.training_session_id
        WHERE f.reported_at IS NULL AND f.due_date BETWEEN $1::date AND $2::date`,
      [today, until],
    );
    for (const row of followUps) {
      const payload = (daysLeft: number) => ({ ...common("FOLLOW_UP_DUE", row, daysLeft), followUpId: row.subject_id, candidacyId: row.candidacy_id, milestoneMonths: row.milestone_months });
      if (await remind(tx, today, "FOLLOW_UP_DUE", row, (daysLeft) => ({ type: "DEADLINE_REMINDER", operationId: row.operation_id, concerned: [row.training_organisation_id], payload: payload(daysLeft) }))) raised++;
    }
    return raised;
  }, { mayRecordNothing: true });
}
