import { ProcurementRoute } from "../vocabulary.js";

export enum StepStatus {
  TODO = "TODO",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
  NOT_APPLICABLE = "NOT_APPLICABLE",
}

/** Counts over one operation's data, on one day: what its steps' statuses are computed from. */
export interface OperationFacts {
  procurementRoute: ProcurementRoute;
  sessions: number;
  sessionsWithEosNumber: number;
  submittedHiringIntentions: number;
  requestedPurchaseOrders: number;
  /** active hiring intentions whose purchase order is validated */
  validatedPurchaseOrders: number;
  preparatoryMeetingsHeld: number;
  informationSessionsHeld: number;
  advisersOnTeam: number;
  candidacies: number;
  admitted: number;
  admittedWithPathReferent: number;
  sessionsWithGroup: number;
  sessionsStarted: number;
  sessionsEnded: number;
  immersions: number;
  intermediateReviewsHeld: number;
  conventions: number;
  signedConventions: number;
  /** sessions with a final review scheduled, and held */
  reviewsScheduled: number;
  reviewsHeld: number;
  attestations: number;
  closedSessions: number;
  followUps: number;
  followUpsReported: number;
}

export const progress = (done: number, total: number, started = done > 0): StepStatus =>
  total > 0 && done >= total ? StepStatus.DONE : started ? StepStatus.IN_PROGRESS : StepStatus.TODO;

/** How far a step has gone, computed from the operation's facts; a process names one per step. */
export const STEP_PROGRESS = {
  CALL_FOR_TENDERS: (f) => (f.procurementRoute === ProcurementRoute.PRF_MARKET ? StepStatus.NOT_APPLICABLE : StepStatus.DONE),
  TRAINING_ENGINEERING: (f) => (f.sessions > 0 ? StepStatus.DONE : StepStatus.TODO),
  PREPARATORY_MEETING: (f) => (f.preparatoryMeetingsHeld > 0 ? StepStatus.DONE
    : f.submittedHiringIntentions > 0 || f.advisersOnTeam > 0 ? StepStatus.IN_PROGRESS : StepStatus.TODO),
  ADMINISTRATIVE_ENTRY: (f) => progress(f.sessionsWithEosNumber, f.sessions),
  GROUP_CONSTITUTION: (f) => progress(f.sessionsWithGroup, f.sessions, f.candidacies > 0),
  SESSION_START: (f) => (f.sessionsStarted > 0 && f.sessionsStarted >= f.sessions && f.admittedWithPathReferent >= f.admitted && f.admitted > 0
    ? StepStatus.DONE : f.sessionsStarted > 0 || f.admittedWithPathReferent > 0 ? StepStatus.IN_PROGRESS : StepStatus.TODO),
  SIGNATURE: (f) => progress(f.signedConventions, f.sessions, f.conventions > 0),
  FINAL_REVIEW: (f) => progress(f.reviewsHeld, f.sessions, f.reviewsScheduled > 0),
  CLOSURE: (f) => progress(f.closedSessions, f.sessions, f.attestations > 0),
  FOLLOW_UP: (f) => progress(f.followUpsReported, f.followUps),
  HIRING_INTENTIONS: (f) => (f.submittedHiringIntentions > 0 ? StepStatus.DONE : StepStatus.TODO),
  PURCHASE_ORDERS: (f) => progress(f.validatedPurchaseOrders, f.submittedHiringIntentions, f.requestedPurchaseOrders > 0),
  RECRUITMENT: (f) => (f.admitted > 0 ? StepStatus.DONE : f.candidacies > 0 || f.informationSessionsHeld > 0 ? StepStatus.IN_PROGRESS : StepStatus.TODO),
  GROUP_AND_START: (f) => (f.sessions > 0 && f.sessionsWithGroup >= f.sessions && f.sessionsStarted >= f.sessions ? StepStatus.DONE
    : f.sessionsWithGroup > 0 || f.sessionsStarted > 0 ? StepStatus.IN_PROGRESS : StepStatus.TODO),
  TRAINING: (f) => progress(f.sessionsEnded, f.sessions, f.sessionsStarted > 0 || f.immersions > 0 || f.intermediateReviewsHeld > 0),
} satisfies Record<string, (f: OperationFacts) => StepStatus>;

export type StepProgressCode = keyof typeof STEP_PROGRESS;
