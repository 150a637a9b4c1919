import { audienceRule, isEventType, type EventType } from "../domain/event-audience.js";
import { EmailFrequency, frequencyFor } from "../domain/notification-preferences.js";
import type { EmailAttachment } from "../entities/outbound-email.js";
import { QUEUES } from "../jobs/queue.js";
import { queueEmailInJob } from "../mail/outbox.js";
import { calendarAttachment, calendarSubject } from "./calendar-of-event.js";
import { digestEmail, type NotifiedEvent } from "./emails.js";
import { notifiedEvent, type EventRow, type MailWork } from "./immediate.js";
import { chosenFrequencies, RECIPIENT_COLUMNS, recipientOf, settle, visibleNotificationIds, type RecipientRow } from "./recipients.js";

interface PendingRow extends EventRow {
  notification_id: string;
  read_at: Date | null;
}

/**
 * The daily digest (the recurring send-digests job): for each user, one message gathering their
 * notifications not e-mailed yet in the categories they want daily, grouped by operation. Those of
 * categories they want never, those already read on the platform, those they no longer see and
 * those of a deactivated account are settled without a message; those they want at once are left
 * to their event's job. Returns how many digests were written.
 */
export async function sendDailyDigests(work: MailWork): Promise<number> {
  const users: { user_id: string }[] = await work.dataSource.query(`SELECT DISTINCT user_id FROM notification WHERE email_settled_at IS NULL`);
  let written = 0;
  for (const { user_id } of users) if (await digestOf(work, user_id)) written++;
  if (written) work.jobs.wake(QUEUES.deliverEmail);
  return written;
}

/** One user's digest, in one transaction: the notifications it gathers are settled with it (locked rows of another run are left to it). */
function digestOf(work: MailWork, userId: string): Promise<boolean> {
  return work.dataSource.transaction(async (manager) => {
    const [user]: RecipientRow[] = await manager.query(`SELECT ${RECIPIENT_COLUMNS} FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1`, [userId]);
    const pending: PendingRow[] = await manager.query(
      `SELECT n.id AS notification_id, n.read_at, e.id, e.type, e.operation_id, op.title AS operation_title, e.payload, e.occurred_at
         FROM notification n JOIN journal_event e ON e.id = n.event_id LEFT JOIN operation op ON op.id = e.operation_id
        WHERE n.user_id = $1 AND n.email_settled_at IS NULL
        ORDER BY e.id FOR UPDATE OF n SKIP LOCKED`,
      [userId],
    );
    if (!user || !pending.length) return false;
    const recipient = recipientOf(user);
    const chosen = (await chosenFrequencies(manager, [userId])).get(userId) ?? {};
    const visible = await visibleNotificationIds(manager, recipient.viewer, pending.map((p) => p.notification_id));
    const now = work.clock.now();
    const gathered: (PendingRow & { type: EventType })[] = [];
    const skipped: string[] = [];
    for (const row of pending) {
      if (!isEventType(row.type)) continue;
      const frequency = frequencyFor(chosen, recipient.viewer.kind, recipient.viewer.role, audienceRule(row.type).category);
      if (recipient.active && frequency === EmailFrequency.IMMEDIATE) continue;
      if (recipient.active && frequency === EmailFrequency.DAILY_DIGEST && !row.read_at && visible.has(row.notification_id)) gathered.push({ ...row, type: row.type });
      else skipped.push(row.notification_id);
    }
    await settle(manager, skipped, null, now);
    if (!gathered.length) return false;
    const events: NotifiedEvent[] = [];
    for (const row of gathered) events.push(await notifiedEvent(manager, row));
    const draft = digestEmail({ to: recipient.email, firstName: recipient.firstName, today: work.clock.today(), events, publicUrl: work.config.publicUrl, attachments: await calendarFiles(work, manager, gathered) });
    const emailId = await queueEmailInJob(manager, work.jobs, draft, "DAILY_DIGEST");
    await settle(manager, gathered.map((g) => g.notification_id), emailId, now);
    return true;
  });
}

/** One calendar file per dated item of the digest, as it stands now (several events about one meeting give one file). */
async function calendarFiles(work: MailWork, manager: Parameters<typeof calendarAttachment>[0], rows: (PendingRow & { type: EventType })[]): Promise<EmailAttachment[]> {
  const subjects = new Map(rows.map((r) => calendarSubject(r.type, r.payload)).filter((s) => s !== null).map((s) => [`${s.kind}-${s.id}`, s]));
  const files: EmailAttachment[] = [];
  for (const subject of subjects.values()) {
    const file = await calendarAttachment(manager, subject, { method: "REQUEST", publicUrl: work.config.publicUrl, mailFrom: work.config.mailFrom, now: work.clock.now() });
    if (file) files.push(file);
  }
  // the same name twice would hide a file in some mail readers
  return files.map((file, i) => (files.findIndex((f) => f.filename === file.filename) === i ? file : { ...file, filename: file.filename.replace(/\.ics$/, `-${i + 1}.ics`) }));
}
