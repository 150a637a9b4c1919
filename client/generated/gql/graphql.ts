/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  password: string;
  /** The invited person's phone, if they give it */
  phone?: string | null | undefined;
  token: string;
};

export type CandidacyStatus =
  | 'ADMITTED'
  | 'DECLINED'
  | 'INFORMATION_SESSION'
  | 'LEFT'
  | 'PROPOSED'
  | 'SELECTION'
  | 'WITHDRAWN';

export type CertificationLevel =
  | 'FULL'
  | 'NONE'
  | 'SKILLS_BLOCK'
  | 'SPECIFIC_REGISTER';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CompanyCommitment =
  | 'FINAL_REVIEW'
  | 'HIRING_INTERVIEW'
  | 'IMMERSIONS'
  | 'INFORMATION_SESSIONS'
  | 'SELECTION';

export type ContractType =
  | 'APPRENTICESHIP'
  | 'CDD'
  | 'CDI'
  | 'CTT'
  | 'POEC'
  | 'POEI'
  | 'PROFESSIONALISATION';

export type ConventionStatus =
  | 'DRAFT'
  | 'SENT_TO_REGION'
  | 'SIGNED';

export type CreateOrganisationInput = {
  city: string;
  /** Département, e.g. 45 */
  department: string;
  /** Cotraitants and sous-traitants: their mandataire */
  groupementLeadId?: string | number | null | undefined;
  /** Training organisations only */
  groupementRole?: GroupementRole | null | undefined;
  /** Employers only: structure d'insertion par l'activité économique */
  isSiae?: boolean;
  kind: OrganisationKind;
  name: string;
  /** 14 digits; required for companies and training organisations */
  siret?: string | null | undefined;
};

export type DeactivateMemberInput = {
  reason: string;
  userId: string | number;
};

export type DeactivateOrganisationInput = {
  organisationId: string | number;
  reason: string;
};

export type DebriefImmersionInput = {
  debrief: string;
  immersionId: string | number;
};

/** When a user gets the notifications of a category by e-mail: at once, in the 07:00 daily digest, or never */
export type EmailFrequency =
  | 'DAILY_DIGEST'
  | 'IMMEDIATE'
  | 'NEVER';

export type EmploymentStatus =
  | 'EMPLOYED_DURABLE'
  | 'EMPLOYED_SHORT'
  | 'IN_TRAINING'
  | 'JOB_SEEKING'
  | 'UNKNOWN';

export type EndPairingInput = {
  pairingId: string | number;
  reason: string;
};

/** What an event is about: the categories of notifications (and of the typed subscriptions) */
export type EventCategory =
  | 'ACCOUNT'
  | 'CONVENTION'
  | 'DEADLINE'
  | 'FUNDING'
  | 'OPERATION'
  | 'RECRUITMENT'
  | 'REVIEW';

/** A file sent inline, base64-encoded (at most 5 Mio) */
export type FileUpload = {
  contentBase64: string;
  fileName: string;
  mediaType: string;
};

/** Place in a groupement of training organisations: mandataire, cotraitant, sous-traitant */
export type GroupementRole =
  | 'CO_CONTRACTOR'
  | 'LEAD'
  | 'SUBCONTRACTOR';

export type HiringIntentionStatus =
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type ImmersionKind =
  | 'INTERNSHIP'
  | 'PMSMP';

