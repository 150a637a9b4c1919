/** Business vocabulary shared by entities, rules and the API. Labels are what users read. */

export enum ProcurementRoute {
  PRF_MARKET = "PRF_MARKET",
  FREF_CALL_FOR_TENDERS = "FREF_CALL_FOR_TENDERS",
  SUBSEQUENT_MARKET = "SUBSEQUENT_MARKET",
  PURCHASE_ORDER = "PURCHASE_ORDER",
}

export enum OperationStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}

export enum ContractType {
  CDI = "CDI",
  CDD = "CDD",
  CTT = "CTT",
  APPRENTICESHIP = "APPRENTICESHIP",
  PROFESSIONALISATION = "PROFESSIONALISATION",
  POEI = "POEI",
  POEC = "POEC",
}

/** Steps of the operation a company commits to in its hiring intention. */
export enum CompanyCommitment {
  INFORMATION_SESSIONS = "INFORMATION_SESSIONS",
  SELECTION = "SELECTION",
  IMMERSIONS = "IMMERSIONS",
  FINAL_REVIEW = "FINAL_REVIEW",
  HIRING_INTERVIEW = "HIRING_INTERVIEW",
}

export enum HiringIntentionStatus {
  SUBMITTED = "SUBMITTED",
  WITHDRAWN = "WITHDRAWN",
}

export enum CandidacyStatus {
  PROPOSED = "PROPOSED",
  INFORMATION_SESSION = "INFORMATION_SESSION",
  SELECTION = "SELECTION",
  ADMITTED = "ADMITTED",
  DECLINED = "DECLINED",
  WITHDRAWN = "WITHDRAWN",
  LEFT = "LEFT",
}

export enum SelectionMethod {
  MRS = "MRS",
  PMSMP = "PMSMP",
  COMPANY_VISIT = "COMPANY_VISIT",
}

export enum ImmersionKind {
  PMSMP = "PMSMP",
  INTERNSHIP = "INTERNSHIP",
}

export enum ConventionStatus {
  DRAFT = "DRAFT",
  SENT_TO_REGION = "SENT_TO_REGION",
  SIGNED = "SIGNED",
}

export enum CertificationLevel {
  FULL = "FULL",
  SKILLS_BLOCK = "SKILLS_BLOCK",
  SPECIFIC_REGISTER = "SPECIFIC_REGISTER",
  NONE = "NONE",
}

export enum EmploymentStatus {
  EMPLOYED_DURABLE = "EMPLOYED_DURABLE",
  EMPLOYED_SHORT = "EMPLOYED_SHORT",
  IN_TRAINING = "IN_TRAINING",
  JOB_SEEKING = "JOB_SEEKING",
  UNKNOWN = "UNKNOWN",
}

export enum PurchaseOrderStatus {
  QUEUED = "QUEUED",
  VALIDATED_BY_HEAD_OF_UNIT = "VALIDATED_BY_HEAD_OF_UNIT",
  VALIDATED = "VALIDATED",
  REFUSED = "REFUSED",
  /** the hiring intention was withdrawn: the order no longer stands */
  CANCELLED = "CANCELLED",
}

/** A review (bilan): intermediate during the training (1 emploi = 1 formation), final at its end. */
export enum ReviewKind {
  INTERMEDIATE = "INTERMEDIATE",
  FINAL = "FINAL",
}

/** Which place a trainee holds: funded by the Region, or beyond Region funding. */
export enum PlaceKind {
  FUNDED = "FUNDED",
  EXTRA = "EXTRA",
}

/** Dated meetings of an operation, besides the signature and the reviews. */
export enum MeetingKind {
  PREPARATORY_MEETING = "PREPARATORY_MEETING",
  INFORMATION_SESSION = "INFORMATION_SESSION",
  STEERING_COMMITTEE = "STEERING_COMMITTEE",
}
