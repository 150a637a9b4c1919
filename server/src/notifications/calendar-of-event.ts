import type { EntityManager } from "typeorm";
import type { EventType } from "../domain/event-audience.js";
import type { EmailAttachment } from "../entities/outbound-email.js";
import { icsAttachment, type IcsOptions } from "../calendar/ics.js";
import { calendarItem } from "../calendar/items.js";
import type { CalendarKind } from "../calendar/links.js";

/** The events whose e-mail carries the dated item as a calendar event, and where the item's id is in their payload. */
const CALENDAR_OF_EVENT: Partial<Record<EventType, { kind: CalendarKind; idKey: string }>> = {
  MEETING_SCHEDULED: { kind: "meeting", idKey: "meetingId" },
  MEETING_RESCHEDULED: { kind: "meeting", idKey: "meetingId" },
  REVIEW_SCHEDULED: { kind: "review", idKey: "reviewId" },
  REVIEW_RESCHEDULED: { kind: "review", idKey: "reviewId" },
  SAVE_THE_DATE_SENT: { kind: "signature", idKey: "conventionId" },
  OFFICIAL_INVITATIONS_SENT: { kind: "signature", idKey: "conventionId" },
  SIGNATURE_DATE_CHANGED: { kind: "signature", idKey: "conventionId" },
  SIGNATURE_DAY_REMINDER: { kind: "signature", idKey: "conventionId" },
};

/** The dated item an event is about (kind and id), if its e-mail carries one. */
export function calendarSubject(type: EventType, payload: Record<string, unknown>): { kind: CalendarKind; id: string } | null {
  const rule = CALENDAR_OF_EVENT[type];
  const id = rule ? payload[rule.idKey] : null;
  return rule && typeof id === "string" ? { kind: rule.kind, id } : null;
}

/**
 * The item's calendar event as it stands now (its latest date, its current sequence), to attach:
 * the calendar that already holds it updates it.
 */
export async function calendarAttachment(manager: EntityManager, subject: { kind: CalendarKind; id: string }, options: IcsOptions): Promise<EmailAttachment | null> {
  const item = await calendarItem(manager, subject.kind, subject.id);
  return item ? icsAttachment(item, options) : null;
}
