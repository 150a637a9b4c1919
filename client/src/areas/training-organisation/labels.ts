/** Labels and small helpers of the training organisation's cockpit (shared ones live in ui/labels.ts). */

export const IMMERSION_KIND_LABELS: Record<string, string> = {
  PMSMP: "PMSMP (mise en situation en milieu professionnel)",
  INTERNSHIP: "Stage en entreprise",
};

export const OPERATION_STATUS_LABELS: Record<string, string> = {
  OPEN: "En cours",
  CLOSED: "Clôturée",
};

/** The recruitment funnel, in the order a candidacy goes through it, then the exits. */
export const FUNNEL_ORDER = ["PROPOSED", "INFORMATION_SESSION", "SELECTION", "ADMITTED", "DECLINED", "WITHDRAWN", "LEFT"] as const;

/** Partners listed in this order: training organisation, advisers, companies, Region. */
export const KIND_ORDER = ["TRAINING_ORGANISATION", "MISSION_LOCALE", "FRANCE_TRAVAIL", "COMPANY", "REGION"];

export const byKindThenName = (a: { kind: string; name: string } | null | undefined, b: { kind: string; name: string } | null | undefined): number =>
  KIND_ORDER.indexOf(a?.kind ?? "") - KIND_ORDER.indexOf(b?.kind ?? "") || (a?.name ?? "").localeCompare(b?.name ?? "", "fr");

export type Tone = "neutral" | "good" | "warn" | "bad";

export const STEP_TONES: Record<string, Tone> = {
  TODO: "neutral",
  IN_PROGRESS: "warn",
  DONE: "good",
  NOT_APPLICABLE: "neutral",
};

export const CANDIDACY_TONES: Record<string, Tone> = {
  PROPOSED: "neutral",
  INFORMATION_SESSION: "neutral",
  SELECTION: "warn",
  ADMITTED: "good",
  DECLINED: "bad",
  WITHDRAWN: "bad",
  LEFT: "bad",
};

export const PURCHASE_ORDER_TONES: Record<string, Tone> = {
  QUEUED: "warn",
  VALIDATED_BY_HEAD_OF_UNIT: "warn",
  VALIDATED: "good",
  REFUSED: "bad",
  CANCELLED: "bad",
};

export const fullName = (person: { firstName: string; lastName: string } | null | undefined): string =>
  person ? `${person.firstName} ${person.lastName}` : "Candidat masqué";

/** « 1 jour », « 3 jours ». */
export const days = (n: number): string => `${n} jour${n > 1 ? "s" : ""}`;

/**
 * Closure.attestationIssuedAt is typed String in the API: accept an ISO date-time or epoch
 * milliseconds, and show what cannot be read as it came.
 */
export function frenchMoment(value: string, format: (iso: string) => string): string {
  const date = /^\d+$/.test(value) ? new Date(Number(value)) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : format(date.toISOString());
}

/** A datetime-local input's value ("2027-06-30T14:00") as an ISO instant in the browser's time zone. */
export function localDateTimeToIso(value: string): string | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