/** PENDING until accepted, revoked or expired */
export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteMemberInput = {
  email: string;
  firstName: string;
  /** Administrator of the organisation (the first person of an organisation always is) */
  isAdmin?: boolean;
  lastName: string;
  organisationId: string | number;
  role?: MemberRole;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type MeetingKind =
  | 'INFORMATION_SESSION'
  | 'PREPARATORY_MEETING'
  | 'STEERING_COMMITTEE';

/** A user's role in its organisation */
export type MemberRole =
  | 'ELECTED_REPRESENTATIVE'
  | 'HEAD_OF_SERVICE'
  | 'HEAD_OF_UNIT'
  | 'MANAGEMENT_UNIT'
  | 'MEMBER'
  | 'SESSION_MANAGER'
  | 'TERRITORIAL_REFERENT';

export type MoveCandidacyInput = {
  candidacyId: string | number;
  /** When a trainee leaves: what was arranged */
  exitSolution?: string | null | undefined;
  /** When admitting: a funded place (default while one is left) or an extra place */
  place?: PlaceKind | null | undefined;
  reason?: string | null | undefined;
  /** When moving to selection: MRS, PMSMP or company visit */
  selectionMethod?: SelectionMethod | null | undefined;
  to: CandidacyStatus;
};

export type MovePurchaseOrderInput = {
  purchaseOrderId: string | number;
  reason?: string | null | undefined;
  to: PurchaseOrderStatus;
};

/** A new candidate, as the adviser knows them */
export type NewCandidateInput = {
  email?: string | null | undefined;
  firstName: string;
  lastName: string;
  phone?: string | null | undefined;
  postalAddress?: string | null | undefined;
  /** Seen by the adviser's organisation only */
  privateNotes?: string | null | undefined;
};

export type NewTeamPartnerInput = {
  /** Lead of a group of co-contractors (mandataire) */
  isLead?: boolean;
  operationId: string | number;
  organisation: CreateOrganisationInput;
};

export type NotificationPreferenceInput = {
  category: EventCategory;
  frequency: EmailFrequency;
};

export type OperationStatus =
  | 'CLOSED'
  | 'OPEN';

/** An organisation's details; its territory is the Region's (or the operation's) */
export type OrganisationFields = {
  city: string;
  /** Département, e.g. 45 */
  department: string;
  /** Cotraitants and sous-traitants: their mandataire */
  groupementLeadId?: string | number | null | undefined;
  /** Training organisations only */
  groupementRole?: GroupementRole | null | undefined;
  /** Employers only: structure d'insertion par l'activité économique */
  isSiae?: boolean;
  name: string;
  /** 14 digits; required for companies and training organisations */
  siret?: string | null | undefined;
};

/** Partner kind of an organisation */
export type OrganisationKind =
  | 'COMPANY'
  | 'FRANCE_TRAVAIL'
  | 'MISSION_LOCALE'
  | 'REGION'
  | 'TRAINING_ORGANISATION';

export type PairTraineeInput = {
  candidacyId: string | number;
  hiringIntentionId: string | number;
};

export type PasswordResetRequestInput = {
  email: string;
};

export type PathReferentInput = {
  candidacyId: string | number;
  /** Name of the trainee's path referent at the training organisation */
  pathReferent: string;
};

/** A trainee's place: funded by the Region, or beyond its funding */
export type PlaceKind =
  | 'EXTRA'
  | 'FUNDED';

export type ProcurementRoute =
  | 'FREF_CALL_FOR_TENDERS'
  | 'PRF_MARKET'
  | 'PURCHASE_ORDER'
  | 'SUBSEQUENT_MARKET';

export type ProfileInput = {
  firstName: string;
  lastName: string;
  phone?: string | null | undefined;
};

export type ProposeCandidateInput = {
  candidate?: NewCandidateInput | null | undefined;
  /** A candidate the adviser proposed before */
  candidateId?: string | number | null | undefined;
  /** The company's job the candidate is proposed for */
  hiringIntentionId?: string | number | null | undefined;
  trainingSessionId: string | number;
};

export type PurchaseOrderStatus =
  | 'CANCELLED'
  | 'QUEUED'
  | 'REFUSED'
  | 'VALIDATED'
  | 'VALIDATED_BY_HEAD_OF_UNIT';

export type ReasonInput = {
  id: string | number;
  reason: string;
};

export type RecordMeetingInput = {
  attendingCandidacyIds?: Array<string | number> | null | undefined;
  attendingOrganisationIds: Array<string | number>;
  /** Defaults to now */
  heldAt?: string | null | undefined;
  meetingId: string | number;
  notes?: string | null | undefined;
};

export type RecordReviewInput = {
  areasToImprove: string;
  /** Trainees who attended */
  attendingCandidacyIds?: Array<string | number> | null | undefined;
  /** Partners of the team who attended */
  attendingOrganisationIds?: Array<string | number> | null | undefined;
  /** Defaults to now */
  heldAt?: string | null | undefined;
  qualitativeNotes: string;
  reviewId: string | number;
  strengths: string;
};

export type ReportFollowUpInput = {
  contractType?: ContractType | null | undefined;
  employerName?: string | null | undefined;
  employmentStatus: EmploymentStatus;
  followUpId: string | number;
};

export type ResetPasswordInput = {
  password: string;
  token: string;
};

export type ReviewKind =
  | 'FINAL'
  | 'INTERMEDIATE';

/** One trainee's result at the final review; a new value corrects the previous one (both journaled) */
export type ReviewOutcomeInput = {
  candidacyId: string | number;
  certificationLevel: CertificationLevel;
  certificationTitle?: string | null | undefined;
  contractStartDate?: string | null | undefined;
  /** Employment contract signed, if any */
  contractType?: ContractType | null | undefined;
  /** The company of the team that hires the trainee (with a contract) */
  employerId?: string | number | null | undefined;
  reviewId: string | number;
};

export type ScheduleImmersionInput = {
  candidacyId: string | number;
  /** The host company */
  companyId: string | number;
  endDate: string;
  kind: ImmersionKind;
  startDate: string;
};

export type ScheduleMeetingInput = {
  kind: MeetingKind;
  operationId: string | number;
  place: string;
  scheduledAt: string;
  /** The session it prepares, if any */
  trainingSessionId?: string | number | null | undefined;
};

export type ScheduleReviewInput = {
  /** FINAL (default): at the session's end; INTERMEDIATE: during the training (1 emploi = 1 formation) */
  kind?: ReviewKind | null | undefined;
  /** When the whole project team meets */
  scheduledAt: string;
  trainingSessionId: string | number;
};

export type SelectionMethod =
  | 'COMPANY_VISIT'
  | 'MRS'
  | 'PMSMP';

/** Who attended the signature: partners of the team and trainees of the session */
export type SignatureAttendanceInput = {
  attendingCandidacyIds: Array<string | number>;
  attendingOrganisationIds: Array<string | number>;
  conventionId: string | number;
};

export type SignatureOptionInput = {
  date: string;
  /** HH:MM */
  endTime?: string | null | undefined;
  /** HH:MM */
  startTime: string;
};

export type StepStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_APPLICABLE'
  | 'TODO';

/** The company's written hiring intention */
export type SubmitHiringIntentionInput = {
  /** Steps the company commits to take part in */
  committedSteps: Array<CompanyCommitment>;
  /** Training organisation entering the intention on the employer's behalf: the company (of the team) */
  companyId?: string | number | null | undefined;
  /** Contract length in months (not for a CDI) */
  contractDurationMonths?: number | null | undefined;
  contractType: ContractType;
  evidenceFile?: FileUpload | null | undefined;
  /** The e-mail or letter's text */
  evidenceText: string;
  jobTitle: string;
  operationId: string | number;
  positions: number;
  /** The session (and so the training organisation) the company commits to */
  trainingSessionId: string | number;
};

export type TeamMemberInput = {
  /** Lead of a group of co-contractors (mandataire) */
  isLead?: boolean;
  operationId: string | number;
  organisationId: string | number;
};

/** What the training organisation enters for a session (EOS for DEFI) */
export type TrainingSessionFields = {
  certificationLevel?: CertificationLevel | null | undefined;
  certificationTitle?: string | null | undefined;
  defiFlag?: boolean | null | undefined;
  endDate?: string | null | undefined;
  eosNumber?: string | null | undefined;
  extraPlaces?: number | null | undefined;
  fundedPlaces?: number | null | undefined;
  hoursInCentre?: number | null | undefined;
  hoursInCompany?: number | null | undefined;
  location?: string | null | undefined;
  permanentEntryExit?: boolean | null | undefined;
  smallerGroupAccepted?: boolean | null | undefined;
  startDate?: string | null | undefined;
  title?: string | null | undefined;
};

/** An edit of the convention; any edit after a signature resets the signatures */
export type UpdateConventionInput = {
  body?: string | null | undefined;
  conventionId: string | number;
  /** The signature day; null clears it */
  plannedSignatureDate?: string | null | undefined;
  /** Signature options proposed to the RTF (J-28): dates with their times */
  signatureOptions?: Array<SignatureOptionInput> | null | undefined;
  signaturePlace?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateMemberInput = {
  isAdmin: boolean;
  role: MemberRole;
  userId: string | number;
};

/** The categories to change (the others keep their setting); always the signed-in user's own */
export type UpdateNotificationPreferencesInput = {
  preferences: Array<NotificationPreferenceInput>;
};

export type WithdrawalSolutionInput = {
  hiringIntentionId: string | number;
  /** What was arranged: continue on a full path, referral to France Travail... */
  solution: string;
};

export type AdviserSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdviserSessionsQuery = { today: string, trainingSessions: { totalCount: number, nodes: Array<{ id: string, title: string, startDate: string, endDate: string, location: string, fundedPlaces: number, groupConstitutedAt: string | null, operation: { id: string, title: string, status: OperationStatus } | null, hiringIntentions: Array<{ id: string, jobTitle: string, contractType: ContractType, positions: number, status: HiringIntentionStatus, company: { id: string, name: string } | null }>, candidacyCounts: { total: number, byStatus: Array<{ status: CandidacyStatus, count: number }> } }> } };

export type AdviserCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdviserCandidatesQuery = { candidates: { totalCount: number, nodes: Array<{ id: string, firstName: string, lastName: string, email: string | null, phone: string | null, postalAddress: string | null, privateNotes: string | null, candidacies: Array<{ id: string, status: CandidacyStatus, statusReason: string | null, exitSolution: string | null, selectionMethod: SelectionMethod | null, place: PlaceKind | null, pathReferent: string | null, createdAt: string, profileValidatedByFranceTravailAt: string | null, profileValidatedByEmployerAt: string | null, profileValidatedByTrainingOrganisationAt: string | null, trainingSession: { id: string, title: string, startDate: string, operation: { id: string, status: OperationStatus } | null } | null, hiringIntention: { id: string, jobTitle: string, company: { id: string, name: string } | null } | null, pairings: Array<{ id: string, pairedAt: string, endedAt: string | null, endReason: string | null, hiringIntention: { id: string, jobTitle: string, company: { id: string, name: string } | null } | null }> }> }> } };

export type AdviserProposeCandidateMutationVariables = Exact<{
  input: ProposeCandidateInput;
}>;


export type AdviserProposeCandidateMutation = { proposeCandidate: { id: string, status: CandidacyStatus, candidate: { id: string, firstName: string, lastName: string } | null } };

export type AdviserMoveCandidacyMutationVariables = Exact<{
  input: MoveCandidacyInput;
}>;


export type AdviserMoveCandidacyMutation = { moveCandidacy: { id: string, status: CandidacyStatus, statusReason: string | null } };

export type AdviserValidateProfileMutationVariables = Exact<{
  candidacyId: string | number;
}>;


export type AdviserValidateProfileMutation = { validateProfile: { id: string, profileValidatedByFranceTravailAt: string | null } };

export type CompanyIntentionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyIntentionsQuery = { hiringIntentions: { totalCount: number, nodes: Array<{ id: string, jobTitle: string, contractType: ContractType, contractDurationMonths: number | null, positions: number, status: HiringIntentionStatus, receivedAt: string, durableEmployment: boolean, durabilityExplanation: string, derogationGrantedAt: string | null, derogationReason: string | null, committedSteps: Array<CompanyCommitment>, evidenceText: string, withdrawnAt: string | null, withdrawalReason: string | null, withdrawalSolution: string | null, evidenceFile: { id: string, fileName: string, mediaType: string, sizeBytes: number } | null, operation: { id: string, title: string, status: OperationStatus } | null, trainingSession: { id: string, title: string, startDate: string, endDate: string } | null, trainingOrganisation: { id: string, name: string } | null, purchaseOrder: { id: string, status: PurchaseOrderStatus, refusalReason: string | null } | null, pairings: Array<{ id: string, pairedAt: string, endedAt: string | null, endReason: string | null, candidacy: { id: string, candidate: { id: string, firstName: string, lastName: string } | null } | null }>, candidacies: Array<{ id: string, status: CandidacyStatus, statusReason: string | null, profileValidatedByEmployerAt: string | null, candidate: { id: string, firstName: string, lastName: string } | null }> }> } };

export type CompanyEvidenceFileQueryVariables = Exact<{
  id: string | number;
}>;


export type CompanyEvidenceFileQuery = { hiringIntention: { id: string, evidenceFile: { id: string, fileName: string, mediaType: string, contentBase64: string } | null } | null };

export type CompanyOperationChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyOperationChoicesQuery = { operations: { nodes: Array<{ id: string, title: string, programme: { id: string, name: string, rules: { durableContractMinimumMonths: number } } | null, trainingSessions: Array<{ id: string, title: string, eosNumber: string | null, startDate: string, endDate: string, location: string, trainingOrganisation: { id: string, name: string } | null }> }> } };

export type CompanyConventionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyConventionsQuery = { operations: { nodes: Array<{ id: string, title: string, status: OperationStatus, trainingSessions: Array<{ id: string, title: string, eosNumber: string | null, startDate: string, endDate: string, location: string, convention: { id: string, title: string, status: ConventionStatus, version: number, plannedSignatureDate: string | null, signatureCalendarUrl: string | null, signaturePlace: string | null, signedAt: string | null, documentUrl: string, signatories: Array<{ id: string, required: boolean, signed: boolean, withdrawnAt: string | null, organisation: { id: string, name: string } | null }>, signedDocuments: Array<{ id: string, version: number, sha256: string, sizeBytes: number, createdAt: string, url: string }> } | null }> }> } };

export type CompanyReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyReviewsQuery = { operations: { nodes: Array<{ id: string, title: string, trainingSessions: Array<{ id: string, title: string, startDate: string, endDate: string, reviews: Array<{ id: string, kind: ReviewKind, scheduledAt: string, calendarUrl: string, heldAt: string | null, qualitativeNotes: string | null, strengths: string | null, areasToImprove: string | null, outcomes: Array<{ id: string, certificationLevel: CertificationLevel, certificationTitle: string | null, contractType: ContractType | null, contractStartDate: string | null, employer: { id: string, name: string } | null, candidacy: { id: string, candidate: { id: string, firstName: string, lastName: string } | null } | null }> }>, candidacies: Array<{ id: string, status: CandidacyStatus, candidate: { id: string, firstName: string, lastName: string } | null, hiringIntention: { id: string, jobTitle: string } | null, followUps: Array<{ id: string, milestoneMonths: number, dueDate: string, reportedAt: string | null, employmentStatus: EmploymentStatus | null, contractType: ContractType | null, employerName: string | null, overdue: boolean }> }> }> }> } };

export type CompanySubmitHiringIntentionMutationVariables = Exact<{
  input: SubmitHiringIntentionInput;
}>;


export type CompanySubmitHiringIntentionMutation = { submitHiringIntention: { id: string, jobTitle: string, status: HiringIntentionStatus } };

export type CompanyWithdrawHiringIntentionMutationVariables = Exact<{
  input: ReasonInput;
}>;


export type CompanyWithdrawHiringIntentionMutation = { withdrawHiringIntention: { id: string, status: HiringIntentionStatus, withdrawnAt: string | null, withdrawalReason: string | null } };

export type CompanyValidateProfileMutationVariables = Exact<{
  candidacyId: string | number;
}>;


export type CompanyValidateProfileMutation = { validateProfile: { id: string, profileValidatedByEmployerAt: string | null } };

export type CompanyDeclineCandidacyMutationVariables = Exact<{
  input: MoveCandidacyInput;
}>;


export type CompanyDeclineCandidacyMutation = { moveCandidacy: { id: string, status: CandidacyStatus, statusReason: string | null } };

export type CompanySignConventionMutationVariables = Exact<{
  conventionId: string | number;
}>;


export type CompanySignConventionMutation = { signConvention: { id: string, status: ConventionStatus, signedAt: string | null, signatories: Array<{ id: string, signed: boolean }> } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, name: string, kind: OrganisationKind } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: string | number;
  input: OrganisationFields;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, name: string, siret: string | null, city: string, department: string, isSiae: boolean, groupementRole: GroupementRole | null, groupementLeadId: string | null, groupementLead: { id: string, name: string } | null } };

