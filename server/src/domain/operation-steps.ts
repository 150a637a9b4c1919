import { ProcurementRoute } from "./vocabulary.js";

export enum StepStatus {
  TODO = "TODO",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
  NOT_APPLICABLE = "NOT_APPLICABLE",
}

/** What the nine steps' status is computed from: counts over the operation's data. */
export interface OperationFacts {
  procurementRoute: ProcurementRoute;
  requestedPurchaseOrders: number;
  validatedPurchaseOrders: number;
  sessions: number;
  sessionsWithEosNumber: number;
  submittedHiringIntentions: number;
  advisersOnTeam: number;
  candidacies: number;
  sessionsWithGroup: number;
  sessionsStarted: number;
  conventions: number;
  signedConventions: number;
  reviewsScheduled: number;
  reviewsHeld: number;
  attestations: number;
  closedSessions: number;
}

export interface OperationStep {
  number: number;
  code: string;
  label: string;
  status: StepStatus;
}

const progress = (done: number, total: number, started = done > 0): StepStatus =>
  total > 0 && done >= total ? StepStatus.DONE : started ? StepStatus.IN_PROGRESS : StepStatus.TODO;

/** The nine steps of the DEFI process sheet, each with a status computed from the data. */
export function operationSteps(f: OperationFacts): OperationStep[] {
  const tender =
    f.procurementRoute === ProcurementRoute.PRF_MARKET ? StepStatus.NOT_APPLICABLE
      : f.procurementRoute === ProcurementRoute.PURCHASE_ORDER ? progress(f.validatedPurchaseOrders, f.submittedHiringIntentions, f.requestedPurchaseOrders + f.validatedPurchaseOrders > 0)
        : StepStatus.DONE;
  const steps: [string, string, StepStatus][] = [
    ["CALL_FOR_TENDERS", f.procurementRoute === ProcurementRoute.PURCHASE_ORDER ? "Bons de commande" : "Appel d'offres", tender],
    ["TRAINING_ENGINEERING", "Ingénierie de formation", f.sessions > 0 ? StepStatus.DONE : StepStatus.TODO],
    ["PREPARATORY_MEETING", "Réunion préparatoire et processus de recrutement",
      f.submittedHiringIntentions > 0 && f.advisersOnTeam > 0 ? (f.candidacies > 0 ? StepStatus.DONE : StepStatus.IN_PROGRESS) : f.submittedHiringIntentions > 0 || f.advisersOnTeam > 0 ? StepStatus.IN_PROGRESS : StepStatus.TODO],
    ["ADMINISTRATIVE_ENTRY", "Saisie administrative de la session (EOS)", progress(f.sessionsWithEosNumber, f.sessions)],
    ["GROUP_CONSTITUTION", "Constitution du groupe et appairage", progress(f.sessionsWithGroup, f.sessions, f.candidacies > 0)],
    ["SESSION_START", "Démarrage de la session", progress(f.sessionsStarted, f.sessions)],
    ["SIGNATURE", "Organisation de la signature", progress(f.signedConventions, f.sessions, f.conventions > 0)],
    ["REVIEW", "Bilan avec l'équipe projet", progress(f.reviewsHeld, f.sessions, f.reviewsScheduled > 0)],
    ["CLOSURE", "Clôture", progress(f.closedSessions, f.sessions, f.attestations > 0)],
  ];
  return steps.map(([code, label, status], i) => ({ number: i + 1, code, label, status }));
}
