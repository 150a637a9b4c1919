import type { CandidacyStatus } from "../../../generated/gql/graphql";
import type { ServerErrors } from "../../ui/errors";

/** The regular path of a candidacy, in order. */
export const PATH_STEPS: CandidacyStatus[] = ["PROPOSED", "INFORMATION_SESSION", "SELECTION", "ADMITTED"];

/** Statuses from which the adviser may still withdraw the candidacy. */
export const OPEN_STATUSES: CandidacyStatus[] = ["PROPOSED", "INFORMATION_SESSION", "SELECTION"];

/** Ends off the regular path. */
export const OFF_PATH_STATUSES: CandidacyStatus[] = ["DECLINED", "WITHDRAWN", "LEFT"];

export const STATUS_TONES: Record<CandidacyStatus, "neutral" | "good" | "warn" | "bad"> = {
  PROPOSED: "neutral",
  INFORMATION_SESSION: "warn",
  SELECTION: "warn",
  ADMITTED: "good",
  DECLINED: "bad",
  WITHDRAWN: "bad",
  LEFT: "bad",
};

/** What the reason of an off-path end is called. */
export const REASON_LABELS: Partial<Record<CandidacyStatus, string>> = {
  DECLINED: "Motif du refus",
  WITHDRAWN: "Motif du retrait",
  LEFT: "Motif de la sortie",
};

/** « 8 candidats proposés », « 1 candidat proposé » (0 and 1 are singular in French). */
export function proposedCount(n: number): string {
  return n <= 1 ? `${n} candidat proposé` : `${n} candidats proposés`;
}

export function positionsLabel(n: number): string {
  return n <= 1 ? `${n} poste` : `${n} postes`;
}

/**
 * The server's message for one input field, without its technical prefix (« firstName : prénom requis »
 * → « prénom requis »). Nested inputs may be reported as "candidate.firstName".
 */
export function fieldMessage(errors: ServerErrors, field: string): string | undefined {
  const raw = errors.byField[field] ?? errors.byField[`candidate.${field}`];
  if (!raw) return undefined;
  const text = raw.replace(new RegExp(`(^|; )${field} : `, "g"), "$1");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
