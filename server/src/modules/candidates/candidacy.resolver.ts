import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { CandidacyStatus } from "../../domain/vocabulary.js";
import { Candidacy } from "../../entities/candidacy.js";
import { Candidate } from "../../entities/candidate.js";
import { FollowUp } from "../../entities/follow-up.js";
import { HiringIntention } from "../../entities/hiring-intention.js";
import { Immersion } from "../../entities/immersion.js";
import { Organisation } from "../../entities/organisation.js";
import { Pairing } from "../../entities/pairing.js";
import { ReviewOutcome } from "../../entities/review-outcome.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";

export const CandidacyPage = PageOf(Candidacy);

@Resolver(() => Candidacy)
export class CandidacyResolver {
  @Query(() => CandidacyPage, { description: "Candidacies the viewer may see in full (others appear only as counts)" })
  candidacies(
    @Args() page: PageArgs,
    @Arg("trainingSessionId", () => ID, { nullable: true }) trainingSessionId: string | null,
    @Arg("status", () => CandidacyStatus, { nullable: true }) status: CandidacyStatus | null,
    @Ctx() ctx: Context,
  ) {
    return authenticated(ctx).reader.page(Candidacy, { ...page, filter: { trainingSessionId, status }, orderBy: "createdAt" });
  }

  @Query(() => Candidacy, { nullable: true })
  candidacy(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Candidacy, id);
  }

  @FieldResolver(() => Candidate, { nullable: true })
  candidate(@Root() c: Candidacy, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Candidate, c.candidateId);
  }

  @FieldResolver(() => TrainingSession, { nullable: true })
  trainingSession(@Root() c: Candidacy, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(TrainingSession, c.trainingSessionId);
  }

  @FieldResolver(() => HiringIntention, { nullable: true })
  hiringIntention(@Root() c: Candidacy, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(HiringIntention, c.hiringIntentionId);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  proposedBy(@Root() c: Candidacy, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, c.proposedByOrganisationId);
  }

  @FieldResolver(() => [Pairing])
  pairings(@Root() c: Candidacy, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(Pairing, "candidacyId", c.id, "pairedAt");
  }

  @FieldResolver(() => [Immersion])
  immersions(@Root() c: Candidacy, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(Immersion, "candidacyId", c.id, "startDate");
  }

  @FieldResolver(() => [ReviewOutcome])
  reviewOutcomes(@Root() c: Candidacy, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(ReviewOutcome, "candidacyId", c.id);
  }

  @FieldResolver(() => [FollowUp])
  followUps(@Root() c: Candidacy, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(FollowUp, "candidacyId", c.id, "milestoneMonths");
  }
}
