import type { CockpitOperationQuery } from "../../../generated/gql/graphql";

/** The operation as the cockpit reads it (one query, every section draws from it). */
export type CockpitOperation = NonNullable<CockpitOperationQuery["operation"]>;
export type CockpitRules = NonNullable<CockpitOperation["programme"]>["rules"];
export type CockpitSession = CockpitOperation["trainingSessions"][number];
export type CockpitCandidacy = CockpitSession["candidacies"][number];
export type CockpitConvention = NonNullable<CockpitSession["convention"]>;
export type CockpitReview = CockpitSession["reviews"][number];
export type CockpitFollowUp = CockpitCandidacy["followUps"][number];
export type CockpitHiringIntention = CockpitSession["hiringIntentions"][number];
export type CockpitMeeting = CockpitOperation["meetings"][number];
export type CockpitTeam = CockpitOperation["team"];

/** Organisations on the active project team (past members left out), optionally of one kind. */
export function activeTeam(team: CockpitTeam, kind?: string): { id: string; name: string; kind: string }[] {
  return team
    .filter((m) => !m.leftAt && (!kind || m.organisation?.kind === kind))
    .flatMap((m) => (m.organisation ? [m.organisation] : []));
}

export type CockpitPurchaseOrder = CockpitOperation["purchaseOrders"][number];

/**
 * Each hiring intention's current purchase order: the latest requested (a refused or cancelled
 * order may be requested again, as a new order). Read from the operation's orders, which come in
 * order of arrival.
 */
export function currentOrders(operation: CockpitOperation): Map<string, CockpitPurchaseOrder> {
  const byIntention = new Map<string, CockpitPurchaseOrder>();
  const ordered = [...operation.purchaseOrders].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  for (const order of ordered) if (order.hiringIntention) byIntention.set(order.hiringIntention.id, order);
  return byIntention;
}
