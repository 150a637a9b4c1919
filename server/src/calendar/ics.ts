import { createEvent, type DateArray, type EventAttributes } from "ics";
import { frenchSpacing } from "../domain/french.js";
import type { EmailAttachment } from "../entities/outbound-email.js";
import { dayAfter, type CalendarItem } from "./items.js";
import { calendarUid } from "./links.js";

export interface IcsOptions {
  /**
   * REQUEST in e-mails: calendars take it as an invitation and, with the same UID and a higher
   * SEQUENCE, update the event they already hold; PUBLISH for a file downloaded from the platform.
   */
  method: "REQUEST" | "PUBLISH";
  /** the platform's address: the event links to its operation */
  publicUrl: string;
  /** the sender of the platform's e-mails (« Cordée <ne-pas-repondre@…> »), the organizer of a REQUEST */
  mailFrom: string;
  /** DTSTAMP: when this version of the event was produced */
  now: Date;
}

const utc = (instant: Date): DateArray => [instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate(), instant.getUTCHours(), instant.getUTCMinutes()];
const day = (date: string): DateArray => date.split("-").map(Number) as DateArray;
const senderAddress = (from: string) => from.match(/<([^>]+)>/)?.[1] ?? from.trim();

/**
 * The item as an iCalendar file (the `ics` package). Times are written in UTC (« …T090000Z »),
 * computed from Paris time: every calendar shows them right in its own zone; the description
 * states the Paris time in French. A signature without its times is a whole-day event.
 */
export function icsFile(item: CalendarItem, options: IcsOptions): string {
  const operationUrl = `${options.publicUrl}/operations/${item.operationId}`;
  const times: Pick<EventAttributes, "start" | "startInputType" | "startOutputType"> & { end: DateArray; endInputType?: "utc"; endOutputType?: "utc" } = "day" in item.when
    ? { start: day(item.when.day), end: day(dayAfter(item.when.day)) }
    : { start: utc(item.when.start), startInputType: "utc", startOutputType: "utc", end: utc(item.when.end), endInputType: "utc", endOutputType: "utc" };
  const attributes: EventAttributes & { timestamp: number } = {
    ...times,
    productId: "-//Cordée//Agenda des opérations//FR",
    method: options.method,
    uid: calendarUid(item.kind, item.id),
    sequence: item.sequence,
    timestamp: options.now.getTime(),
    title: frenchSpacing(item.summary),
    description: frenchSpacing([...item.description, `Sur Cordée : ${operationUrl}`].join("\n")),
    ...(item.location ? { location: item.location } : {}),
    url: operationUrl,
    status: "CONFIRMED",
    organizer: { name: "Cordée", email: senderAddress(options.mailFrom) },
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error("calendar event not produced");
  return value;
}

/** The same file, attached to an e-mail. */
export function icsAttachment(item: CalendarItem, options: IcsOptions): EmailAttachment {
  return {
    filename: item.fileName,
    contentType: `text/calendar; charset=utf-8; method=${options.method}`,
    contentBase64: Buffer.from(icsFile(item, options), "utf8").toString("base64"),
  };
}
