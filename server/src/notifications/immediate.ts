import type { DataSource, EntityManager } from "typeorm";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import { audienceRule, isEventType, type EventType } from "../domain/event-audience.js";
import { EmailFrequency, frequencyFor } from "../domain/notification-preferences.js";
import type { EmailAttachment } from "../entities/outbound-email.js";
import { QUEUES, type JobQueue } from "../jobs/queue.js";
import { queueEmailInJob } from "../mail/outbox.js";
import { calendarAttachment, calendarSubject } from "./calendar-of-event.js";
import { notificationEmail, type NotifiedEvent } from "./emails.js";
import { itemLines, sessionTitleOf } from "./item-details.js";
import { chosenFrequencies, RECIPIENT_COLUMNS, recipientOf, settle, visibleNotificationIds, type RecipientRow } from "./recipients.js";

/** What the e-mail jobs need. */
export interface MailWork {
  dataSource: DataSource;
  jobs: JobQueue;
  config: Pick<Config, "publicUrl" | "mailFrom">;
  clock: Clock;
}

/** A journal event as the e-mail jobs read it, with its operation's title. */
export interface EventRow {
  id: string;
  type: string;
  operation_id: string | null;
  operation_title: string | null;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

/** The event as its messages tell it, with the calendar file of its dated item if any. */
export async function notifiedEvent(manager: EntityManager, row: EventRow & { type: EventType }): Promise<NotifiedEvent> {
  return {
    type: row.type, category: audienceRule(row.type).category, occurredAt: new Date(row.occurred_at),
    operationId: row.operation_id, operationTitle: row.operation_title,
    lines: itemLines(row.payload, await sessionTitleOf(manager, row.payload)),
  };
}

/**
 * The e-mails of one journal event (the job queued with it): one outbox message for each notified
 * user who wants this category at once, still sees it and whose account is active. Every
 * notification of the event is settled in the same transaction, but those waiting for the daily
 * digest, under their row lock: a retried or duplicated job, or a second instance, finds nothing
 * left to send. Returns how many messages were written.
 */
export async function emailEventNotifications(work: MailWork, eventId: string): Promise<number> {
  const written = await work.dataSource.transaction(async (manager) => {
    const [event]: EventRow[] = await manager.query(
      `SELECT e.id, e.type, e.operation_id, o.title AS operation_title, e.payload, e.occurred_at
         FROM journal_event e LEFT JOIN operation o ON o.id = e.operation_id WHERE e.id = $1`,
      [eventId],
    );
    if (!event || !isEventType(event.type)) return 0;
    const rows: (RecipientRow & { notification_id: string })[] = await manager.query(
      `SELECT n.id AS notification_id, ${RECIPIENT_COLUMNS}
         FROM notification n JOIN app_user u ON u.id = n.user_id JOIN organisation o ON o.id = u.organisation_id
        WHERE n.event_id = $1 AND n.email_settled_at IS NULL
        ORDER BY n.id FOR UPDATE OF n`,
      [eventId],
    );
    if (!rows.length) return 0;
    const type = event.type;
    const category = audienceRule(type).category;
    const chosen = await chosenFrequencies(manager, rows.map((r) => r.user_id));
    const now = work.clock.now();
    let told: { event: NotifiedEvent; attachments: EmailAttachment[] } | null = null;
    let count = 0;
    for (const row of rows) {
      const recipient = recipientOf(row);
      const frequency = frequencyFor(chosen.get(row.user_id) ?? {}, recipient.viewer.kind, recipient.viewer.role, category);
      if (recipient.active && frequency === EmailFrequency.DAILY_DIGEST) continue;
      const wanted = recipient.active && frequency === EmailFrequency.IMMEDIATE;
      if (!wanted || !(await visibleNotificationIds(manager, recipient.viewer, [row.notification_id])).size) {
        await settle(manager, [row.notification_id], null, now);
        continue;
      }
      told ??= await tellOnce(manager, work, { ...event, type });
      const emailId = await queueEmailInJob(manager, work.jobs, notificationEmail({ to: recipient.email, firstName: recipient.firstName, event: told.event, publicUrl: work.config.publicUrl, attachments: told.attachments }), type);
      await settle(manager, [row.notification_id], emailId, now);
      count++;
    }
    return count;
  });
  if (written) work.jobs.wake(QUEUES.deliverEmail);
  return written;
}

/** The event's text and calendar file, made once for all its recipients. */
async function tellOnce(manager: EntityManager, work: MailWork, event: EventRow & { type: EventType }): Promise<{ event: NotifiedEvent; attachments: EmailAttachment[] }> {
  const subject = calendarSubject(event.type, event.payload);
  const attachment = subject && (await calendarAttachment(manager, subject, { method: "REQUEST", publicUrl: work.config.publicUrl, mailFrom: work.config.mailFrom, now: work.clock.now() }));
  return { event: await notifiedEvent(manager, event), attachments: attachment ? [attachment] : [] };
}
