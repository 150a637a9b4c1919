import { MemberRole, ORGANISATION_KIND_LABELS, OrganisationKind } from "./kinds.js";

/** Who may do what, as the seeds name it. A Region action may further be reserved to some roles. */
export interface Permission {
  kinds: OrganisationKind[];
  regionRoles?: MemberRole[];
  label: string;
}

const OF = OrganisationKind.TRAINING_ORGANISATION;
const ML = OrganisationKind.MISSION_LOCALE;
const FT = OrganisationKind.FRANCE_TRAVAIL;
const COMPANY = OrganisationKind.COMPANY;
const REGION = OrganisationKind.REGION;
const RTF = [MemberRole.TERRITORIAL_REFERENT];
const MANAGEMENT_UNIT = [MemberRole.MANAGEMENT_UNIT];
/** The Region signs conventions through its elected representative (signature by delegation of the President). */
export const REGION_SIGNATORY_ROLES = [MemberRole.ELECTED_REPRESENTATIVE];

export const PERMISSIONS = {
  createOperation: { kinds: [REGION, OF], label: "créer une opération" },
  addTeamMember: { kinds: [REGION, OF], label: "ajouter un partenaire à l'équipe projet" },
  manageDirectory: { kinds: [REGION], label: "créer et modifier les organisations du territoire" },
  removeTeamMember: { kinds: [REGION, OF], label: "retirer un partenaire de l'équipe projet" },
  createTrainingSession: { kinds: [OF], label: "saisir une session de formation" },
  updateTrainingSession: { kinds: [OF], label: "modifier une session de formation" },
  submitHiringIntention: { kinds: [COMPANY, OF], label: "déposer une intention d'embauche (l'organisme de formation pour le compte de l'employeur, avec son écrit)" },
  grantDerogation: { kinds: [REGION], label: "accorder une dérogation de durée d'emploi" },
  withdrawHiringIntention: { kinds: [COMPANY, OF], label: "retirer une intention d'embauche (l'organisme de formation quand l'employeur le lui a dit)" },
  recordWithdrawalSolution: { kinds: [OF], label: "enregistrer la solution trouvée après un retrait" },
  proposeCandidate: { kinds: [ML, FT], label: "proposer un candidat" },
  validateProfile: { kinds: [FT, COMPANY, OF], label: "valider le profil d'un candidat" },
  pairTrainee: { kinds: [OF], label: "apparier un stagiaire et une entreprise" },
  endPairing: { kinds: [OF], label: "mettre fin à un appariement" },
  constituteGroup: { kinds: [OF], label: "constituer le groupe" },
  draftConvention: { kinds: [OF], label: "pré-rédiger la convention" },
  updateConvention: { kinds: [OF], label: "modifier la convention" },
  sendSignatureDateOptions: { kinds: [OF], label: "proposer les options de date de signature au RTF" },
  sendConventionDraft: { kinds: [OF], label: "transmettre le projet de convention et la fiche contact au RTF" },
  forwardToCabinet: { kinds: [REGION], regionRoles: RTF, label: "transmettre au Cabinet de la Région" },
  recordOfficialInvitations: { kinds: [REGION], regionRoles: RTF, label: "enregistrer l'envoi des invitations officielles" },
  sendSaveTheDate: { kinds: [OF], label: "envoyer le « save the date » aux signataires" },
  signConvention: { kinds: [OF, ML, FT, COMPANY, REGION], regionRoles: REGION_SIGNATORY_ROLES, label: "signer la convention" },
  recordSignatureAttendance: { kinds: [OF], label: "enregistrer les présents à la signature" },
  setPathReferent: { kinds: [OF], label: "désigner le référent de parcours d'un stagiaire" },
  scheduleMeeting: { kinds: [OF, REGION], label: "planifier une réunion de l'opération" },
  recordMeeting: { kinds: [OF, REGION], label: "renseigner une réunion tenue et ses présents" },
  scheduleImmersion: { kinds: [OF], label: "planifier une immersion" },
  debriefImmersion: { kinds: [OF], label: "débriefer une immersion" },
  scheduleReview: { kinds: [OF], label: "planifier le bilan final" },
  recordReview: { kinds: [OF], label: "renseigner le bilan final" },
  scheduleIntermediateReview: { kinds: [OF], label: "planifier un bilan intermédiaire" },
  recordIntermediateReview: { kinds: [OF], label: "renseigner un bilan intermédiaire" },
  recordReviewOutcome: { kinds: [OF], label: "renseigner le résultat d'un stagiaire au bilan" },
  reportFollowUp: { kinds: [OF], label: "rendre compte du suivi dans l'emploi" },
  issueConformityAttestation: { kinds: [REGION], regionRoles: RTF, label: "délivrer l'attestation de conformité" },
  requestDefiBonus: { kinds: [OF], label: "demander la prime DEFI" },
  acknowledgeDefiBonus: { kinds: [REGION], regionRoles: MANAGEMENT_UNIT, label: "accuser réception de la demande de prime DEFI" },
  payDefiBonus: { kinds: [REGION], regionRoles: MANAGEMENT_UNIT, label: "enregistrer le paiement de la prime DEFI" },
  closeSession: { kinds: [OF], label: "clôturer la session" },
  requestPurchaseOrder: { kinds: [OF], label: "demander un bon de commande" },
} satisfies Record<string, Permission>;

export type Action = keyof typeof PERMISSIONS;

const ROLE_LABELS: Record<MemberRole, string> = {
  MEMBER: "membre",
  TERRITORIAL_REFERENT: "référent territorial formation (RTF)",
  HEAD_OF_UNIT: "chef de pôle",
  HEAD_OF_SERVICE: "cheffe de service",
  MANAGEMENT_UNIT: "cellule de gestion",
  SESSION_MANAGER: "gestionnaire",
  ELECTED_REPRESENTATIVE: "élu·e signataire",
};

export function isAllowed(permission: Permission, kind: OrganisationKind, role: MemberRole): boolean {
  if (!permission.kinds.includes(kind)) return false;
  return kind !== OrganisationKind.REGION || !permission.regionRoles || permission.regionRoles.includes(role);
}

/** « Action réservée à : Organisme de formation » — who may do it, in the users' words. */
export function whoMay(permission: Permission): string {
  return permission.kinds
    .map((k) => (k === OrganisationKind.REGION && permission.regionRoles
      ? `${ORGANISATION_KIND_LABELS[k]} (${permission.regionRoles.map((r) => ROLE_LABELS[r]).join(" ou ")})`
      : ORGANISATION_KIND_LABELS[k]))
    .join(", ");
}
