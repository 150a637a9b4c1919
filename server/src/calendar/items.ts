import type { EntityManager } from "typeorm";
import { addCalendarDays } from "../domain/calendar.js";
import { capitalised, clockTime, longDate, longDateTime } from "../domain/french.js";
import { MEETING_KINDS } from "../domain/meetings.js";
import { ReviewKind } from "../domain/vocabulary.js";
import { Convention } from "../entities/convention.js";
import { Meeting } from "../entities/meeting.js";
import { Operation } from "../entities/operation.js";
import { Organisation } from "../entities/organisation.js";
import { Review } from "../entities/review.js";
import { TrainingSession } from "../entities/training-session.js";
import type { CalendarKind } from "./links.js";
import { parisInstant } from "./paris-time.js";
import { signatureSlot } from "./signature-slot.js";

/** A dated item as a calendar event: French texts, its times as instants (or a whole day), its sequence. */
export interface CalendarItem {
  kind: CalendarKind;
  id: string;
  operationId: string;
  sequence: number;
  /** timed, or a whole calendar day when no time is known (a signature day without its times) */
  when: { start: Date; end: Date } | { day: string };
  summary: string;
  description: string[];
  location: string | null;
  /** the file's name when saved */
  fileName: string;
}

/** A meeting or a review lasts this long in calendars (the platform records only when they start). */
const DEFAULT_HOURS = 2;
const hoursLater = (start: Date, hours: number) => new Date(start.getTime() + hours * 3_600_000);

/** « le 12 janvier 2027 à 10 h 00 (heure de Paris) » */
const parisTime = (instant: Date) => `Le ${longDateTime(instant)} (heure de Paris)`;

async function meetingItem(manager: EntityManager, id: string): Promise<CalendarItem | null> {
  const meeting = await manager.findOneBy(Meeting, { id });
  if (!meeting) return null;
  const operation = await manager.findOneByOrFail(Operation, { id: meeting.operationId });
  const organiser = await manager.findOneBy(Organisation, { id: meeting.organisedByOrganisationId });
  const label = capitalised(MEETING_KINDS[meeting.kind].label);
  return {
    kind: "meeting", id, operationId: operation.id, sequence: meeting.calendarSequence,
    when: { start: meeting.scheduledAt, end: hoursLater(meeting.scheduledAt, DEFAULT_HOURS) },
    summary: `${label} — ${operation.title}`,
    description: [`${label} de l'opération « ${operation.title} ».`, parisTime(meeting.scheduledAt), `Lieu : ${meeting.place}`, ...(organiser ? [`Organisée par : ${organiser.name}`] : [])],
    location: meeting.place,
    fileName: "reunion.ics",
  };
}

async function reviewItem(manager: EntityManager, id: string): Promise<CalendarItem | null> {
  const review = await manager.findOneBy(Review, { id });
  if (!review) return null;
  const session = await manager.findOneByOrFail(TrainingSession, { id: review.trainingSessionId });
  const operation = await manager.findOneByOrFail(Operation, { id: session.operationId });
  const label = review.kind === ReviewKind.INTERMEDIATE ? "Bilan intermédiaire" : "Bilan final";
  return {
    kind: "review", id, operationId: operation.id, sequence: review.calendarSequence,
    when: { start: review.scheduledAt, end: hoursLater(review.scheduledAt, DEFAULT_HOURS) },
    summary: `${label} — ${session.title}`,
    description: [`${label} avec l'équipe projet de la session « ${session.title} » (opération « ${operation.title} »).`, parisTime(review.scheduledAt), `Lieu de la formation : ${session.location}`],
    location: session.location,
    fileName: "bilan.ics",
  };
}

async function signatureItem(manager: EntityManager, id: string): Promise<CalendarItem | null> {
  const convention = await manager.findOneBy(Convention, { id });
  const slot = convention && signatureSlot(convention);
  if (!convention || !slot) return null;
  const session = await manager.findOneByOrFail(TrainingSession, { id: convention.trainingSessionId });
  const operation = await manager.findOneByOrFail(Operation, { id: session.operationId });
  const start = slot.startTime ? parisInstant(slot.date, slot.startTime) : null;
  const when = start ? { start, end: slot.endTime ? parisInstant(slot.date, slot.endTime) : hoursLater(start, DEFAULT_HOURS) } : { day: slot.date };
  const time = slot.startTime
    ? `Le ${longDate(slot.date)} à ${clockTime(slot.startTime)}${slot.endTime ? ` jusqu'à ${clockTime(slot.endTime)}` : ""} (heure de Paris)`
    : `Le ${longDate(slot.date)}`;
  return {
    kind: "signature", id, operationId: operation.id, sequence: convention.signatureCalendarSequence,
    when,
    summary: `Signature de la convention — ${session.title}`,
    description: [`Signature de la convention « ${convention.title} » de la session « ${session.title} » (opération « ${operation.title} »), avec les stagiaires.`, time, ...(slot.place ? [`Lieu : ${slot.place}`] : [])],
    location: slot.place,
    fileName: "signature-convention.ics",
  };
}

const LOADERS: Record<CalendarKind, (manager: EntityManager, id: string) => Promise<CalendarItem | null>> = {
  meeting: meetingItem,
  review: reviewItem,
  signature: signatureItem,
};

/** The item as a calendar event, or null (absent, or a signature without its day). The caller has checked the viewer may see it. */
export function calendarItem(manager: EntityManager, kind: CalendarKind, id: string): Promise<CalendarItem | null> {
  return LOADERS[kind](manager, id);
}

/** The calendar day after: a whole-day event ends the next day (exclusive). */
export const dayAfter = (day: string) => addCalendarDays(day, 1);
