import { frenchDate } from "../calendar.js";

/**
 * What is true of one session on one day: the facts every step's prerequisites are checked
 * against. Dates are calendar dates (Paris); `today` comes from the platform's clock.
 */
export interface SessionFacts {
  today: string;
  startDate: string;
  endDate: string;
  eosNumber: string | null;
  conventionSigned: boolean;
  finalReviewHeld: boolean;
  attestationIssued: boolean;
  bonusRequested: boolean;
  bonusAcknowledged: boolean;
  sessionClosed: boolean;
}

/** A prerequisite of an action: a stable code for programs, a French sentence for people. */
export interface Requirement {
  /** the refusal's `extensions.code` */
  code: string;
  holds(facts: SessionFacts): boolean;
  /** why the action must wait, in the users' words */
  explain(facts: SessionFacts): string;
}

export const REQUIREMENTS = {
  /** today is one of the session's days or later */
  SESSION_STARTED: {
    code: "SESSION_NOT_STARTED",
    holds: (f) => f.today >= f.startDate,
    explain: (f) => `pas avant le démarrage de la session (${frenchDate(f.startDate)})`,
  },
  /** today is one of the session's days (an intermediate review, during the training) */
  SESSION_RUNNING: {
    code: "SESSION_NOT_RUNNING",
    holds: (f) => f.today >= f.startDate && f.today <= f.endDate,
    explain: (f) => `pendant la formation seulement (du ${frenchDate(f.startDate)} au ${frenchDate(f.endDate)})`,
  },
  /** the session's last day has come (the final review: certifications and contracts) */
  SESSION_LAST_DAY_REACHED: {
    code: "SESSION_NOT_ENDED",
    holds: (f) => f.today >= f.endDate,
    explain: (f) => `pas avant le dernier jour de la session (${frenchDate(f.endDate)})`,
  },
  /** the session is over: its last day has passed */
  SESSION_ENDED: {
    code: "SESSION_NOT_ENDED",
    holds: (f) => f.today > f.endDate,
    explain: (f) => `seulement après la fin de la session (dernier jour : ${frenchDate(f.endDate)})`,
  },
  /** the session has its EOS entry (DEFI step 4 before step 7) */
  EOS_ENTERED: {
    code: "EOS_ENTRY_REQUIRED",
    holds: (f) => !!f.eosNumber,
    explain: () => "la session doit d'abord être saisie dans EOS (numéro EOS)",
  },
  CONVENTION_SIGNED: {
    code: "CONVENTION_NOT_SIGNED",
    holds: (f) => f.conventionSigned,
    explain: () => "la convention de partenariat doit d'abord être signée par tous les signataires",
  },
  FINAL_REVIEW_HELD: {
    code: "REVIEW_REQUIRED",
    holds: (f) => f.finalReviewHeld,
    explain: () => "le bilan final de la session doit d'abord être tenu et renseigné",
  },
  ATTESTATION_ISSUED: {
    code: "ATTESTATION_REQUIRED",
    holds: (f) => f.attestationIssued,
    explain: () => "avec l'attestation de conformité du RTF, qui n'est pas encore délivrée",
  },
  BONUS_REQUESTED: {
    code: "BONUS_NOT_REQUESTED",
    holds: (f) => f.bonusRequested,
    explain: () => "l'organisme de formation n'a pas encore demandé la prime DEFI",
  },
  BONUS_ACKNOWLEDGED: {
    code: "BONUS_NOT_ACKNOWLEDGED",
    holds: (f) => f.bonusAcknowledged,
    explain: () => "la cellule de gestion doit d'abord accuser réception de la demande de prime",
  },
} satisfies Record<string, Requirement>;

export type RequirementCode = keyof typeof REQUIREMENTS;
