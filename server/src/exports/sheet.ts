import { todayInParis } from "../domain/calendar.js";

/**
 * One table to export, independent of the file format: French headers, typed columns and rows of
 * plain values. The CSV and XLSX writers (csv.ts, xlsx.ts) turn the same sheet into either file,
 * so both formats always carry the same cells.
 */
export type ColumnKind =
  /** free text */
  | "text"
  /** a count */
  | "integer"
  /** a calendar day, given as "YYYY-MM-DD" */
  | "date"
  /** a share from 0 to 1, shown as a percentage */
  | "rate";

export interface Column {
  header: string;
  kind: ColumnKind;
  /** in characters, for the XLSX file */
  width: number;
}

export type Cell = string | number | null;

export interface Sheet {
  /** the worksheet's name (31 characters at most) */
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** rows shown after the data, in bold (totals) */
  footer?: Cell[][];
}

export const text = (header: string, width = 18): Column => ({ header, kind: "text", width });
export const integer = (header: string, width = 12): Column => ({ header, kind: "integer", width });
export const date = (header: string, width = 12): Column => ({ header, kind: "date", width });
export const rate = (header: string, width = 12): Column => ({ header, kind: "rate", width });

/** The calendar day in France of an instant (attestation, payment...), or null. */
export const dayOf = (instant: Date | string | null | undefined): string | null =>
  instant ? todayInParis(typeof instant === "string" ? new Date(instant) : instant) : null;

/** "2027-02-01" → 1 February 2027 at midnight UTC: the day a spreadsheet shows, whatever its time zone. */
export function calendarDay(day: string): Date {
  const [year, month, dayOfMonth] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, dayOfMonth));
}

/** "2027-02-01" → "01/02/2027" */
export function frenchDay(day: string): string {
  const [year, month, dayOfMonth] = day.split("-");
  return `${dayOfMonth}/${month}/${year}`;
}