export type DeactivateOrganisationMutationVariables = Exact<{
  input: DeactivateOrganisationInput;
}>;


export type DeactivateOrganisationMutation = { deactivateOrganisation: { id: string, deactivatedAt: string | null, viewerMayInvite: boolean } };

export type ReactivateOrganisationMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateOrganisationMutation = { reactivateOrganisation: { id: string, deactivatedAt: string | null, viewerMayInvite: boolean } };

export type TerritoryOrganisationsQueryVariables = Exact<{
  kind?: OrganisationKind | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type TerritoryOrganisationsQuery = { organisations: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, kind: OrganisationKind, siret: string | null, city: string, department: string, isSiae: boolean, groupementRole: GroupementRole | null, groupementLeadId: string | null, deactivatedAt: string | null, viewerMayInvite: boolean, groupementLead: { id: string, name: string } | null }> } };

export type RegionBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionBoardQuery = { today: string, operations: { totalCount: number, nodes: Array<{ id: string, title: string, status: OperationStatus, department: string, procurementRoute: ProcurementRoute, overdueFollowUpCount: number, programme: { name: string, code: string, rules: { hasPartnershipConvention: boolean, paysCompletionBonus: boolean } } | null, steps: Array<{ number: number, code: string, label: string, status: StepStatus, endsWhen: string }>, trainingSessions: Array<{ id: string, title: string, startDate: string, endDate: string, fundedPlaces: number, qualification: { qualified: boolean, counted: number, required: number, explanation: string }, reviews: Array<{ id: string, kind: ReviewKind, heldAt: string | null }>, closure: { id: string, attestationIssuedAt: string | null, attestationUrl: string | null, bonusRequestedAt: string | null, bonusRequestUrl: string | null, bonusAcknowledgedAt: string | null, bonusPaidAt: string | null, closedAt: string | null } | null, convention: { id: string, title: string, status: ConventionStatus, signedAt: string | null, contactSheetUrl: string, draftSentAt: string | null, forwardedToCabinetAt: string | null, invitationsSentAt: string | null, plannedSignatureDate: string | null, version: number, documentUrl: string, signatories: Array<{ id: string, signed: boolean, required: boolean, withdrawnAt: string | null, organisation: { id: string, name: string } | null }>, planning: Array<{ code: string, label: string, dueDate: string | null, doneAt: string | null, late: boolean, daysLate: number }>, signedDocuments: Array<{ id: string, version: number, sha256: string, sizeBytes: number, createdAt: string, url: string }> } | null }>, purchaseOrders: Array<{ id: string, status: PurchaseOrderStatus }>, hiringIntentions: Array<{ id: string }> }> } };

export type RegionPurchaseOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionPurchaseOrdersQuery = { purchaseOrders: { totalCount: number, nodes: Array<{ id: string, status: PurchaseOrderStatus, receivedAt: string, refusalReason: string | null, documentUrl: string, hiringIntention: { jobTitle: string, company: { name: string } | null } | null, lead: { name: string } | null, requestedBy: { name: string } | null, operation: { title: string, status: OperationStatus } | null }> } };

export type RegionTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionTasksQuery = { tasks: Array<{ code: string, subjectId: string | null }> };

export type RegionHiringIntentionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionHiringIntentionsQuery = { hiringIntentions: { totalCount: number, nodes: Array<{ id: string, jobTitle: string, status: HiringIntentionStatus, contractType: ContractType, contractDurationMonths: number | null, durableEmployment: boolean, durabilityExplanation: string, derogationGrantedAt: string | null, company: { name: string } | null, operation: { title: string, status: OperationStatus, programme: { rules: { shortContractsNeedDerogation: boolean } } | null } | null }> } };

export type RegionMovePurchaseOrderMutationVariables = Exact<{
  input: MovePurchaseOrderInput;
}>;


export type RegionMovePurchaseOrderMutation = { movePurchaseOrder: { id: string, status: PurchaseOrderStatus, refusalReason: string | null } };

export type RegionForwardToCabinetMutationVariables = Exact<{
  conventionId: string | number;
}>;


export type RegionForwardToCabinetMutation = { forwardToCabinet: { id: string, forwardedToCabinetAt: string | null } };

export type RegionRecordOfficialInvitationsMutationVariables = Exact<{
  conventionId: string | number;
}>;


export type RegionRecordOfficialInvitationsMutation = { recordOfficialInvitations: { id: string, invitationsSentAt: string | null } };

export type RegionIssueConformityAttestationMutationVariables = Exact<{
  trainingSessionId: string | number;
}>;


