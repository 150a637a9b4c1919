import { PERMISSIONS } from "../permissions.js";
import { DEFI_RULES, ONE_JOB_ONE_TRAINING_RULES } from "../programme-rules.js";
import { ProcurementRoute } from "../vocabulary.js";
import { DEFI_PROCESS } from "./defi.js";
import { ONE_JOB_ONE_TRAINING_PROCESS } from "./one-job-one-training.js";
import { actionRule, processSteps, refusal, type ProcessAction } from "./process.js";
import { StepStatus, type OperationFacts } from "./progress.js";
import type { SessionFacts } from "./requirements.js";

/** A DEFI session from 1 February to 30 June 2027, nothing done yet. */
const session = (facts: Partial<SessionFacts> = {}): SessionFacts => ({
  today: "2026-11-23", startDate: "2027-02-01", endDate: "2027-06-30", eosNumber: null,
  conventionSigned: false, finalReviewHeld: false, attestationIssued: false, bonusRequested: false, bonusAcknowledged: false, sessionClosed: false,
  ...facts,
});
const defi = (action: ProcessAction, facts: Partial<SessionFacts> = {}) => refusal(DEFI_PROCESS, "DEFI", action, session(facts));
const oneJob = (action: ProcessAction, facts: Partial<SessionFacts> = {}) => refusal(ONE_JOB_ONE_TRAINING_PROCESS, "1 emploi = 1 formation", action, session(facts));

const noFacts: OperationFacts = {
  procurementRoute: ProcurementRoute.FREF_CALL_FOR_TENDERS, sessions: 0, sessionsWithEosNumber: 0, submittedHiringIntentions: 0, requestedPurchaseOrders: 0,
  validatedPurchaseOrders: 0, preparatoryMeetingsHeld: 0, informationSessionsHeld: 0, advisersOnTeam: 0, candidacies: 0, admitted: 0,
  admittedWithPathReferent: 0, sessionsWithGroup: 0, sessionsStarted: 0, sessionsEnded: 0, immersions: 0, intermediateReviewsHeld: 0,
  conventions: 0, signedConventions: 0, reviewsScheduled: 0, reviewsHeld: 0, attestations: 0, closedSessions: 0, followUps: 0, followUpsReported: 0,
};
const statuses = (process = DEFI_PROCESS, facts: Partial<OperationFacts> = {}) =>
  Object.fromEntries(processSteps(process, { ...noFacts, ...facts }).map((s) => [s.code, s.status]));

