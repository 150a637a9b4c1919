import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Organisation } from "../../entities/organisation.js";
import { visibleAll } from "../shared/attendees.js";
import { Candidacy } from "../../entities/candidacy.js";
import { ReviewOutcome } from "../../entities/review-outcome.js";
import { Review } from "../../entities/review.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";

export const ReviewPage = PageOf(Review);

@Resolver(() => Review)
export class ReviewResolver {
  @Query(() => ReviewPage)
  reviews(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.page(Review, { ...page, orderBy: "scheduledAt" });
  }

  @Query(() => Review, { nullable: true })
  review(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Review, id);
  }

  @FieldResolver(() => TrainingSession, { nullable: true })
  trainingSession(@Root() r: Review, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(TrainingSession, r.trainingSessionId);
  }

  @FieldResolver(() => [Organisation], { description: "Partners who attended (those the viewer may see)" })
  attendingOrganisations(@Root() r: Review, @Ctx() ctx: Context) {
    return visibleAll(ctx, Organisation, r.attendeeOrganisationIds);
  }

  @FieldResolver(() => [Candidacy], { description: "Trainees who attended, among those the viewer may see" })
  attendingTrainees(@Root() r: Review, @Ctx() ctx: Context) {
    return visibleAll(ctx, Candidacy, r.attendeeCandidacyIds);
  }

  @FieldResolver(() => Int, { description: "How many trainees attended" })
  attendingTraineeCount(@Root() r: Review): number {
    return r.attendeeCandidacyIds.length;
  }

  @FieldResolver(() => [ReviewOutcome], { description: "Per-trainee outcomes the viewer may see" })
  outcomes(@Root() r: Review, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(ReviewOutcome, "reviewId", r.id);
  }
}

@Resolver(() => ReviewOutcome)
export class ReviewOutcomeResolver {
  @FieldResolver(() => Review, { nullable: true })
  review(@Root() o: ReviewOutcome, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Review, o.reviewId);
  }

  @FieldResolver(() => Candidacy, { nullable: true })
  candidacy(@Root() o: ReviewOutcome, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Candidacy, o.candidacyId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The company that hires the trainee" })
  employer(@Root() o: ReviewOutcome, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, o.employerId);
  }
}
