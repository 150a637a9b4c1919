/** What users read for the API's codes. */
export const KIND_LABELS: Record<string, string> = {
  TRAINING_ORGANISATION: "Organisme de formation",
  MISSION_LOCALE: "Mission Locale",
  FRANCE_TRAVAIL: "France Travail",
  COMPANY: "Entreprise",
  REGION: "Région",
};

export const ROLE_LABELS: Record<string, string> = {
  MEMBER: "",
  TERRITORIAL_REFERENT: "Référent territorial formation (RTF)",
  HEAD_OF_UNIT: "Chef de pôle",
  HEAD_OF_SERVICE: "Cheffe de service",
  MANAGEMENT_UNIT: "Cellule de gestion",
  SESSION_MANAGER: "Gestionnaire",
  ELECTED_REPRESENTATIVE: "Élu·e signataire",
};

export const CANDIDACY_STATUS_LABELS: Record<string, string> = {
  PROPOSED: "Proposé",
  INFORMATION_SESSION: "Réunion d'information",
  SELECTION: "En sélection",
  ADMITTED: "Admis en formation",
  DECLINED: "Non retenu",
  WITHDRAWN: "Retiré",
  LEFT: "Sorti de formation",
};

export const CONTRACT_LABELS: Record<string, string> = {
  CDI: "CDI",
  CDD: "CDD",
  CTT: "CTT (intérim)",
  APPRENTICESHIP: "Contrat d'apprentissage",
  PROFESSIONALISATION: "Contrat de professionnalisation",
  POEI: "POEI",
  POEC: "POEC",
};

export const COMMITMENT_LABELS: Record<string, string> = {
  INFORMATION_SESSIONS: "Réunions d'information",
  SELECTION: "Sélection des candidats",
  IMMERSIONS: "Immersions (PMSMP, stages)",
  FINAL_REVIEW: "Bilan final",
  HIRING_INTERVIEW: "Entretien d'embauche",
};

export const STEP_STATUS_LABELS: Record<string, string> = {
  TODO: "À faire",
  IN_PROGRESS: "En cours",
  DONE: "Fait",
  NOT_APPLICABLE: "Sans objet",
};

export const CONVENTION_STATUS_LABELS: Record<string, string> = {
  DRAFT: "Projet",
  SENT_TO_REGION: "Transmise à la Région",
  SIGNED: "Signée",
};

export const PURCHASE_ORDER_STATUS_LABELS: Record<string, string> = {
  QUEUED: "En attente",
  VALIDATED_BY_HEAD_OF_UNIT: "Validé par le chef de pôle",
  VALIDATED: "Validé",
  REFUSED: "Refusé",
  CANCELLED: "Annulé (intention retirée)",
};

/** The place an admitted trainee holds. */
export const PLACE_LABELS: Record<string, string> = {
  FUNDED: "Place financée par la Région",
  EXTRA: "Place complémentaire (hors financement Région)",
};

export const MEETING_KIND_LABELS: Record<string, string> = {
  PREPARATORY_MEETING: "Réunion préparatoire",
  INFORMATION_SESSION: "Réunion d'information",
  STEERING_COMMITTEE: "Comité de pilotage",
};

export const REVIEW_KIND_LABELS: Record<string, string> = {
  INTERMEDIATE: "Bilan intermédiaire",
  FINAL: "Bilan final",
};

export const SELECTION_METHOD_LABELS: Record<string, string> = {
  MRS: "MRS (recrutement par simulation)",
  PMSMP: "PMSMP (immersion)",
  COMPANY_VISIT: "Visite d'entreprise",
};

export const EMPLOYMENT_STATUS_LABELS: Record<string, string> = {
  EMPLOYED_DURABLE: "En emploi durable",
  EMPLOYED_SHORT: "En emploi court",
  IN_TRAINING: "En formation",
  JOB_SEEKING: "En recherche d'emploi",
  UNKNOWN: "Situation inconnue",
};

export const CERTIFICATION_LABELS: Record<string, string> = {
  FULL: "Certification complète",
  SKILLS_BLOCK: "Bloc de compétences",
  SPECIFIC_REGISTER: "Répertoire spécifique",
  NONE: "Aucune",
};

const DAY = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const LONG_DATE = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" });

const partsOf = (format: Intl.DateTimeFormat, date: Date): Record<string, string> =>
  Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
/** French writes the first day of a month « 1er ». */
const dayOfMonth = (day: string) => (day === "1" ? "1er" : day);

/** « lundi 1er février 2027 » for a calendar date "YYYY-MM-DD". */
export function frenchDay(date: string): string {
  const part = partsOf(DAY, new Date(`${date}T00:00:00Z`));
  return `${part.weekday} ${dayOfMonth(part.day)} ${part.month} ${part.year}`;
}

/** « 1er février 2027 » for an instant, its day in the programmes' time zone. */
export function frenchDate(iso: string): string {
  const part = partsOf(LONG_DATE, new Date(iso));
  return `${dayOfMonth(part.day)} ${part.month} ${part.year}`;
}

export const frenchDateTime = (iso: string) => frenchInstant(iso);

/** A member's role as the organisation's page shows it (ROLE_LABELS leaves the plain member unnamed). */
export const MEMBER_ROLE_LABELS: Record<string, string> = { ...ROLE_LABELS, MEMBER: "Membre", ELECTED_REPRESENTATIVE: "Élu·e signataire pour la Région" };

export const GROUPEMENT_ROLE_LABELS: Record<string, string> = {
  LEAD: "Mandataire",
  CO_CONTRACTOR: "Cotraitant",
  SUBCONTRACTOR: "Sous-traitant",
};

export const INVITATION_STATUS_LABELS: Record<string, string> = {
  PENDING: "En attente",
  ACCEPTED: "Acceptée",
  EXPIRED: "Expirée",
  REVOKED: "Annulée",
};

const INSTANT = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });

/** « 30 novembre 2026 à 14 h 05 », « 1er mars 2027 à 9 h 30 », in the programmes' time zone. */
export function frenchInstant(iso: string): string {
  const part = partsOf(INSTANT, new Date(iso));
  return `${dayOfMonth(part.day)} ${part.month} ${part.year} à ${Number(part.hour)}\u00a0h\u00a0${part.minute}`;
}
