import "reflect-metadata";
import "../graphql/enums.js";
import type { GraphQLSchema } from "graphql";
import { createPubSub } from "@graphql-yoga/subscription";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { guardInputs } from "../graphql/input-guard.js";
import { AuthResolver } from "../modules/auth/auth.resolver.js";
import { CandidacyResolver } from "../modules/candidates/candidacy.resolver.js";
import { CandidateResolver } from "../modules/candidates/candidate.resolver.js";
import { ClosureResolver } from "../modules/closures/closure.resolver.js";
import { ConventionResolver, ConventionSignatoryResolver, SignatureResolver } from "../modules/conventions/convention.resolver.js";
import { ConventionDocumentsResolver, DocumentVersionResolver } from "../modules/conventions/convention-documents.resolver.js";
import { EventResolver } from "../modules/events/event.resolver.js";
import { EventSubscriptions } from "../modules/events/event.subscriptions.js";
import { NotificationResolver } from "../modules/notifications/notification.resolver.js";
import { TaskResolver } from "../modules/tasks/tasks.resolver.js";
import { FollowUpResolver } from "../modules/follow-ups/follow-up.resolver.js";
import { AttachmentResolver, HiringIntentionResolver } from "../modules/hiring-intentions/hiring-intention.resolver.js";
import { OperationStepsResolver } from "../modules/operations/operation-steps.resolver.js";
import { ImmersionResolver } from "../modules/immersions/immersion.resolver.js";
import { OperationResolver, TeamMembershipResolver } from "../modules/operations/operation.resolver.js";
import { OrganisationMutations } from "../modules/organisations/organisation.mutations.js";
import { OrganisationResolver, UserResolver } from "../modules/organisations/organisation.resolver.js";
import { AccountResolver } from "../modules/people/account.resolver.js";
import { InvitationResolver } from "../modules/people/invitation.resolver.js";
import { MemberResolver } from "../modules/people/member.resolver.js";
import { ProgrammeResolver } from "../modules/organisations/programme.resolver.js";
import { PairingResolver } from "../modules/pairings/pairing.resolver.js";
import { PurchaseOrderResolver } from "../modules/purchase-orders/purchase-order.resolver.js";
import { ReviewOutcomeResolver, ReviewResolver } from "../modules/reviews/review.resolver.js";
import { TrainingSessionResolver } from "../modules/training-sessions/training-session.resolver.js";
import { OperationMutations } from "../modules/operations/operation.mutations.js";
import { TrainingSessionMutations } from "../modules/training-sessions/training-session.mutations.js";
import { HiringIntentionMutations } from "../modules/hiring-intentions/hiring-intention.mutations.js";
import { CandidacyMutations } from "../modules/candidates/candidacy.mutations.js";
import { ConventionMutations } from "../modules/conventions/convention.mutations.js";
import { ImmersionMutations } from "../modules/immersions/immersion.mutations.js";
import { ReviewMutations } from "../modules/reviews/review.mutations.js";
import { FollowUpMutations } from "../modules/follow-ups/follow-up.mutations.js";
import { ClosureMutations } from "../modules/closures/closure.mutations.js";
import { MeetingMutations } from "../modules/meetings/meeting.mutations.js";
import { TodayResolver } from "../modules/calendar/today.resolver.js";
import { MeetingResolver, OperationMeetingsResolver } from "../modules/meetings/meeting.resolver.js";
import { PurchaseOrderMutations } from "../modules/purchase-orders/purchase-order.mutations.js";
import { InsertionReportResolver } from "../modules/reporting/insertion-report.resolver.js";
import { ConventionCalendarResolver, MeetingCalendarResolver, ReviewCalendarResolver } from "../modules/calendar/calendar-url.resolver.js";
import { RescheduleMutations } from "../modules/calendar/reschedule.mutations.js";
import { NotificationPreferenceResolver } from "../modules/notifications/preference.resolver.js";

export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver, OrganisationResolver, OrganisationMutations, UserResolver, InvitationResolver, AccountResolver, MemberResolver, ProgrammeResolver, OperationResolver, TeamMembershipResolver,
  TrainingSessionResolver, HiringIntentionResolver, CandidateResolver, CandidacyResolver, PairingResolver,
  ConventionResolver, ConventionSignatoryResolver, SignatureResolver, ImmersionResolver, ReviewResolver,
  ReviewOutcomeResolver, FollowUpResolver, ClosureResolver, PurchaseOrderResolver, EventResolver,
  AttachmentResolver, OperationStepsResolver, EventSubscriptions, NotificationResolver, TaskResolver,
  OperationMutations, TrainingSessionMutations, HiringIntentionMutations, CandidacyMutations, ConventionMutations,
  ImmersionMutations, ReviewMutations, FollowUpMutations, ClosureMutations, PurchaseOrderMutations,
  MeetingMutations, MeetingResolver, OperationMeetingsResolver, TodayResolver, InsertionReportResolver,
  ConventionDocumentsResolver, DocumentVersionResolver,
  NotificationPreferenceResolver, MeetingCalendarResolver, ReviewCalendarResolver, ConventionCalendarResolver, RescheduleMutations,
];

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process (type-graphql's metadata is global), every ID and list argument checked. */
export function cordeeSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    // type-graphql requires a pubSub even though every subscription brings its own stream
    // (realtime/event-stream.ts, fed by the JournalBus); this one is never published to.
    pubSub: createPubSub(),
  }).then(guardInputs);
  return built;
}
