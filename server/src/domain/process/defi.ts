import { MeetingKind, ReviewKind } from "../vocabulary.js";
import type { ProcessDefinition } from "./process.js";

/** DEFI (Centre-Val de Loire): the nine steps of the process sheet (seed 000), then the 3- and 6-month follow-up. */
export const DEFI_PROCESS: ProcessDefinition = {
  usesEos: true,
  reviewKinds: [ReviewKind.FINAL],
  meetingKinds: [MeetingKind.PREPARATORY_MEETING, MeetingKind.INFORMATION_SESSION, MeetingKind.STEERING_COMMITTEE],
  absentBecause: {
    requestPurchaseOrder: "DEFI ne fonctionne pas par bons de commande : la session relève d'un marché PRF, d'un appel d'offres FREF ou d'un marché subséquent.",
    movePurchaseOrder: "DEFI ne fonctionne pas par bons de commande.",
    grantDerogation: "DEFI ne prévoit pas de dérogation de durée : un emploi non durable peut occuper une place financée, seules les places complémentaires exigent un emploi durable.",
    scheduleIntermediateReview: "DEFI prévoit un bilan avec toute l'équipe projet à la fin de la session, pas de bilan intermédiaire.",
    recordIntermediateReview: "DEFI prévoit un bilan avec toute l'équipe projet à la fin de la session, pas de bilan intermédiaire.",
  },
  steps: [
    {
      code: "CALL_FOR_TENDERS", label: "Appel d'offres", progress: "CALL_FOR_TENDERS",
      endsWhen: "Le marché est connu à la création de l'opération : marché PRF existant (sans appel d'offres), FREF ou marché subséquent.",
      actions: [{ action: "createOperation" }],
    },
    {
      code: "TRAINING_ENGINEERING", label: "Ingénierie de formation", progress: "TRAINING_ENGINEERING",
      endsWhen: "L'organisme de formation a conçu la session, ajustée aux besoins des entreprises.",
      actions: [{ action: "createTrainingSession" }, { action: "addTeamMember" }, { action: "removeTeamMember" }],
    },
    {
      code: "PREPARATORY_MEETING", label: "Réunion préparatoire et processus de recrutement", progress: "PREPARATORY_MEETING",
      endsWhen: "La réunion préparatoire avec les orienteurs et les entreprises engagées s'est tenue.",
      actions: [
        { action: "scheduleMeeting" }, { action: "recordMeeting" },
        { action: "submitHiringIntention" }, { action: "withdrawHiringIntention" }, { action: "recordWithdrawalSolution" },
      ],
    },
    {
      code: "ADMINISTRATIVE_ENTRY", label: "Saisie administrative de la session (EOS)", progress: "ADMINISTRATIVE_ENTRY",
      endsWhen: "Chaque session a son numéro EOS (durées, dates, effectif, case DEFI cochée).",
      actions: [{ action: "updateTrainingSession" }],
    },
    {
      code: "GROUP_CONSTITUTION", label: "Constitution du groupe et appairage", progress: "GROUP_CONSTITUTION",
      endsWhen: "Le groupe est constitué : le seuil DEFI de stagiaires appariés à une entreprise est atteint.",
      actions: [
        { action: "proposeCandidate" }, { action: "moveCandidacy" }, { action: "validateProfile" },
        { action: "pairTrainee" }, { action: "endPairing" }, { action: "constituteGroup" },
      ],
    },
    {
      code: "SESSION_START", label: "Démarrage de la session", progress: "SESSION_START",
      endsWhen: "La session a démarré et chaque stagiaire a son référent de parcours.",
      actions: [
        { action: "setPathReferent" },
        { action: "scheduleImmersion" },
        { action: "debriefImmersion" },
      ],
    },
    {
      code: "SIGNATURE", label: "Organisation de la signature", progress: "SIGNATURE",
      endsWhen: "Tous les signataires ont signé la convention, pendant la formation ou le jour prévu avant son démarrage.",
      actions: [
        { action: "draftConvention" }, { action: "updateConvention" },
        { action: "sendSignatureDateOptions", requires: ["EOS_ENTERED"] },
        { action: "sendConventionDraft", requires: ["EOS_ENTERED"] },
        { action: "forwardToCabinet" }, { action: "recordOfficialInvitations" }, { action: "sendSaveTheDate" },
        { action: "signConvention" }, { action: "recordSignatureAttendance" },
      ],
    },
    {
      code: "REVIEW", label: "Bilan avec l'équipe projet", progress: "FINAL_REVIEW",
      endsWhen: "Le bilan s'est tenu à la fin de la session : aspects qualitatifs, certifications, contrats de travail.",
      actions: [
        { action: "scheduleReview" },
        { action: "recordReview", requires: ["SESSION_LAST_DAY_REACHED"] },
        { action: "recordReviewOutcome", requires: ["SESSION_LAST_DAY_REACHED", "FINAL_REVIEW_HELD"] },
      ],
    },
    {
      code: "CLOSURE", label: "Clôture", progress: "CLOSURE",
      endsWhen: "Attestation de conformité du RTF, demande de prime DEFI avec l'attestation, session clôturée.",
      actions: [
        { action: "issueConformityAttestation", requires: ["SESSION_ENDED", "FINAL_REVIEW_HELD", "CONVENTION_SIGNED"] },
        { action: "requestDefiBonus", requires: ["ATTESTATION_ISSUED"] },
        { action: "acknowledgeDefiBonus", requires: ["BONUS_REQUESTED"], afterClosure: true },
        { action: "payDefiBonus", requires: ["BONUS_ACKNOWLEDGED"], afterClosure: true },
        { action: "closeSession", requires: ["SESSION_ENDED", "FINAL_REVIEW_HELD", "CONVENTION_SIGNED", "ATTESTATION_ISSUED"] },
      ],
    },
    {
      code: "FOLLOW_UP", label: "Suivi dans l'emploi à 3 et 6 mois", progress: "FOLLOW_UP",
      endsWhen: "Le suivi de chaque stagiaire à 3 et 6 mois après la fin est transmis à la Région (il se poursuit après la clôture).",
      actions: [{ action: "reportFollowUp", afterClosure: true }],
    },
  ],
};