export type RegionIssueConformityAttestationMutation = { issueConformityAttestation: { id: string, attestationIssuedAt: string | null } };

export type RegionGrantDerogationMutationVariables = Exact<{
  input: ReasonInput;
}>;


export type RegionGrantDerogationMutation = { grantDerogation: { id: string, derogationGrantedAt: string | null, derogationReason: string | null } };

export type RegionAcknowledgeDefiBonusMutationVariables = Exact<{
  trainingSessionId: string | number;
}>;


export type RegionAcknowledgeDefiBonusMutation = { acknowledgeDefiBonus: { id: string, bonusAcknowledgedAt: string | null } };

export type RegionPayDefiBonusMutationVariables = Exact<{
  trainingSessionId: string | number;
}>;


export type RegionPayDefiBonusMutation = { payDefiBonus: { id: string, bonusPaidAt: string | null } };

export type RegionSignConventionMutationVariables = Exact<{
  conventionId: string | number;
}>;


export type RegionSignConventionMutation = { signConvention: { id: string, status: ConventionStatus, signedAt: string | null } };

export type InsertionFiguresFieldsFragment = { trainees: number, left: number, certified: number, certifiedFull: number, certifiedSkillsBlock: number, certifiedSpecificRegister: number, certificationRate: number | null, contracts: number, contractRate: number | null, followUps: Array<{ milestoneMonths: number, planned: number, reported: number, employed: number, employedDurable: number, employmentRate: number | null, durableEmploymentRate: number | null }> };

export type RegionInsertionReportQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionInsertionReportQuery = { today: string, insertionReport: { milestones: Array<number>, rows: Array<{ trainingSessionId: string, trainingSessionTitle: string, eosNumber: string | null, startDate: string, endDate: string, fundedPlaces: number, trainingOrganisationName: string | null, operationId: string, operationTitle: string, department: string, programmeName: string | null, figures: { trainees: number, left: number, certified: number, certifiedFull: number, certifiedSkillsBlock: number, certifiedSpecificRegister: number, certificationRate: number | null, contracts: number, contractRate: number | null, followUps: Array<{ milestoneMonths: number, planned: number, reported: number, employed: number, employedDurable: number, employmentRate: number | null, durableEmploymentRate: number | null }> } }>, totals: { trainees: number, left: number, certified: number, certifiedFull: number, certifiedSkillsBlock: number, certifiedSpecificRegister: number, certificationRate: number | null, contracts: number, contractRate: number | null, followUps: Array<{ milestoneMonths: number, planned: number, reported: number, employed: number, employedDurable: number, employmentRate: number | null, durableEmploymentRate: number | null }> } } | null };

export type CockpitMoveCandidacyMutationVariables = Exact<{
  input: MoveCandidacyInput;
}>;


export type CockpitMoveCandidacyMutation = { moveCandidacy: { id: string, status: CandidacyStatus, statusReason: string | null, selectionMethod: SelectionMethod | null, exitSolution: string | null, place: PlaceKind | null } };

export type CockpitSetPathReferentMutationVariables = Exact<{
  input: PathReferentInput;
}>;


export type CockpitSetPathReferentMutation = { setPathReferent: { id: string, pathReferent: string | null } };

export type CockpitRequestDefiBonusMutationVariables = Exact<{
  trainingSessionId: string | number;
}>;


export type CockpitRequestDefiBonusMutation = { requestDefiBonus: { id: string, bonusRequestedAt: string | null } };

export type CockpitCloseSessionMutationVariables = Exact<{
  trainingSessionId: string | number;
}>;


export type CockpitCloseSessionMutation = { closeSession: { id: string, closedAt: string | null } };

export type CockpitUpdateConventionMutationVariables = Exact<{
  input: UpdateConventionInput;
}>;


export type CockpitUpdateConventionMutation = { updateConvention: { id: string, version: number, status: ConventionStatus, plannedSignatureDate: string | null, signaturePlace: string | null, body: string, signatureOptions: Array<{ date: string, startTime: string, endTime: string | null }> } };

export type CockpitDraftConventionMutationVariables = Exact<{
  trainingSessionId: string | number;
}>;


export type CockpitDraftConventionMutation = { draftConvention: { id: string, status: ConventionStatus, version: number } };

export type CockpitSendSignatureDateOptionsMutationVariables = Exact<{
  conventionId: string | number;
}>;


export type CockpitSendSignatureDateOptionsMutation = { sendSignatureDateOptions: { id: string, dateOptionsSentAt: string | null } };

export type CockpitSendConventionDraftMutationVariables = Exact<{
  conventionId: string | number;
}>;


export type CockpitSendConventionDraftMutation = { sendConventionDraft: { id: string, draftSentAt: string | null, status: ConventionStatus } };

export type CockpitSendSaveTheDateMutationVariables = Exact<{
  conventionId: string | number;
}>;


export type CockpitSendSaveTheDateMutation = { sendSaveTheDate: { id: string, saveTheDateSentAt: string | null } };

export type CockpitSignConventionMutationVariables = Exact<{
  conventionId: string | number;
}>;


export type CockpitSignConventionMutation = { signConvention: { id: string, status: ConventionStatus, signedAt: string | null } };

export type CockpitRecordSignatureAttendanceMutationVariables = Exact<{
  input: SignatureAttendanceInput;
}>;


export type CockpitRecordSignatureAttendanceMutation = { recordSignatureAttendance: { id: string, signatureAttendanceRecordedAt: string | null } };

export type CockpitReportFollowUpMutationVariables = Exact<{
  input: ReportFollowUpInput;
}>;


export type CockpitReportFollowUpMutation = { reportFollowUp: { id: string, reportedAt: string | null, employmentStatus: EmploymentStatus | null, contractType: ContractType | null, employerName: string | null, overdue: boolean } };

export type CockpitSubmitHiringIntentionMutationVariables = Exact<{
  input: SubmitHiringIntentionInput;
}>;


export type CockpitSubmitHiringIntentionMutation = { submitHiringIntention: { id: string, jobTitle: string, status: HiringIntentionStatus, enteredByTrainingOrganisation: boolean } };

export type CockpitWithdrawHiringIntentionMutationVariables = Exact<{
  input: ReasonInput;
}>;


export type CockpitWithdrawHiringIntentionMutation = { withdrawHiringIntention: { id: string, status: HiringIntentionStatus, withdrawnAt: string | null, withdrawalReason: string | null } };

export type CockpitRecordWithdrawalSolutionMutationVariables = Exact<{
  input: WithdrawalSolutionInput;
}>;


export type CockpitRecordWithdrawalSolutionMutation = { recordWithdrawalSolution: { id: string, withdrawalSolution: string | null } };

export type CockpitScheduleImmersionMutationVariables = Exact<{
  input: ScheduleImmersionInput;
}>;


export type CockpitScheduleImmersionMutation = { scheduleImmersion: { id: string } };

export type CockpitDebriefImmersionMutationVariables = Exact<{
  input: DebriefImmersionInput;
}>;


export type CockpitDebriefImmersionMutation = { debriefImmersion: { id: string, debrief: string | null, debriefedAt: string | null } };

export type CockpitScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type CockpitScheduleMeetingMutation = { scheduleMeeting: { id: string, kind: MeetingKind, scheduledAt: string, place: string } };

export type CockpitRecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type CockpitRecordMeetingMutation = { recordMeeting: { id: string, heldAt: string | null, notes: string | null, attendingCandidateCount: number } };

export type AddNewOrganisationToTeamMutationVariables = Exact<{
  input: NewTeamPartnerInput;
}>;


export type AddNewOrganisationToTeamMutation = { addNewOrganisationToTeam: { id: string, organisation: { id: string, name: string, kind: OrganisationKind, viewerMayInvite: boolean } | null } };

export type AddExistingOrganisationToTeamMutationVariables = Exact<{
  input: TeamMemberInput;
}>;


export type AddExistingOrganisationToTeamMutation = { addTeamMember: { id: string, organisation: { id: string, name: string, kind: OrganisationKind, viewerMayInvite: boolean } | null } };

export type CockpitOperationQueryVariables = Exact<{
  id: string | number;
}>;


