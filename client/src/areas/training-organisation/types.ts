import type { CockpitOperationQuery } from "../../../generated/gql/graphql";

/** The operation as the cockpit reads it (one query, every section draws from it). */
export type CockpitOperation = NonNullable<CockpitOperationQuery["operation"]>;
export type CockpitSession = CockpitOperation["trainingSessions"][number];
export type CockpitCandidacy = CockpitSession["candidacies"][number];
export type CockpitConvention = NonNullable<CockpitSession["convention"]>;
export type CockpitReview = CockpitSession["reviews"][number];
export type CockpitFollowUp = CockpitCandidacy["followUps"][number];
export type CockpitHiringIntention = CockpitSession["hiringIntentions"][number];
