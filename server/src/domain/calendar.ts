/**
 * Calendar dates as ISO strings "YYYY-MM-DD", with no time zone. Arithmetic runs on UTC
 * midnights built with Date.UTC, never on local time, so no daylight-saving change can shift a day.
 *
 * Convention: deadlines are counted in calendar days and are NOT moved off weekends or public
 * holidays. A deadline falling on a Saturday stays on that Saturday; the UI shows the weekday
 * (see frenchDate) so that people can act on the working day before.
 *
 * Years 0000 to 0099 are rejected (Date.UTC reads them as 1900 to 1999).
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidCalendarDate(s: string): boolean {
  const match = ISO_DATE.exec(s);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return format(Date.UTC(year, month - 1, day)) === s;
}

export function addCalendarDays(date: string, days: number): string {
  return format(toUtc(date) + days * DAY_MS);
}

/** Adds months, clamping to the month's last day: 2027-01-31 + 1 month → 2027-02-28. */
export function addMonthsClamped(date: string, months: number): string {
  const [year, month, day] = parse(date);
  const targetMonth = month - 1 + months; // Date.UTC carries month overflow into the year
  const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
  return format(Date.UTC(year, targetMonth, Math.min(day, lastDay)));
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The calendar date in Europe/Paris at instant `now`. */
export function todayInParis(now: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Paris",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** « lundi 1 février 2027 » */
export function frenchDate(date: string): string {
  return new Intl.DateTimeFormat("fr-FR", {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(toUtc(date)));
}

/** [year, month 1-12, day]; throws on anything but a valid "YYYY-MM-DD". */
function parse(date: string): [number, number, number] {
  if (!isValidCalendarDate(date)) throw new RangeError(`Date invalide : « ${date} » (format attendu AAAA-MM-JJ)`);
  const [year, month, day] = date.split("-").map(Number);
  return [year, month, day];
}

function toUtc(date: string): number {
  const [year, month, day] = parse(date);
  return Date.UTC(year, month - 1, day);
}

function format(utcMs: number): string {
  const d = new Date(utcMs);
  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}