describe("each programme is its own process", () => {
  it("DEFI: the nine steps of the process sheet, in order, then the follow-up", () => {
    expect(processSteps(DEFI_PROCESS, noFacts).map((s) => `${s.number}. ${s.code}`)).toEqual([
      "1. CALL_FOR_TENDERS", "2. TRAINING_ENGINEERING", "3. PREPARATORY_MEETING", "4. ADMINISTRATIVE_ENTRY", "5. GROUP_CONSTITUTION",
      "6. SESSION_START", "7. SIGNATURE", "8. REVIEW", "9. CLOSURE", "10. FOLLOW_UP",
    ]);
  });

  it("1 emploi = 1 formation: the FAQ's own order, with no convention and no EOS step", () => {
    expect(processSteps(ONE_JOB_ONE_TRAINING_PROCESS, noFacts).map((s) => s.code)).toEqual([
      "HIRING_INTENTIONS", "PURCHASE_ORDERS", "RECRUITMENT", "GROUP_AND_START", "TRAINING", "FINAL_REVIEW", "FOLLOW_UP", "CLOSURE",
    ]);
    expect(ONE_JOB_ONE_TRAINING_PROCESS.usesEos).toBe(false);
    for (const action of ["draftConvention", "signConvention", "sendSignatureDateOptions", "issueConformityAttestation", "requestDefiBonus"] as const) {
      expect(actionRule(ONE_JOB_ONE_TRAINING_PROCESS, action)).toBeUndefined();
    }
  });

  it("is stored with the programme's rules", () => {
    expect(DEFI_RULES.process).toBe(DEFI_PROCESS);
    expect(ONE_JOB_ONE_TRAINING_RULES.process).toBe(ONE_JOB_ONE_TRAINING_PROCESS);
    expect(JSON.parse(JSON.stringify(DEFI_RULES.process))).toEqual(DEFI_PROCESS);
  });

  it("names only actions that exist, each in one step, and says who acts in each step", () => {
    for (const process of [DEFI_PROCESS, ONE_JOB_ONE_TRAINING_PROCESS]) {
      const actions = process.steps.flatMap((s) => s.actions.map((a) => a.action));
      expect(new Set(actions).size).toBe(actions.length);
      for (const action of actions) expect(action in PERMISSIONS || action === "moveCandidacy" || action === "movePurchaseOrder").toBe(true);
      for (const step of processSteps(process, noFacts)) expect(step.actors.length).toBeGreaterThan(0);
    }
  });

  it("refuses an action the programme does not have, saying why", () => {
    expect(oneJob("draftConvention")).toEqual({ code: "NOT_IN_PROGRAMME", message: expect.stringMatching(/conventionnement se fait uniquement avec l'organisme de formation au travers du bon de commande/) });
    expect(oneJob("issueConformityAttestation")?.code).toBe("NOT_IN_PROGRAMME");
    expect(defi("requestPurchaseOrder")?.code).toBe("NOT_IN_PROGRAMME");
    expect(defi("grantDerogation")?.message).toMatch(/places complémentaires/);
    expect(defi("recordIntermediateReview")?.code).toBe("NOT_IN_PROGRAMME");
  });
});

describe("time is part of every rule", () => {
  it("the final review: not before the session's last day", () => {
    expect(defi("recordReview", { today: "2027-06-29" })).toEqual({ code: "SESSION_NOT_ENDED", message: "Renseigner le bilan final : pas avant le dernier jour de la session (mercredi 30 juin 2027)." });
    expect(defi("recordReview", { today: "2027-06-30" })).toBeNull();
    expect(oneJob("recordReview", { today: "2027-06-29" })?.code).toBe("SESSION_NOT_ENDED");
  });

  it("1E1F's intermediate review happens during the training", () => {
    expect(oneJob("recordIntermediateReview", { today: "2027-01-31" })?.code).toBe("SESSION_NOT_RUNNING");
    expect(oneJob("recordIntermediateReview", { today: "2027-02-01" })).toBeNull();
    expect(oneJob("recordIntermediateReview", { today: "2027-06-30" })).toBeNull();
    expect(oneJob("recordIntermediateReview", { today: "2027-07-01" })?.code).toBe("SESSION_NOT_RUNNING");
  });

  it("the conformity attestation: after the session ended, its review held and its convention signed", () => {
    const ready = { today: "2027-07-01", finalReviewHeld: true, conventionSigned: true };
    expect(defi("issueConformityAttestation", { ...ready, today: "2027-06-30" })?.code).toBe("SESSION_NOT_ENDED");
    expect(defi("issueConformityAttestation", { ...ready, finalReviewHeld: false })?.code).toBe("REVIEW_REQUIRED");
    expect(defi("issueConformityAttestation", { ...ready, conventionSigned: false })?.code).toBe("CONVENTION_NOT_SIGNED");
    expect(defi("issueConformityAttestation", ready)).toBeNull();
  });

  it("the bonus comes with the attestation; the management unit acknowledges, then pays", () => {
    expect(defi("requestDefiBonus")?.code).toBe("ATTESTATION_REQUIRED");
    expect(defi("requestDefiBonus", { attestationIssued: true })).toBeNull();
    expect(defi("acknowledgeDefiBonus")?.code).toBe("BONUS_NOT_REQUESTED");
    expect(defi("payDefiBonus", { bonusRequested: true })?.code).toBe("BONUS_NOT_ACKNOWLEDGED");
    expect(defi("payDefiBonus", { bonusRequested: true, bonusAcknowledged: true, sessionClosed: true })).toBeNull();
  });

  it("closure: after the session's end and its prerequisites (DEFI: signed convention and attestation; 1E1F: final review)", () => {
    expect(defi("closeSession", { today: "2027-06-30", finalReviewHeld: true, conventionSigned: true, attestationIssued: true })?.code).toBe("SESSION_NOT_ENDED");
    expect(defi("closeSession", { today: "2027-07-01", finalReviewHeld: true, conventionSigned: true })?.code).toBe("ATTESTATION_REQUIRED");
    expect(defi("closeSession", { today: "2027-07-01", finalReviewHeld: true, conventionSigned: true, attestationIssued: true })).toBeNull();
    expect(oneJob("closeSession", { today: "2027-07-01" })?.code).toBe("REVIEW_REQUIRED");
    expect(oneJob("closeSession", { today: "2027-07-01", finalReviewHeld: true })).toBeNull();
  });

  it("J-28 date options and the J-20 draft carry the session's EOS entry", () => {
    expect(defi("sendSignatureDateOptions")).toEqual({ code: "EOS_ENTRY_REQUIRED", message: expect.stringContaining("numéro EOS") });
    expect(defi("sendSignatureDateOptions", { eosNumber: "EOS-2027-0142" })).toBeNull();
  });

  it("after closure, only the follow-ups and the bonus payment go on", () => {
    const closed = { today: "2027-10-01", sessionClosed: true, bonusRequested: true, bonusAcknowledged: true };
    expect(defi("reportFollowUp", closed)).toBeNull();
    expect(defi("payDefiBonus", closed)).toBeNull();
    for (const action of ["proposeCandidate", "recordReview", "scheduleImmersion", "closeSession", "updateTrainingSession", "signConvention"] as const) {
      expect([action, defi(action, closed)?.code]).toEqual([action, "SESSION_CLOSED"]);
    }
    expect(oneJob("reportFollowUp", closed)).toBeNull();
    expect(oneJob("pairTrainee", closed)?.code).toBe("SESSION_CLOSED");
  });
});

describe("step statuses, from the operation's facts", () => {
  it("DEFI: no call for tenders when a PRF market covers the need", () => {
    expect(statuses(DEFI_PROCESS, { procurementRoute: ProcurementRoute.PRF_MARKET }).CALL_FOR_TENDERS).toBe(StepStatus.NOT_APPLICABLE);
    expect(statuses(DEFI_PROCESS, { procurementRoute: ProcurementRoute.FREF_CALL_FOR_TENDERS }).CALL_FOR_TENDERS).toBe(StepStatus.DONE);
  });

  it("DEFI: the preparatory meeting is done once held; the start once every trainee has a path referent", () => {
    expect(statuses(DEFI_PROCESS, { advisersOnTeam: 1 }).PREPARATORY_MEETING).toBe(StepStatus.IN_PROGRESS);
    expect(statuses(DEFI_PROCESS, { preparatoryMeetingsHeld: 1 }).PREPARATORY_MEETING).toBe(StepStatus.DONE);
    expect(statuses(DEFI_PROCESS, { sessions: 1, sessionsStarted: 1, admitted: 3, admittedWithPathReferent: 2 }).SESSION_START).toBe(StepStatus.IN_PROGRESS);
    expect(statuses(DEFI_PROCESS, { sessions: 1, sessionsStarted: 1, admitted: 3, admittedWithPathReferent: 3 }).SESSION_START).toBe(StepStatus.DONE);
  });

  it("1E1F: purchase orders done when every standing intention has its validated order; training done when the session ended", () => {
    const oneJobStatus = (facts: Partial<OperationFacts>) => statuses(ONE_JOB_ONE_TRAINING_PROCESS, { procurementRoute: ProcurementRoute.PURCHASE_ORDER, ...facts });
    expect(oneJobStatus({ submittedHiringIntentions: 2, requestedPurchaseOrders: 2, validatedPurchaseOrders: 1 }).PURCHASE_ORDERS).toBe(StepStatus.IN_PROGRESS);
    expect(oneJobStatus({ submittedHiringIntentions: 2, requestedPurchaseOrders: 2, validatedPurchaseOrders: 2 }).PURCHASE_ORDERS).toBe(StepStatus.DONE);
    expect(oneJobStatus({ sessions: 1, sessionsStarted: 1 }).TRAINING).toBe(StepStatus.IN_PROGRESS);
    expect(oneJobStatus({ sessions: 1, sessionsStarted: 1, sessionsEnded: 1 }).TRAINING).toBe(StepStatus.DONE);
    expect(oneJobStatus({ followUps: 4, followUpsReported: 2 }).FOLLOW_UP).toBe(StepStatus.IN_PROGRESS);
  });
});
