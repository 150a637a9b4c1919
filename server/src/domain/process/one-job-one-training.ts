import { MeetingKind, ReviewKind } from "../vocabulary.js";
import type { ProcessDefinition } from "./process.js";

const NO_CONVENTION =
  "« 1 emploi = 1 formation » n'a pas de convention de partenariat : le conventionnement se fait uniquement avec l'organisme de formation au travers du bon de commande.";

/** « 1 emploi = 1 formation » (Pays de la Loire), in the order of its FAQ (seed 002). */
export const ONE_JOB_ONE_TRAINING_PROCESS: ProcessDefinition = {
  usesEos: false,
  reviewKinds: [ReviewKind.INTERMEDIATE, ReviewKind.FINAL],
  meetingKinds: [MeetingKind.INFORMATION_SESSION],
  absentBecause: {
    draftConvention: NO_CONVENTION,
    updateConvention: NO_CONVENTION,
    sendSignatureDateOptions: NO_CONVENTION,
    sendConventionDraft: NO_CONVENTION,
    forwardToCabinet: NO_CONVENTION,
    recordOfficialInvitations: NO_CONVENTION,
    sendSaveTheDate: NO_CONVENTION,
    signConvention: NO_CONVENTION,
    recordSignatureAttendance: NO_CONVENTION,
    issueConformityAttestation: "« 1 emploi = 1 formation » n'a pas d'attestation de conformité : la session se clôture après son bilan final.",
    requestDefiBonus: "Le programme « 1 emploi = 1 formation » ne prévoit pas de prime de fin de session.",
    acknowledgeDefiBonus: "Le programme « 1 emploi = 1 formation » ne prévoit pas de prime de fin de session.",
    payDefiBonus: "Le programme « 1 emploi = 1 formation » ne prévoit pas de prime de fin de session.",
  },
  steps: [
    {
      code: "HIRING_INTENTIONS", label: "Intentions d'embauche écrites", progress: "HIRING_INTENTIONS",
      endsWhen: "Au moins un employeur a fait part par écrit (courriel, courrier) de son intention d'embauche et des étapes auxquelles il participera.",
      actions: [
        { action: "createOperation" }, { action: "addTeamMember" }, { action: "removeTeamMember" },
        { action: "createTrainingSession" }, { action: "updateTrainingSession" },
        { action: "submitHiringIntention" }, { action: "withdrawHiringIntention" }, { action: "recordWithdrawalSolution" },
        { action: "grantDerogation" },
      ],
    },
    {
      code: "PURCHASE_ORDERS", label: "Bons de commande (chef de pôle, puis cheffe de service)", progress: "PURCHASE_ORDERS",
      endsWhen: "Chaque intention d'embauche a son bon de commande validé, servi dans l'ordre d'arrivée.",
      actions: [{ action: "requestPurchaseOrder" }, { action: "movePurchaseOrder" }],
    },
    {
      code: "RECRUITMENT", label: "Recrutement avec l'entreprise (réunions d'information, sélection)", progress: "RECRUITMENT",
      endsWhen: "Des candidats sont admis, leurs profils validés par France Travail, l'employeur et l'organisme de formation.",
      actions: [
        { action: "scheduleMeeting" }, { action: "recordMeeting" },
        { action: "proposeCandidate" }, { action: "moveCandidacy" }, { action: "validateProfile" },
      ],
    },
    {
      code: "GROUP_AND_START", label: "Groupe et démarrage", progress: "GROUP_AND_START",
      endsWhen: "Le groupe est constitué (5 stagiaires, moins si l'organisme l'accepte, 1 en entrées et sorties permanentes) et la session a démarré.",
      actions: [{ action: "pairTrainee" }, { action: "endPairing" }, { action: "constituteGroup" }, { action: "setPathReferent" }],
    },
    {
      code: "TRAINING", label: "Formation : immersions et bilan intermédiaire", progress: "TRAINING",
      endsWhen: "La formation est terminée ; les gestionnaires de la Région ont suivi la session et participé au bilan intermédiaire.",
      actions: [
        { action: "scheduleImmersion" }, { action: "debriefImmersion" },
        { action: "scheduleIntermediateReview" },
        { action: "recordIntermediateReview", requires: ["SESSION_RUNNING"] },
      ],
    },
    {
      code: "FINAL_REVIEW", label: "Bilan final avec l'entreprise et entretiens d'embauche", progress: "FINAL_REVIEW",
      endsWhen: "Le bilan final s'est tenu avec l'entreprise ; les résultats et les contrats de travail signés à l'issue sont renseignés.",
      actions: [
        { action: "scheduleReview" },
        { action: "recordReview", requires: ["SESSION_LAST_DAY_REACHED"] },
        { action: "recordReviewOutcome", requires: ["SESSION_LAST_DAY_REACHED", "FINAL_REVIEW_HELD"] },
      ],
    },
    {
      code: "FOLLOW_UP", label: "Suivi dans l'emploi", progress: "FOLLOW_UP",
      endsWhen: "Le suivi de chaque stagiaire à 3 et 6 mois est transmis à la Région (il se poursuit après la clôture).",
      actions: [{ action: "reportFollowUp", afterClosure: true }],
    },
    {
      code: "CLOSURE", label: "Clôture", progress: "CLOSURE",
      endsWhen: "La session est terminée, son bilan final tenu, et l'organisme de formation l'a clôturée.",
      actions: [{ action: "closeSession", requires: ["SESSION_ENDED", "FINAL_REVIEW_HELD"] }],
    },
  ],
};
