import "reflect-metadata";
import "../graphql/enums.js";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { AuthResolver } from "../modules/auth/auth.resolver.js";
import { CandidacyResolver } from "../modules/candidates/candidacy.resolver.js";
import { CandidateResolver } from "../modules/candidates/candidate.resolver.js";
import { ClosureResolver } from "../modules/closures/closure.resolver.js";
import { ConventionResolver, ConventionSignatoryResolver, SignatureResolver } from "../modules/conventions/convention.resolver.js";
import { EventResolver } from "../modules/events/event.resolver.js";
import { FollowUpResolver } from "../modules/follow-ups/follow-up.resolver.js";
import { HiringIntentionResolver } from "../modules/hiring-intentions/hiring-intention.resolver.js";
import { ImmersionResolver } from "../modules/immersions/immersion.resolver.js";
import { OperationResolver, TeamMembershipResolver } from "../modules/operations/operation.resolver.js";
import { OrganisationResolver, UserResolver } from "../modules/organisations/organisation.resolver.js";
import { ProgrammeResolver } from "../modules/organisations/programme.resolver.js";
import { PairingResolver } from "../modules/pairings/pairing.resolver.js";
import { PurchaseOrderResolver } from "../modules/purchase-orders/purchase-order.resolver.js";
import { ReviewOutcomeResolver, ReviewResolver } from "../modules/reviews/review.resolver.js";
import { TrainingSessionResolver } from "../modules/training-sessions/training-session.resolver.js";

export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver, OrganisationResolver, UserResolver, ProgrammeResolver, OperationResolver, TeamMembershipResolver,
  TrainingSessionResolver, HiringIntentionResolver, CandidateResolver, CandidacyResolver, PairingResolver,
  ConventionResolver, ConventionSignatoryResolver, SignatureResolver, ImmersionResolver, ReviewResolver,
  ReviewOutcomeResolver, FollowUpResolver, ClosureResolver, PurchaseOrderResolver, EventResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process (type-graphql's metadata is global). */
export function cordeeSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: { forbidUnknownValues: false } });
  return built;
}
