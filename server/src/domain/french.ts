/**
 * French typography for the texts that leave the platform (documents, drafted convention):
 * « 1er février 2027 », « 2 postes » / « 1 poste », a non-breaking space before « : ; ! ? » and
 * inside « ». The space is U+00A0 (not the narrow U+202F, which the PDF standard fonts cannot
 * encode). Calendar dates are ISO strings "YYYY-MM-DD"; instants are shown in Paris time.
 */

export const NBSP = "\u00A0";

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** « 1er février 2027 », « 4 janvier 2027 » (the day and month held together with the year). */
export function longDate(date: string): string {
  const match = ISO_DATE.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new RangeError(`Date invalide : « ${date} » (format attendu AAAA-MM-JJ)`);
  const day = Number(match[3]);
  return [day === 1 ? "1er" : String(day), month, match[1]].join(NBSP);
}

/** « du 4 janvier 2027 au 30 juin 2027 » */
export function dateRange(from: string, to: string): string {
  return `du ${longDate(from)} au ${longDate(to)}`;
}

/** The calendar day and the time of an instant in Paris. */
export function parisParts(instant: Date): { date: string; hours: string; minutes: string } {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? "";
  return { date: `${part("year")}-${part("month")}-${part("day")}`, hours: part("hour"), minutes: part("minute") };
}

/** « 1er février 2027 » for an instant (its day in Paris). */
export function longDateOf(instant: Date): string {
  return longDate(parisParts(instant).date);
}

/** « 10 h 30 », « 9 h 05 » for a time "HH:MM". */
export function clockTime(time: string): string {
  const [hours, minutes] = time.split(":");
  return `${Number(hours)}${NBSP}h${NBSP}${minutes ?? "00"}`;
}

/** « 1er février 2027 à 10 h 30 » (Paris time). */
export function longDateTime(instant: Date): string {
  const { date, hours, minutes } = parisParts(instant);
  return `${longDate(date)} à ${clockTime(`${hours}:${minutes}`)}`;
}

/** « 0 poste », « 1 poste », « 2 postes »: French keeps the singular below two. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n}${NBSP}${Math.abs(n) < 2 ? singular : plural}`;
}

/**
 * « de » before a noun, elided before a vowel or a mute h: « 2 postes d'agent magasinier », « 3
 * postes de préparateur de commandes ». A capitalised title loses its capital mid-sentence, an
 * acronym keeps it (« de CACES »).
 */
export function ofNoun(noun: string): string {
  const text = noun.trim();
  const word = /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
  return /^[aeiouyhàâäéèêëîïôöûüœæ]/i.test(word) ? `d'${word}` : `de ${word}`;
}

/** « a », « a et b », « a, b et c » */
export function listing(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}

/** « texte », with its non-breaking spaces. */
export function quoted(text: string): string {
  return `«${NBSP}${text.trim()}${NBSP}»`;
}

/**
 * Puts the non-breaking spaces French typography wants in a text: a space before « : ; ! ? »
 * becomes non-breaking, and « » hold their content with one. A colon or question mark with no
 * space before it is left alone (times, addresses: « 10:00 », « https://… »).
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00A0\u202F]+([:;!?»])/g, `${NBSP}$1`)
    .replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
    .replace(/([^\s\u00A0])»/g, `$1${NBSP}»`)
    .replace(/\u202F/g, NBSP);
}

/** Capital first letter: « Contrat d'apprentissage ». */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
