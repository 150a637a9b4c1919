import { StepStatus } from "../domain/process/progress.js";
import {
  CandidacyStatus, CertificationLevel, ContractType, ConventionStatus, EmploymentStatus, OperationStatus, PlaceKind, ProcurementRoute,
} from "../domain/vocabulary.js";

/** What a cell of an export says for each of the API's codes: the words of the screens. */

export const OPERATION_STATUS_LABELS: Record<OperationStatus, string> = {
  OPEN: "En cours",
  CLOSED: "Clôturée",
};

export const PROCUREMENT_ROUTE_LABELS: Record<ProcurementRoute, string> = {
  PRF_MARKET: "Marché PRF",
  FREF_CALL_FOR_TENDERS: "Appel d'offres FREF",
  SUBSEQUENT_MARKET: "Marché subséquent",
  PURCHASE_ORDER: "Bon de commande",
};

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  TODO: "À faire",
  IN_PROGRESS: "En cours",
  DONE: "Fait",
  NOT_APPLICABLE: "Sans objet",
};

export const CONVENTION_STATUS_LABELS: Record<ConventionStatus, string> = {
  DRAFT: "Projet",
  SENT_TO_REGION: "Transmise à la Région",
  SIGNED: "Signée",
};

export const TRAINEE_STATUS_LABELS: Partial<Record<CandidacyStatus, string>> = {
  ADMITTED: "Admis en formation",
  LEFT: "Sorti de formation",
};

export const PLACE_LABELS: Record<PlaceKind, string> = {
  FUNDED: "Financée par la Région",
  EXTRA: "Hors financement Région",
};

export const CERTIFICATION_LABELS: Record<CertificationLevel, string> = {
  FULL: "Certification complète",
  SKILLS_BLOCK: "Bloc de compétences",
  SPECIFIC_REGISTER: "Répertoire spécifique",
  NONE: "Aucune",
};

export const CONTRACT_LABELS: Record<ContractType, string> = {
  CDI: "CDI",
  CDD: "CDD",
  CTT: "CTT (intérim)",
  APPRENTICESHIP: "Contrat d'apprentissage",
  PROFESSIONALISATION: "Contrat de professionnalisation",
  POEI: "POEI",
  POEC: "POEC",
};

export const EMPLOYMENT_STATUS_LABELS: Record<EmploymentStatus, string> = {
  EMPLOYED_DURABLE: "En emploi durable",
  EMPLOYED_SHORT: "En emploi court",
  IN_TRAINING: "En formation",
  JOB_SEEKING: "En recherche d'emploi",
  UNKNOWN: "Situation inconnue",
};
