import { MemberRole, OrganisationKind } from "./kinds.js";
import type { Permission } from "./permissions.js";
import { CandidacyStatus, PurchaseOrderStatus } from "./vocabulary.js";

/** A move of a state machine: from which states, to which, and who may make it. */
export interface Transition<S extends string> extends Permission {
  from: S[];
  to: S;
  /** a reason must be given (a refusal, a departure...) */
  needsReason?: boolean;
}

const OF = OrganisationKind.TRAINING_ORGANISATION;
const ADVISERS = [OrganisationKind.MISSION_LOCALE, OrganisationKind.FRANCE_TRAVAIL];
const C = CandidacyStatus;
const OPEN_CANDIDACY = [C.PROPOSED, C.INFORMATION_SESSION, C.SELECTION];

/** A candidate's path: proposed → information session → selection → admitted, or declined, withdrawn, left. */
export const CANDIDACY_TRANSITIONS: Transition<CandidacyStatus>[] = [
  { from: [C.PROPOSED], to: C.INFORMATION_SESSION, kinds: [OF, ...ADVISERS], label: "inviter à la réunion d'information" },
  { from: [C.PROPOSED, C.INFORMATION_SESSION], to: C.SELECTION, kinds: [OF], label: "retenir pour la sélection (MRS, PMSMP, visite d'entreprise)" },
  { from: [C.SELECTION], to: C.ADMITTED, kinds: [OF], label: "admettre en formation" },
  { from: OPEN_CANDIDACY, to: C.DECLINED, kinds: [OF, OrganisationKind.COMPANY], label: "ne pas retenir la candidature", needsReason: true },
  { from: OPEN_CANDIDACY, to: C.WITHDRAWN, kinds: ADVISERS, label: "retirer la candidature", needsReason: true },
  { from: [C.ADMITTED], to: C.LEFT, kinds: [OF], label: "enregistrer la sortie du stagiaire", needsReason: true },
];

const P = PurchaseOrderStatus;
const REGION = [OrganisationKind.REGION];

/** Purchase orders (1 emploi = 1 formation): chef de pôle, then cheffe de service; either may refuse. */
export const PURCHASE_ORDER_TRANSITIONS: Transition<PurchaseOrderStatus>[] = [
  { from: [P.QUEUED], to: P.VALIDATED_BY_HEAD_OF_UNIT, kinds: REGION, regionRoles: [MemberRole.HEAD_OF_UNIT], label: "valider le bon de commande (chef de pôle)" },
  { from: [P.VALIDATED_BY_HEAD_OF_UNIT], to: P.VALIDATED, kinds: REGION, regionRoles: [MemberRole.HEAD_OF_SERVICE], label: "valider le bon de commande (cheffe de service)" },
  { from: [P.QUEUED, P.VALIDATED_BY_HEAD_OF_UNIT], to: P.REFUSED, kinds: REGION, regionRoles: [MemberRole.HEAD_OF_UNIT, MemberRole.HEAD_OF_SERVICE], label: "refuser le bon de commande", needsReason: true },
];

export function findTransition<S extends string>(table: Transition<S>[], from: S, to: S): Transition<S> | undefined {
  return table.find((t) => t.to === to && t.from.includes(from));
}

export const CANDIDACY_STATUS_LABELS: Record<CandidacyStatus, string> = {
  PROPOSED: "proposé",
  INFORMATION_SESSION: "réunion d'information",
  SELECTION: "en sélection",
  ADMITTED: "admis en formation",
  DECLINED: "non retenu",
  WITHDRAWN: "retiré",
  LEFT: "sorti de formation",
};

export const PURCHASE_ORDER_STATUS_LABELS: Record<PurchaseOrderStatus, string> = {
  QUEUED: "en attente",
  VALIDATED_BY_HEAD_OF_UNIT: "validé par le chef de pôle",
  VALIDATED: "validé",
  REFUSED: "refusé",
  CANCELLED: "annulé (intention retirée)",
};
