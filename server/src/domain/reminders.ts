import { daysBetween } from "./calendar.js";

/** The deadlines people are reminded of before they fall due. */
export type ReminderDeadline = "DATE_OPTIONS_TO_RTF" | "DRAFT_TO_RTF" | "SIGNATURE_DAY" | "FOLLOW_UP_DUE";

/**
 * How many days before each deadline a reminder goes out, as data. Three days leave a working
 * day or two to act even across a weekend. J-28 and J-20 are announced on the day itself by their
 * alert (SIGNATURE_DATE_OPTIONS_DUE, CONVENTION_DRAFT_DUE), and a follow-up the day after by
 * FOLLOW_UP_OVERDUE: their reminder here comes before. The signature day, which no alert
 * announces, and a follow-up's due day are also reminded on the day.
 */
export const REMINDER_DAYS_BEFORE: Record<ReminderDeadline, number[]> = {
  DATE_OPTIONS_TO_RTF: [3],
  DRAFT_TO_RTF: [3],
  SIGNATURE_DAY: [3, 0],
  FOLLOW_UP_DUE: [3, 0],
};

/** What each deadline asks, in the reminder. */
export const REMINDER_LABELS: Record<ReminderDeadline, string> = {
  DATE_OPTIONS_TO_RTF: "options de date de signature à transmettre au RTF (J-28)",
  DRAFT_TO_RTF: "projet de convention et fiche contact à transmettre au RTF (J-20)",
  SIGNATURE_DAY: "signature de la convention",
  FOLLOW_UP_DUE: "suivi dans l'emploi à transmettre à la Région",
};

/**
 * The reminder due today for a deadline, as its number of days before it, or null. Each reminder
 * stands from its day until the next one: a platform that did not check for a few days still
 * sends the latest reminder, once, and never one for a deadline already past (or due today, when
 * the day has its own alert).
 */
export function reminderDue(deadline: ReminderDeadline, dueDate: string, today: string): number | null {
  const left = daysBetween(today, dueDate);
  if (left < 0) return null;
  const standing = REMINDER_DAYS_BEFORE[deadline].filter((days) => days >= left);
  if (!standing.length) return null;
  const days = Math.min(...standing);
  return days > 0 && left === 0 ? null : days;
}
