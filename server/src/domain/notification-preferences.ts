import { EventCategory } from "./event-audience.js";
import { MemberRole, OrganisationKind } from "./kinds.js";

/** How a user wants the notifications of one category by e-mail. */
export enum EmailFrequency {
  IMMEDIATE = "IMMEDIATE",
  DAILY_DIGEST = "DAILY_DIGEST",
  NEVER = "NEVER",
}

/** What the profile page and the e-mails call each category. */
export const CATEGORY_LABELS: Record<EventCategory, string> = {
  OPERATION: "Vie de l'opération (équipe, sessions, réunions, clôture)",
  RECRUITMENT: "Recrutement (intentions d'embauche, candidats, appariements, immersions)",
  CONVENTION: "Convention et signature",
  REVIEW: "Bilan et suivi dans l'emploi",
  FUNDING: "Financement (bons de commande, attestation, prime DEFI)",
  DEADLINE: "Échéances et rappels",
  ACCOUNT: "Compte et organisation",
};

/** Short names, for subject lines and the digest's headings. */
export const CATEGORY_SHORT_LABELS: Record<EventCategory, string> = {
  OPERATION: "Opération",
  RECRUITMENT: "Recrutement",
  CONVENTION: "Convention",
  REVIEW: "Bilan et suivi",
  FUNDING: "Financement",
  DEADLINE: "Échéances",
  ACCOUNT: "Compte",
};

export const FREQUENCY_LABELS: Record<EmailFrequency, string> = {
  IMMEDIATE: "Immédiatement",
  DAILY_DIGEST: "Résumé quotidien",
  NEVER: "Jamais",
};

/** The roles that share a default: one row of the table below each. */
type Profile = "TRAINING_ORGANISATION" | "ADVISER" | "COMPANY" | "REGION_REFERENT" | "REGION_SESSION_MANAGER" | "REGION_MANAGEMENT";

const I = EmailFrequency.IMMEDIATE;
const D = EmailFrequency.DAILY_DIGEST;

/**
 * The e-mail each role gets when it has chosen nothing, per category. Why these defaults:
 * - what a person must act on soon comes at once; what only informs comes in the 07:00 digest;
 * - the training organisation runs the operation day to day: candidates, the convention and its
 *   J-28/J-20 deadlines are its work (recruitment, convention, deadlines at once);
 * - advisers (Mission Locale, France Travail) follow the candidates they proposed (recruitment at once);
 * - companies take part in the convention, its signature and the review of their trainees
 *   (convention, review at once), the rest of the recruitment they hear of daily;
 * - the Region's territorial referent (RTF) receives the signature options and the draft, forwards
 *   to the Cabinet (convention, deadlines at once); its session managers attend the reviews (1E1F);
 *   the Region's management roles (chef de pôle, cheffe de service, cellule de gestion, élu·e)
 *   follow many operations: a daily digest, not a message per event;
 * - ACCOUNT (a colleague joined, a new organisation on the territory) is rare and about who may see
 *   what: always at once, for every role.
 * Everybody is told of the reminders before a deadline that concerns them (deadlines at once),
 * but the Region's management and session managers, who read them in the digest.
 */
export const DEFAULT_EMAIL_FREQUENCIES: Record<Profile, Record<EventCategory, EmailFrequency>> = {
  TRAINING_ORGANISATION: { OPERATION: D, RECRUITMENT: I, CONVENTION: I, REVIEW: D, FUNDING: D, DEADLINE: I, ACCOUNT: I },
  ADVISER: { OPERATION: D, RECRUITMENT: I, CONVENTION: D, REVIEW: D, FUNDING: D, DEADLINE: I, ACCOUNT: I },
  COMPANY: { OPERATION: D, RECRUITMENT: D, CONVENTION: I, REVIEW: I, FUNDING: D, DEADLINE: I, ACCOUNT: I },
  REGION_REFERENT: { OPERATION: D, RECRUITMENT: D, CONVENTION: I, REVIEW: D, FUNDING: D, DEADLINE: I, ACCOUNT: I },
  REGION_SESSION_MANAGER: { OPERATION: D, RECRUITMENT: D, CONVENTION: D, REVIEW: I, FUNDING: D, DEADLINE: D, ACCOUNT: I },
  REGION_MANAGEMENT: { OPERATION: D, RECRUITMENT: D, CONVENTION: D, REVIEW: D, FUNDING: D, DEADLINE: D, ACCOUNT: I },
};

function profileOf(kind: OrganisationKind, role: MemberRole): Profile {
  switch (kind) {
    case OrganisationKind.TRAINING_ORGANISATION:
      return "TRAINING_ORGANISATION";
    case OrganisationKind.MISSION_LOCALE:
    case OrganisationKind.FRANCE_TRAVAIL:
      return "ADVISER";
    case OrganisationKind.COMPANY:
      return "COMPANY";
    case OrganisationKind.REGION:
      if (role === MemberRole.TERRITORIAL_REFERENT) return "REGION_REFERENT";
      return role === MemberRole.SESSION_MANAGER ? "REGION_SESSION_MANAGER" : "REGION_MANAGEMENT";
  }
}

export function defaultFrequency(kind: OrganisationKind, role: MemberRole, category: EventCategory): EmailFrequency {
  return DEFAULT_EMAIL_FREQUENCIES[profileOf(kind, role)][category];
}

/** The user's choice for the category, or its role's default. */
export function frequencyFor(chosen: Partial<Record<EventCategory, EmailFrequency>>, kind: OrganisationKind, role: MemberRole, category: EventCategory): EmailFrequency {
  return chosen[category] ?? defaultFrequency(kind, role, category);
}

export const EVENT_CATEGORIES: EventCategory[] = Object.values(EventCategory);