export type CockpitOperationQuery = { operation: { id: string, title: string, status: OperationStatus, closedAt: string | null, department: string, programme: { id: string, name: string, code: string, rules: { usesPurchaseOrders: boolean, paysCompletionBonus: boolean, followUpMonths: Array<number>, usesEos: boolean, hasPartnershipConvention: boolean, reviewKinds: Array<ReviewKind>, meetingKinds: Array<MeetingKind>, minimumGroupSize: number | null, durableContractMinimumMonths: number, shortContractsNeedDerogation: boolean } } | null, steps: Array<{ code: string, number: number, label: string, status: StepStatus, endsWhen: string }>, team: Array<{ id: string, isLead: boolean, joinedAt: string, leftAt: string | null, leftReason: string | null, organisation: { id: string, name: string, kind: OrganisationKind, viewerMayInvite: boolean } | null }>, meetings: Array<{ id: string, kind: MeetingKind, scheduledAt: string, calendarUrl: string, heldAt: string | null, place: string, notes: string | null, attendingCandidateCount: number, organisedBy: { id: string, name: string } | null, attendingOrganisations: Array<{ id: string, name: string, kind: OrganisationKind }>, attendingCandidacies: Array<{ id: string, candidate: { id: string, firstName: string, lastName: string } | null }> }>, hiringIntentions: Array<{ id: string, jobTitle: string, positions: number, status: HiringIntentionStatus, receivedAt: string, contractType: ContractType, contractDurationMonths: number | null, durableEmployment: boolean, enteredByTrainingOrganisation: boolean, withdrawnAt: string | null, withdrawalReason: string | null, withdrawalSolution: string | null, company: { id: string, name: string } | null, trainingSession: { id: string, title: string } | null }>, purchaseOrders: Array<{ id: string, status: PurchaseOrderStatus, receivedAt: string, refusalReason: string | null, cancelledAt: string | null, documentUrl: string, lead: { name: string } | null, hiringIntention: { id: string } | null }>, trainingSessions: Array<{ id: string, title: string, eosNumber: string | null, defiFlag: boolean, startDate: string, endDate: string, hoursInCentre: number, hoursInCompany: number, fundedPlaces: number, extraPlaces: number, location: string, certificationTitle: string, certificationLevel: CertificationLevel, permanentEntryExit: boolean, smallerGroupAccepted: boolean, groupConstitutedAt: string | null, groupBelowMinimumAt: string | null, qualification: { qualified: boolean, rule: string, ruleLabel: string, required: number, counted: number, missing: number, explanation: string }, candidacyCounts: { total: number, byStatus: Array<{ status: CandidacyStatus, count: number }> }, hiringIntentions: Array<{ id: string, jobTitle: string, positions: number, status: HiringIntentionStatus, contractType: ContractType, durableEmployment: boolean, derogationGrantedAt: string | null, company: { id: string, name: string } | null, pairings: Array<{ id: string, endedAt: string | null }> }>, candidacies: Array<{ id: string, status: CandidacyStatus, statusReason: string | null, selectionMethod: SelectionMethod | null, exitSolution: string | null, place: PlaceKind | null, pathReferent: string | null, candidate: { id: string, firstName: string, lastName: string, email: string | null, phone: string | null } | null, proposedBy: { id: string, name: string } | null, hiringIntention: { id: string, jobTitle: string, status: HiringIntentionStatus, company: { name: string } | null } | null, pairings: Array<{ id: string, pairedAt: string, endedAt: string | null, endReason: string | null, hiringIntention: { id: string, jobTitle: string, company: { id: string, name: string } | null } | null }>, immersions: Array<{ id: string, kind: ImmersionKind, startDate: string, endDate: string, debrief: string | null, debriefedAt: string | null, company: { id: string, name: string } | null }>, followUps: Array<{ id: string, milestoneMonths: number, dueDate: string, reportedAt: string | null, employmentStatus: EmploymentStatus | null, contractType: ContractType | null, employerName: string | null, overdue: boolean }> }>, convention: { contactSheetUrl: string, id: string, title: string, status: ConventionStatus, version: number, body: string, plannedSignatureDate: string | null, signatureCalendarUrl: string | null, signaturePlace: string | null, dateOptionsSentAt: string | null, draftSentAt: string | null, saveTheDateSentAt: string | null, signedAt: string | null, signatureAttendanceRecordedAt: string | null, documentUrl: string, signatureOptions: Array<{ date: string, startTime: string, endTime: string | null }>, signatureAttendingOrganisations: Array<{ id: string, name: string }>, signatureAttendingTrainees: Array<{ id: string }>, planning: Array<{ code: string, label: string, dueDate: string | null, doneAt: string | null, late: boolean, daysLate: number }>, signatories: Array<{ id: string, required: boolean, signed: boolean, withdrawnAt: string | null, organisation: { id: string, name: string, kind: OrganisationKind } | null }>, signedDocuments: Array<{ id: string, version: number, sha256: string, sizeBytes: number, createdAt: string, url: string }> } | null, reviews: Array<{ id: string, kind: ReviewKind, scheduledAt: string, calendarUrl: string, heldAt: string | null, qualitativeNotes: string | null, strengths: string | null, areasToImprove: string | null, attendingTraineeCount: number, attendingOrganisations: Array<{ id: string, name: string }>, attendingTrainees: Array<{ id: string }>, outcomes: Array<{ id: string, certificationLevel: CertificationLevel, certificationTitle: string | null, contractType: ContractType | null, contractStartDate: string | null, employer: { id: string, name: string } | null, candidacy: { id: string } | null }> }>, closure: { id: string, attestationIssuedAt: string | null, attestationUrl: string | null, bonusRequestedAt: string | null, bonusRequestUrl: string | null, bonusAcknowledgedAt: string | null, bonusPaidAt: string | null, closedAt: string | null } | null }> } | null };

export type CockpitOperationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CockpitOperationsQuery = { operations: { totalCount: number, nodes: Array<{ id: string, title: string, status: OperationStatus, department: string, programme: { name: string } | null, steps: Array<{ code: string, number: number, label: string, status: StepStatus }> }> } };

export type CockpitPairTraineeMutationVariables = Exact<{
  input: PairTraineeInput;
}>;


export type CockpitPairTraineeMutation = { pairTrainee: { id: string, pairedAt: string } };

export type CockpitEndPairingMutationVariables = Exact<{
  input: EndPairingInput;
}>;


export type CockpitEndPairingMutation = { endPairing: { id: string, endedAt: string | null, endReason: string | null } };

export type CockpitRequestPurchaseOrderMutationVariables = Exact<{
  hiringIntentionId: string | number;
}>;


export type CockpitRequestPurchaseOrderMutation = { requestPurchaseOrder: { id: string, status: PurchaseOrderStatus } };

export type CockpitConstituteGroupMutationVariables = Exact<{
  trainingSessionId: string | number;
}>;


export type CockpitConstituteGroupMutation = { constituteGroup: { id: string, groupConstitutedAt: string | null, groupBelowMinimumAt: string | null } };

export type CockpitRecordReviewOutcomeMutationVariables = Exact<{
  input: ReviewOutcomeInput;
}>;


export type CockpitRecordReviewOutcomeMutation = { recordReviewOutcome: { id: string, certificationLevel: CertificationLevel, certificationTitle: string | null, contractType: ContractType | null, contractStartDate: string | null, employer: { id: string, name: string } | null } };

export type CockpitScheduleReviewMutationVariables = Exact<{
  input: ScheduleReviewInput;
}>;


export type CockpitScheduleReviewMutation = { scheduleReview: { id: string, kind: ReviewKind, scheduledAt: string } };

export type CockpitRecordReviewMutationVariables = Exact<{
  input: RecordReviewInput;
}>;


export type CockpitRecordReviewMutation = { recordReview: { id: string, heldAt: string | null, qualitativeNotes: string | null, strengths: string | null, areasToImprove: string | null, attendingTraineeCount: number } };

export type CockpitUpdateTrainingSessionMutationVariables = Exact<{
  id: string | number;
  input: TrainingSessionFields;
}>;


