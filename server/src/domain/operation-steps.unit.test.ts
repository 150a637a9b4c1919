import { operationSteps, StepStatus, type OperationFacts } from "./operation-steps.js";
import { ProcurementRoute } from "./vocabulary.js";

const none: OperationFacts = {
  procurementRoute: ProcurementRoute.FREF_CALL_FOR_TENDERS, requestedPurchaseOrders: 0, validatedPurchaseOrders: 0, sessions: 0, sessionsWithEosNumber: 0,
  submittedHiringIntentions: 0, advisersOnTeam: 0, candidacies: 0, sessionsWithGroup: 0, sessionsStarted: 0, conventions: 0,
  signedConventions: 0, reviewsScheduled: 0, reviewsHeld: 0, attestations: 0, closedSessions: 0,
};
const status = (facts: Partial<OperationFacts>) => Object.fromEntries(operationSteps({ ...none, ...facts }).map((s) => [s.code, s.status]));

describe("the nine steps of an operation", () => {
  it("lists the nine steps of the process sheet in order", () => {
    expect(operationSteps(none).map((s) => `${s.number}. ${s.code}`)).toEqual([
      "1. CALL_FOR_TENDERS", "2. TRAINING_ENGINEERING", "3. PREPARATORY_MEETING", "4. ADMINISTRATIVE_ENTRY", "5. GROUP_CONSTITUTION",
      "6. SESSION_START", "7. SIGNATURE", "8. REVIEW", "9. CLOSURE",
    ]);
  });

  it("needs no call for tenders when an existing PRF market covers the need", () => {
    expect(status({ procurementRoute: ProcurementRoute.PRF_MARKET }).CALL_FOR_TENDERS).toBe(StepStatus.NOT_APPLICABLE);
    expect(status({ procurementRoute: ProcurementRoute.FREF_CALL_FOR_TENDERS }).CALL_FOR_TENDERS).toBe(StepStatus.DONE);
  });

  it("counts purchase orders validated against hiring intentions (1 emploi = 1 formation)", () => {
    const route = ProcurementRoute.PURCHASE_ORDER;
    expect(status({ procurementRoute: route, submittedHiringIntentions: 2 }).CALL_FOR_TENDERS).toBe(StepStatus.TODO);
    expect(status({ procurementRoute: route, submittedHiringIntentions: 2, requestedPurchaseOrders: 1 }).CALL_FOR_TENDERS).toBe(StepStatus.IN_PROGRESS);
    expect(status({ procurementRoute: route, submittedHiringIntentions: 2, validatedPurchaseOrders: 1 }).CALL_FOR_TENDERS).toBe(StepStatus.IN_PROGRESS);
    expect(status({ procurementRoute: route, submittedHiringIntentions: 2, validatedPurchaseOrders: 2 }).CALL_FOR_TENDERS).toBe(StepStatus.DONE);
  });

  it("marks group constitution done only when every session's group is constituted", () => {
    expect(status({ sessions: 2, candidacies: 5, sessionsWithGroup: 1 }).GROUP_CONSTITUTION).toBe(StepStatus.IN_PROGRESS);
    expect(status({ sessions: 2, candidacies: 5, sessionsWithGroup: 2 }).GROUP_CONSTITUTION).toBe(StepStatus.DONE);
    expect(status({ sessions: 1 }).GROUP_CONSTITUTION).toBe(StepStatus.TODO);
  });

  it("follows signature, review and closure from the data", () => {
    const s = status({ sessions: 1, conventions: 1, signedConventions: 0, reviewsScheduled: 1, attestations: 1 });
    expect([s.SIGNATURE, s.REVIEW, s.CLOSURE]).toEqual([StepStatus.IN_PROGRESS, StepStatus.IN_PROGRESS, StepStatus.IN_PROGRESS]);
    const done = status({ sessions: 1, conventions: 1, signedConventions: 1, reviewsHeld: 1, closedSessions: 1 });
    expect([done.SIGNATURE, done.REVIEW, done.CLOSURE]).toEqual([StepStatus.DONE, StepStatus.DONE, StepStatus.DONE]);
  });
});
