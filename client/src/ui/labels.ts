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
const DATE_TIME = new Intl.DateTimeFormat("fr-FR", { dateStyle: "medium", timeStyle: "short" });

/** « lundi 1 février 2027 » for a calendar date "YYYY-MM-DD". */
export const frenchDay = (date: string) => DAY.format(new Date(`${date}T00:00:00Z`));
export const frenchDateTime = (iso: string) => DATE_TIME.format(new Date(iso));

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

/** « 30 novembre 2026 à 14 h 05 », in the programmes' time zone. */
export function frenchInstant(iso: string): string {
  const part = Object.fromEntries(INSTANT.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${part.day} ${part.month} ${part.year} à ${part.hour} h ${part.minute}`;
}
