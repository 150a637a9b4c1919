import type { CompanyCommitment, ContractType } from "../../../generated/gql/graphql";
import { CONTRACT_LABELS } from "../../ui/labels";
import type { ServerErrors } from "../../ui/errors";

/** Contract types in the order the form offers them. */
export const CONTRACT_TYPES: ContractType[] = ["CDI", "CDD", "CTT", "APPRENTICESHIP", "PROFESSIONALISATION", "POEI", "POEC"];

/** Steps a company may commit to, in the order of the path. */
export const COMMITMENTS: CompanyCommitment[] = ["INFORMATION_SESSIONS", "SELECTION", "IMMERSIONS", "FINAL_REVIEW", "HIRING_INTERVIEW"];

export const INTENTION_STATUS_LABELS: Record<string, string> = {
  SUBMITTED: "Déposée",
  WITHDRAWN: "Retirée",
};

export const SIGNATURE_LABELS = { signed: "A signé", pending: "N'a pas encore signé" } as const;

/** Candidacies a company may decline: those still on their way (domain/machines.ts). */
export const DECLINABLE_STATUSES = new Set(["PROPOSED", "INFORMATION_SESSION", "SELECTION"]);

/** Candidacies that became trainees. */
export const TRAINEE_STATUSES = new Set(["ADMITTED", "LEFT"]);

/** « CDD de 12 mois », « CDI ». */
export function contractText(type: string, months: number | null | undefined): string {
  const label = CONTRACT_LABELS[type] ?? type;
  return type === "CDI" || !months ? label : `${label} de ${months} mois`;
}

export function personName(candidate: { firstName: string; lastName: string } | null | undefined): string {
  return candidate ? `${candidate.firstName} ${candidate.lastName}` : "Candidat non visible";
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Ko`;
  return `${(bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}

/**
 * The server's rule for a field, without its technical prefix: « jobTitle : intitulé du poste… »
 * becomes « Intitulé du poste… ». Nested keys (evidenceFile.fileName) are gathered under their root.
 */
export function fieldError(errors: ServerErrors, key: string): string | undefined {
  const messages = Object.entries(errors.byField)
    .filter(([field]) => field === key || field.startsWith(`${key}.`))
    .map(([, message]) => readable(message));
  return messages.length ? messages.join(" ; ") : undefined;
}

function readable(message: string): string {
  const text = message
    .split(" ; ")
    .map((part) => part.replace(/^[\w.]+ : /, ""))
    .join(" ; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** General refusal, or the field messages when no control shows them. */
export function generalError(errors: ServerErrors, shownFields: string[]): string | null {
  const orphans = Object.entries(errors.byField)
    .filter(([field]) => !shownFields.some((key) => field === key || field.startsWith(`${key}.`)))
    .map(([, message]) => readable(message));
  const parts = [errors.general, ...orphans].filter((p): p is string => !!p);
  return parts.length ? parts.join(" ") : null;
}

export const NO_ERRORS: ServerErrors = { byField: {}, general: null };
