/** The dated items a calendar file exists for: a meeting, a review, a convention's signature. */
export type CalendarKind = "meeting" | "review" | "signature";

export const CALENDAR_KINDS: readonly CalendarKind[] = ["meeting", "review", "signature"];

export const isCalendarKind = (value: string): value is CalendarKind => (CALENDAR_KINDS as readonly string[]).includes(value);

/** Where the router serves them (mounted in app.ts). */
export const CALENDAR_PATH = "/calendar";

/** An item's calendar file: « /calendar/meeting/<id>.ics » (for a signature, the convention's id). */
export function calendarUrl(kind: CalendarKind, id: string): string {
  return `${CALENDAR_PATH}/${kind}/${id}.ics`;
}

/** The event's identity in every calendar, the same whatever its date: « meeting-<id>@cordee ». */
export function calendarUid(kind: CalendarKind, id: string): string {
  return `${kind}-${id}@cordee`;
}