export type CockpitUpdateTrainingSessionMutation = { updateTrainingSession: { id: string, title: string, eosNumber: string | null, defiFlag: boolean, startDate: string, endDate: string, hoursInCentre: number, hoursInCompany: number, fundedPlaces: number, extraPlaces: number, location: string, certificationTitle: string, certificationLevel: CertificationLevel, permanentEntryExit: boolean, smallerGroupAccepted: boolean } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: PasswordResetRequestInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitation: { email: string, firstName: string, lastName: string, organisationName: string, expiresAt: string, status: InvitationStatus, role: MemberRole, isAdmin: boolean, invitedBy: string } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { expiresAt: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { expiresAt: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: OrganisationKind, role: MemberRole, user: { id: string, firstName: string, lastName: string, email: string, phone: string | null, isAdmin: boolean }, organisation: { id: string, name: string } } };

export type ConventionDocumentsFragment = { id: string, version: number, status: ConventionStatus, documentUrl: string, signedDocuments: Array<{ id: string, version: number, sha256: string, sizeBytes: number, createdAt: string, url: string }> };

export type ConventionTextQueryVariables = Exact<{
  id: string | number;
}>;


export type ConventionTextQuery = { convention: { id: string, version: number, text: string, textSha256: string } | null };

export type ConventionDocumentsByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ConventionDocumentsByIdQuery = { convention: { id: string, version: number, status: ConventionStatus, documentUrl: string, signedDocuments: Array<{ id: string, version: number, sha256: string, sizeBytes: number, createdAt: string, url: string }> } | null };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { tasks: Array<{ code: string, label: string, dueDate: string | null, late: boolean, operationId: string | null, operationTitle: string | null, subjectId: string | null }>, notifications: { totalCount: number, nodes: Array<{ id: string, readAt: string | null, createdAt: string, event: { id: string, type: string, payload: Record<string, unknown>, occurredAt: string } | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type HomeSignConventionMutationVariables = Exact<{
  id: string | number;
}>;


export type HomeSignConventionMutation = { signConvention: { id: string, status: ConventionStatus } };

export type GroupementLeadsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupementLeadsQuery = { organisations: { nodes: Array<{ id: string, name: string, city: string, groupementRole: GroupementRole | null, deactivatedAt: string | null }> } };

export type MyOrganisationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationQuery = { viewer: { user: { id: string, isAdmin: boolean }, organisation: { id: string, name: string, kind: OrganisationKind, siret: string | null, city: string, department: string, isSiae: boolean, groupementRole: GroupementRole | null, viewerMayInvite: boolean, groupementLead: { id: string, name: string } | null, members: { totalCount: number, nodes: Array<{ id: string, firstName: string, lastName: string, email: string, phone: string | null, role: MemberRole, isAdmin: boolean, deactivatedAt: string | null }> } } } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { id: string, email: string, firstName: string, lastName: string, role: MemberRole, isAdmin: boolean, expiresAt: string, createdAt: string, acceptedAt: string | null, revokedAt: string | null } };

export type UpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type UpdateMemberMutation = { updateMember: { id: string, role: MemberRole, isAdmin: boolean } };

export type DeactivateMemberMutationVariables = Exact<{
  input: DeactivateMemberInput;
}>;


export type DeactivateMemberMutation = { deactivateMember: { id: string, deactivatedAt: string | null } };

export type ReactivateMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type ReactivateMemberMutation = { reactivateMember: { id: string, deactivatedAt: string | null } };

export type OrganisationInvitationsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationInvitationsQuery = { organisation: { id: string, invitations: Array<{ id: string, email: string, firstName: string, lastName: string, role: MemberRole, isAdmin: boolean, expiresAt: string, createdAt: string, acceptedAt: string | null, revokedAt: string | null }> } | null };

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, revokedAt: string | null } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { viewer: { notificationPreferences: Array<{ category: EventCategory, frequency: EmailFrequency, defaultFrequency: EmailFrequency }> } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: UpdateNotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: Array<{ category: EventCategory, frequency: EmailFrequency, defaultFrequency: EmailFrequency }> };

export type UpdateProfileMutationVariables = Exact<{
  input: ProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, firstName: string, lastName: string, phone: string | null } };

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { unreadNotificationCount: number };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type LiveEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveEventsSubscription = { events: { id: string, type: string, occurredAt: string } };

export const InsertionFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsertionFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsertionFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainees"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedFull"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedSkillsBlock"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedSpecificRegister"}},{"kind":"Field","name":{"kind":"Name","value":"certificationRate"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"contractRate"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestoneMonths"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"employed"}},{"kind":"Field","name":{"kind":"Name","value":"employedDurable"}},{"kind":"Field","name":{"kind":"Name","value":"employmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"durableEmploymentRate"}}]}}]}}]} as unknown as DocumentNode<InsertionFiguresFieldsFragment, unknown>;
export const ConventionDocumentsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConventionDocuments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Convention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"signedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ConventionDocumentsFragment, unknown>;
export const AdviserSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdviserSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"groupConstitutedAt"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiringIntentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidacyCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdviserSessionsQuery, AdviserSessionsQueryVariables>;
export const AdviserCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdviserCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"postalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}},{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"exitSolution"}},{"kind":"Field","name":{"kind":"Name","value":"selectionMethod"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"pathReferent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileValidatedByFranceTravailAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileValidatedByEmployerAt"}},{"kind":"Field","name":{"kind":"Name","value":"profileValidatedByTrainingOrganisationAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiringIntention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pairedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiringIntention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdviserCandidatesQuery, AdviserCandidatesQueryVariables>;
export const AdviserProposeCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdviserProposeCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<AdviserProposeCandidateMutation, AdviserProposeCandidateMutationVariables>;
export const AdviserMoveCandidacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdviserMoveCandidacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveCandidacyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveCandidacy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<AdviserMoveCandidacyMutation, AdviserMoveCandidacyMutationVariables>;
export const AdviserValidateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdviserValidateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidacyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidacyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidacyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileValidatedByFranceTravailAt"}}]}}]}}]} as unknown as DocumentNode<AdviserValidateProfileMutation, AdviserValidateProfileMutationVariables>;
export const CompanyIntentionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyIntentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hiringIntentions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"contractDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durableEmployment"}},{"kind":"Field","name":{"kind":"Name","value":"durabilityExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"derogationGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"derogationReason"}},{"kind":"Field","name":{"kind":"Name","value":"committedSteps"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceText"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalSolution"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pairedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"candidacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"profileValidatedByEmployerAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyIntentionsQuery, CompanyIntentionsQueryVariables>;
export const CompanyEvidenceFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyEvidenceFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hiringIntention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyEvidenceFileQuery, CompanyEvidenceFileQueryVariables>;
export const CompanyOperationChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyOperationChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durableContractMinimumMonths"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"eosNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"trainingOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyOperationChoicesQuery, CompanyOperationChoicesQueryVariables>;
export const CompanyConventionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyConventions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"eosNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"convention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConventionDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSignatureDate"}},{"kind":"Field","name":{"kind":"Name","value":"signatureCalendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"signaturePlace"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signatories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConventionDocuments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Convention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"signedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CompanyConventionsQuery, CompanyConventionsQueryVariables>;
export const CompanyReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualitativeNotes"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"areasToImprove"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"certificationTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"contractStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiringIntention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneMonths"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyReviewsQuery, CompanyReviewsQueryVariables>;
export const CompanySubmitHiringIntentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanySubmitHiringIntention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitHiringIntentionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitHiringIntention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompanySubmitHiringIntentionMutation, CompanySubmitHiringIntentionMutationVariables>;
export const CompanyWithdrawHiringIntentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyWithdrawHiringIntention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawHiringIntention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}}]}}]}}]} as unknown as DocumentNode<CompanyWithdrawHiringIntentionMutation, CompanyWithdrawHiringIntentionMutationVariables>;
export const CompanyValidateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyValidateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidacyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidacyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidacyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profileValidatedByEmployerAt"}}]}}]}}]} as unknown as DocumentNode<CompanyValidateProfileMutation, CompanyValidateProfileMutationVariables>;
export const CompanyDeclineCandidacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyDeclineCandidacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveCandidacyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveCandidacy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<CompanyDeclineCandidacyMutation, CompanyDeclineCandidacyMutationVariables>;
export const CompanySignConventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanySignConvention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signConvention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signatories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}}]}}]}}]}}]} as unknown as DocumentNode<CompanySignConventionMutation, CompanySignConventionMutationVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"isSiae"}},{"kind":"Field","name":{"kind":"Name","value":"groupementRole"}},{"kind":"Field","name":{"kind":"Name","value":"groupementLeadId"}},{"kind":"Field","name":{"kind":"Name","value":"groupementLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const DeactivateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayInvite"}}]}}]}}]} as unknown as DocumentNode<DeactivateOrganisationMutation, DeactivateOrganisationMutationVariables>;
export const ReactivateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayInvite"}}]}}]}}]} as unknown as DocumentNode<ReactivateOrganisationMutation, ReactivateOrganisationMutationVariables>;
export const TerritoryOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoryOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"isSiae"}},{"kind":"Field","name":{"kind":"Name","value":"groupementRole"}},{"kind":"Field","name":{"kind":"Name","value":"groupementLeadId"}},{"kind":"Field","name":{"kind":"Name","value":"groupementLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayInvite"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoryOrganisationsQuery, TerritoryOrganisationsQueryVariables>;
export const RegionBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"procurementRoute"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPartnershipConvention"}},{"kind":"Field","name":{"kind":"Name","value":"paysCompletionBonus"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endsWhen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUpCount"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"qualification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attestationIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attestationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"bonusRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bonusRequestUrl"}},{"kind":"Field","name":{"kind":"Name","value":"bonusAcknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConventionDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactSheetUrl"}},{"kind":"Field","name":{"kind":"Name","value":"draftSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedToCabinetAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitationsSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSignatureDate"}},{"kind":"Field","name":{"kind":"Name","value":"signatories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiringIntentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConventionDocuments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Convention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"signedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<RegionBoardQuery, RegionBoardQueryVariables>;
export const RegionPurchaseOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionPurchaseOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hiringIntention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionPurchaseOrdersQuery, RegionPurchaseOrdersQueryVariables>;
export const RegionTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]} as unknown as DocumentNode<RegionTasksQuery, RegionTasksQueryVariables>;
export const RegionHiringIntentionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionHiringIntentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hiringIntentions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"contractDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"durableEmployment"}},{"kind":"Field","name":{"kind":"Name","value":"durabilityExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"derogationGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortContractsNeedDerogation"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionHiringIntentionsQuery, RegionHiringIntentionsQueryVariables>;
export const RegionMovePurchaseOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionMovePurchaseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MovePurchaseOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movePurchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}}]}}]}}]} as unknown as DocumentNode<RegionMovePurchaseOrderMutation, RegionMovePurchaseOrderMutationVariables>;
export const RegionForwardToCabinetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionForwardToCabinet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardToCabinet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedToCabinetAt"}}]}}]}}]} as unknown as DocumentNode<RegionForwardToCabinetMutation, RegionForwardToCabinetMutationVariables>;
export const RegionRecordOfficialInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionRecordOfficialInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOfficialInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitationsSentAt"}}]}}]}}]} as unknown as DocumentNode<RegionRecordOfficialInvitationsMutation, RegionRecordOfficialInvitationsMutationVariables>;
export const RegionIssueConformityAttestationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionIssueConformityAttestation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainingSessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueConformityAttestation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingSessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainingSessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attestationIssuedAt"}}]}}]}}]} as unknown as DocumentNode<RegionIssueConformityAttestationMutation, RegionIssueConformityAttestationMutationVariables>;
export const RegionGrantDerogationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionGrantDerogation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantDerogation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"derogationGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"derogationReason"}}]}}]}}]} as unknown as DocumentNode<RegionGrantDerogationMutation, RegionGrantDerogationMutationVariables>;
export const RegionAcknowledgeDefiBonusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionAcknowledgeDefiBonus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainingSessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeDefiBonus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingSessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainingSessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bonusAcknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<RegionAcknowledgeDefiBonusMutation, RegionAcknowledgeDefiBonusMutationVariables>;
export const RegionPayDefiBonusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionPayDefiBonus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainingSessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payDefiBonus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingSessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainingSessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPaidAt"}}]}}]}}]} as unknown as DocumentNode<RegionPayDefiBonusMutation, RegionPayDefiBonusMutationVariables>;
export const RegionSignConventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegionSignConvention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signConvention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<RegionSignConventionMutation, RegionSignConventionMutationVariables>;
export const RegionInsertionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionInsertionReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"insertionReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestones"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"eosNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"trainingOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"operationTitle"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsertionFiguresFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsertionFiguresFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsertionFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsertionFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainees"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedFull"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedSkillsBlock"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedSpecificRegister"}},{"kind":"Field","name":{"kind":"Name","value":"certificationRate"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"}},{"kind":"Field","name":{"kind":"Name","value":"contractRate"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestoneMonths"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"employed"}},{"kind":"Field","name":{"kind":"Name","value":"employedDurable"}},{"kind":"Field","name":{"kind":"Name","value":"employmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"durableEmploymentRate"}}]}}]}}]} as unknown as DocumentNode<RegionInsertionReportQuery, RegionInsertionReportQueryVariables>;
export const CockpitMoveCandidacyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitMoveCandidacy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveCandidacyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveCandidacy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"selectionMethod"}},{"kind":"Field","name":{"kind":"Name","value":"exitSolution"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]} as unknown as DocumentNode<CockpitMoveCandidacyMutation, CockpitMoveCandidacyMutationVariables>;
export const CockpitSetPathReferentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitSetPathReferent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PathReferentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPathReferent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathReferent"}}]}}]}}]} as unknown as DocumentNode<CockpitSetPathReferentMutation, CockpitSetPathReferentMutationVariables>;
export const CockpitRequestDefiBonusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitRequestDefiBonus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainingSessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDefiBonus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingSessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainingSessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bonusRequestedAt"}}]}}]}}]} as unknown as DocumentNode<CockpitRequestDefiBonusMutation, CockpitRequestDefiBonusMutationVariables>;
export const CockpitCloseSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitCloseSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainingSessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingSessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainingSessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CockpitCloseSessionMutation, CockpitCloseSessionMutationVariables>;
export const CockpitUpdateConventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitUpdateConvention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConvention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSignatureDate"}},{"kind":"Field","name":{"kind":"Name","value":"signaturePlace"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signatureOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]}}]} as unknown as DocumentNode<CockpitUpdateConventionMutation, CockpitUpdateConventionMutationVariables>;
export const CockpitDraftConventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitDraftConvention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainingSessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftConvention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingSessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainingSessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CockpitDraftConventionMutation, CockpitDraftConventionMutationVariables>;
export const CockpitSendSignatureDateOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitSendSignatureDateOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendSignatureDateOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dateOptionsSentAt"}}]}}]}}]} as unknown as DocumentNode<CockpitSendSignatureDateOptionsMutation, CockpitSendSignatureDateOptionsMutationVariables>;
export const CockpitSendConventionDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitSendConventionDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendConventionDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"draftSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CockpitSendConventionDraftMutation, CockpitSendConventionDraftMutationVariables>;
export const CockpitSendSaveTheDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitSendSaveTheDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendSaveTheDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"saveTheDateSentAt"}}]}}]}}]} as unknown as DocumentNode<CockpitSendSaveTheDateMutation, CockpitSendSaveTheDateMutationVariables>;
export const CockpitSignConventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitSignConvention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signConvention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]} as unknown as DocumentNode<CockpitSignConventionMutation, CockpitSignConventionMutationVariables>;
export const CockpitRecordSignatureAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitRecordSignatureAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignatureAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSignatureAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signatureAttendanceRecordedAt"}}]}}]}}]} as unknown as DocumentNode<CockpitRecordSignatureAttendanceMutation, CockpitRecordSignatureAttendanceMutationVariables>;
export const CockpitReportFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitReportFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<CockpitReportFollowUpMutation, CockpitReportFollowUpMutationVariables>;
export const CockpitSubmitHiringIntentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitSubmitHiringIntention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitHiringIntentionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitHiringIntention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByTrainingOrganisation"}}]}}]}}]} as unknown as DocumentNode<CockpitSubmitHiringIntentionMutation, CockpitSubmitHiringIntentionMutationVariables>;
export const CockpitWithdrawHiringIntentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitWithdrawHiringIntention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawHiringIntention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}}]}}]}}]} as unknown as DocumentNode<CockpitWithdrawHiringIntentionMutation, CockpitWithdrawHiringIntentionMutationVariables>;
export const CockpitRecordWithdrawalSolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitRecordWithdrawalSolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawalSolutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWithdrawalSolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalSolution"}}]}}]}}]} as unknown as DocumentNode<CockpitRecordWithdrawalSolutionMutation, CockpitRecordWithdrawalSolutionMutationVariables>;
export const CockpitScheduleImmersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitScheduleImmersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleImmersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleImmersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CockpitScheduleImmersionMutation, CockpitScheduleImmersionMutationVariables>;
export const CockpitDebriefImmersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitDebriefImmersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DebriefImmersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debriefImmersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"debrief"}},{"kind":"Field","name":{"kind":"Name","value":"debriefedAt"}}]}}]}}]} as unknown as DocumentNode<CockpitDebriefImmersionMutation, CockpitDebriefImmersionMutationVariables>;
export const CockpitScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]} as unknown as DocumentNode<CockpitScheduleMeetingMutation, CockpitScheduleMeetingMutationVariables>;
export const CockpitRecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitRecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"attendingCandidateCount"}}]}}]}}]} as unknown as DocumentNode<CockpitRecordMeetingMutation, CockpitRecordMeetingMutationVariables>;
export const AddNewOrganisationToTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNewOrganisationToTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewTeamPartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNewOrganisationToTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayInvite"}}]}}]}}]}}]} as unknown as DocumentNode<AddNewOrganisationToTeamMutation, AddNewOrganisationToTeamMutationVariables>;
export const AddExistingOrganisationToTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddExistingOrganisationToTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayInvite"}}]}}]}}]}}]} as unknown as DocumentNode<AddExistingOrganisationToTeamMutation, AddExistingOrganisationToTeamMutationVariables>;
export const CockpitOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CockpitOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usesPurchaseOrders"}},{"kind":"Field","name":{"kind":"Name","value":"paysCompletionBonus"}},{"kind":"Field","name":{"kind":"Name","value":"followUpMonths"}},{"kind":"Field","name":{"kind":"Name","value":"usesEos"}},{"kind":"Field","name":{"kind":"Name","value":"hasPartnershipConvention"}},{"kind":"Field","name":{"kind":"Name","value":"reviewKinds"}},{"kind":"Field","name":{"kind":"Name","value":"meetingKinds"}},{"kind":"Field","name":{"kind":"Name","value":"minimumGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"durableContractMinimumMonths"}},{"kind":"Field","name":{"kind":"Name","value":"shortContractsNeedDerogation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endsWhen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftReason"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayInvite"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"organisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendingOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendingCandidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendingCandidateCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiringIntentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"contractDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"durableEmployment"}},{"kind":"Field","name":{"kind":"Name","value":"enteredByTrainingOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalSolution"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiringIntention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"eosNumber"}},{"kind":"Field","name":{"kind":"Name","value":"defiFlag"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursInCentre"}},{"kind":"Field","name":{"kind":"Name","value":"hoursInCompany"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"extraPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"certificationTitle"}},{"kind":"Field","name":{"kind":"Name","value":"certificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"permanentEntryExit"}},{"kind":"Field","name":{"kind":"Name","value":"smallerGroupAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"groupConstitutedAt"}},{"kind":"Field","name":{"kind":"Name","value":"groupBelowMinimumAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"ruleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidacyCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiringIntentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"durableEmployment"}},{"kind":"Field","name":{"kind":"Name","value":"derogationGrantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"selectionMethod"}},{"kind":"Field","name":{"kind":"Name","value":"exitSolution"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"pathReferent"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiringIntention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pairedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"hiringIntention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"immersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"debrief"}},{"kind":"Field","name":{"kind":"Name","value":"debriefedAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneMonths"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"convention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConventionDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"contactSheetUrl"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSignatureDate"}},{"kind":"Field","name":{"kind":"Name","value":"signatureCalendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"signaturePlace"}},{"kind":"Field","name":{"kind":"Name","value":"signatureOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dateOptionsSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"draftSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"saveTheDateSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signatureAttendanceRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signatureAttendingOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatureAttendingTrainees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualitativeNotes"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"areasToImprove"}},{"kind":"Field","name":{"kind":"Name","value":"attendingOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendingTrainees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendingTraineeCount"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"certificationTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"contractStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidacy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attestationIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attestationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"bonusRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bonusRequestUrl"}},{"kind":"Field","name":{"kind":"Name","value":"bonusAcknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConventionDocuments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Convention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"signedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CockpitOperationQuery, CockpitOperationQueryVariables>;
export const CockpitOperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CockpitOperations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CockpitOperationsQuery, CockpitOperationsQueryVariables>;
export const CockpitPairTraineeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitPairTrainee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PairTraineeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pairTrainee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pairedAt"}}]}}]}}]} as unknown as DocumentNode<CockpitPairTraineeMutation, CockpitPairTraineeMutationVariables>;
export const CockpitEndPairingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitEndPairing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndPairingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPairing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}}]}}]} as unknown as DocumentNode<CockpitEndPairingMutation, CockpitEndPairingMutationVariables>;
export const CockpitRequestPurchaseOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitRequestPurchaseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hiringIntentionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPurchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hiringIntentionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hiringIntentionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CockpitRequestPurchaseOrderMutation, CockpitRequestPurchaseOrderMutationVariables>;
export const CockpitConstituteGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitConstituteGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainingSessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constituteGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingSessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainingSessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupConstitutedAt"}},{"kind":"Field","name":{"kind":"Name","value":"groupBelowMinimumAt"}}]}}]}}]} as unknown as DocumentNode<CockpitConstituteGroupMutation, CockpitConstituteGroupMutationVariables>;
export const CockpitRecordReviewOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitRecordReviewOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReviewOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"certificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"certificationTitle"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"contractStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CockpitRecordReviewOutcomeMutation, CockpitRecordReviewOutcomeMutationVariables>;
export const CockpitScheduleReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitScheduleReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]} as unknown as DocumentNode<CockpitScheduleReviewMutation, CockpitScheduleReviewMutationVariables>;
export const CockpitRecordReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitRecordReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualitativeNotes"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"areasToImprove"}},{"kind":"Field","name":{"kind":"Name","value":"attendingTraineeCount"}}]}}]}}]} as unknown as DocumentNode<CockpitRecordReviewMutation, CockpitRecordReviewMutationVariables>;
export const CockpitUpdateTrainingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CockpitUpdateTrainingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSessionFields"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrainingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"eosNumber"}},{"kind":"Field","name":{"kind":"Name","value":"defiFlag"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursInCentre"}},{"kind":"Field","name":{"kind":"Name","value":"hoursInCompany"}},{"kind":"Field","name":{"kind":"Name","value":"fundedPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"extraPlaces"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"certificationTitle"}},{"kind":"Field","name":{"kind":"Name","value":"certificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"permanentEntryExit"}},{"kind":"Field","name":{"kind":"Name","value":"smallerGroupAccepted"}}]}}]}}]} as unknown as DocumentNode<CockpitUpdateTrainingSessionMutation, CockpitUpdateTrainingSessionMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ConventionTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConventionText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textSha256"}}]}}]}}]} as unknown as DocumentNode<ConventionTextQuery, ConventionTextQueryVariables>;
export const ConventionDocumentsByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConventionDocumentsById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConventionDocuments"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConventionDocuments"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Convention"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"signedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ConventionDocumentsByIdQuery, ConventionDocumentsByIdQueryVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"operationTitle"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const HomeSignConventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HomeSignConvention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signConvention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HomeSignConventionMutation, HomeSignConventionMutationVariables>;
export const GroupementLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupementLeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"TRAINING_ORGANISATION"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"groupementRole"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<GroupementLeadsQuery, GroupementLeadsQueryVariables>;
export const MyOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"isSiae"}},{"kind":"Field","name":{"kind":"Name","value":"groupementRole"}},{"kind":"Field","name":{"kind":"Name","value":"groupementLead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayInvite"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyOrganisationQuery, MyOrganisationQueryVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const UpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}}]}}]} as unknown as DocumentNode<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const DeactivateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]} as unknown as DocumentNode<DeactivateMemberMutation, DeactivateMemberMutationVariables>;
export const ReactivateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}}]} as unknown as DocumentNode<ReactivateMemberMutation, ReactivateMemberMutationVariables>;
export const OrganisationInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationInvitationsQuery, OrganisationInvitationsQueryVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"defaultFrequency"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"defaultFrequency"}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const UnreadCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadCountQuery, UnreadCountQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const LiveEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<LiveEventsSubscription, LiveEventsSubscriptionVariables>;