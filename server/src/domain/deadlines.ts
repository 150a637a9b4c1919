import { addCalendarDays, addMonthsClamped, daysBetween } from "./calendar.js";
import type { ProgrammeRules } from "./programme-rules.js";

/**
 * Due dates of an operation, in calendar days (see calendar.ts: a deadline on a weekend or a
 * public holiday is not moved).
 */

export interface DueStep {
  code: string;
  label: string;
  dueDate: string;
}

/** Signature steps counted back from the session start (DEFI: J-28 date options, J-20 draft), earliest first. */
export function signaturePlanning(rules: ProgrammeRules, sessionStartDate: string): DueStep[] {
  return [...rules.signatureDeadlines]
    .sort((a, b) => b.daysBeforeStart - a.daysBeforeStart)
    .map((deadline) => ({
      code: deadline.code,
      label: deadline.label,
      dueDate: addCalendarDays(sessionStartDate, -deadline.daysBeforeStart),
    }));
}

/** Employment follow-ups after the session end (3 and 6 months), clamped to the month's end. */
export function followUpDueDates(rules: ProgrammeRules, sessionEndDate: string): { milestoneMonths: number; dueDate: string }[] {
  return rules.followUpMonths.map((months) => ({
    milestoneMonths: months,
    dueDate: addMonthsClamped(sessionEndDate, months),
  }));
}

/**
 * Late when still undone after the due date (counted up to today), or done after it.
 * Done on the due date is on time.
 */
export function lateness(dueDate: string, doneOn: string | null, today: string): { late: boolean; daysLate: number } {
  const daysLate = Math.max(0, daysBetween(dueDate, doneOn ?? today));
  return { late: daysLate > 0, daysLate };
}
