import { IsOptional, Length } from "class-validator";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import { PERMISSIONS } from "../../domain/permissions.js";
import { CandidacyStatus, CertificationLevel, ContractType } from "../../domain/vocabulary.js";
import { Candidacy } from "../../entities/candidacy.js";
import { ReviewOutcome } from "../../entities/review-outcome.js";
import { Review } from "../../entities/review.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import { LocalDate } from "../../graphql/scalars.js";
import { actorOf, assertAllowed, assertOperationOpen, assertRunsSession, locked, visibleOrFail } from "../shared/guard.js";

@InputType()
class ScheduleReviewInput {
  @Field(() => ID) trainingSessionId: string;
  @Field({ description: "When the whole project team meets" }) scheduledAt: Date;
}

@InputType()
class RecordReviewInput {
  @Field(() => ID) reviewId: string;
  @Field({ nullable: true, description: "Defaults to now" }) heldAt?: Date;
  @Field() @Length(3, 20000, { message: "qualitativeNotes : aspects qualitatifs requis" }) qualitativeNotes: string;
  @Field() @Length(3, 10000, { message: "strengths : points forts requis" }) strengths: string;
  @Field() @Length(3, 10000, { message: "areasToImprove : points d'amélioration requis" }) areasToImprove: string;
}

@InputType({ description: "One trainee's result at the review; a new value corrects the previous one (both journaled)" })
class ReviewOutcomeInput {
  @Field(() => ID) reviewId: string;
  @Field(() => ID) candidacyId: string;
  @Field(() => CertificationLevel) certificationLevel: CertificationLevel;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(2, 300, { message: "certificationTitle : intitulé de 2 à 300 caractères" }) certificationTitle?: string | null;
  @Field(() => ContractType, { nullable: true, description: "Employment contract signed, if any" }) contractType?: ContractType | null;
  @Field(() => LocalDate, { nullable: true }) contractStartDate?: string | null;
}

async function sessionForReview(ctx: Context, reviewId: string) {
  const { reader } = authenticated(ctx);
  const review = await visibleOrFail(reader, Review, reviewId, "Bilan");
  return { review, session: await visibleOrFail(reader, TrainingSession, review.trainingSessionId, "Session") };
}

@Resolver()
export class ReviewMutations {
  @Mutation(() => Review, { description: "Training organisation: schedules the review (bilan) with the whole project team" })
  async scheduleReview(@Arg("input") input: ScheduleReviewInput, @Ctx() ctx: Context): Promise<Review> {
    const { viewer, reader, journal } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.scheduleReview);
    const session = await visibleOrFail(reader, TrainingSession, input.trainingSessionId, "Session");
    assertRunsSession(viewer, session, "planifier son bilan");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      const review = await tx.manager.save(Review, { trainingSessionId: session.id, scheduledAt: input.scheduledAt, heldAt: null, qualitativeNotes: null, strengths: null, areasToImprove: null });
      await tx.record({ type: "REVIEW_SCHEDULED", operationId: session.operationId, payload: { reviewId: review.id, scheduledAt: review.scheduledAt.toISOString() } });
      return review;
    });
  }

  @Mutation(() => Review, { description: "Training organisation: what the review said (qualitative aspects, strengths, areas to improve)" })
  async recordReview(@Arg("input") input: RecordReviewInput, @Ctx() ctx: Context): Promise<Review> {
    const { viewer, journal } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.recordReview);
    const { review: visible, session } = await sessionForReview(ctx, input.reviewId);
    assertRunsSession(viewer, session, "renseigner son bilan");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      const review = await locked(tx.manager, Review, visible.id);
      const previous = { qualitativeNotes: review.qualitativeNotes, strengths: review.strengths, areasToImprove: review.areasToImprove };
      Object.assign(review, { heldAt: input.heldAt ?? review.heldAt ?? new Date(), qualitativeNotes: input.qualitativeNotes.trim(), strengths: input.strengths.trim(), areasToImprove: input.areasToImprove.trim() });
      await tx.manager.save(review);
      await tx.record({ type: "REVIEW_RECORDED", operationId: session.operationId, payload: { reviewId: review.id, heldAt: review.heldAt?.toISOString(), corrected: previous.qualitativeNotes !== null ? previous : null } });
      return review;
    });
  }

  @Mutation(() => ReviewOutcome, { description: "Training organisation: a trainee's certification and employment contract at the review" })
  async recordReviewOutcome(@Arg("input") input: ReviewOutcomeInput, @Ctx() ctx: Context): Promise<ReviewOutcome> {
    const { viewer, reader, journal } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.recordReviewOutcome);
    const { review, session } = await sessionForReview(ctx, input.reviewId);
    assertRunsSession(viewer, session, "renseigner les résultats de ses stagiaires");
    const candidacy = await visibleOrFail(reader, Candidacy, input.candidacyId, "Candidature");
    if (candidacy.trainingSessionId !== session.id || ![CandidacyStatus.ADMITTED, CandidacyStatus.LEFT].includes(candidacy.status)) {
      throw badInput("candidacyId", "un stagiaire de la session est attendu");
    }
    if (!input.contractType !== !input.contractStartDate) throw badInput("contractStartDate", "le type de contrat et sa date de début vont ensemble");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      const existing = await tx.manager.findOneBy(ReviewOutcome, { reviewId: review.id, candidacyId: candidacy.id });
      const values = { certificationLevel: input.certificationLevel, certificationTitle: input.certificationTitle ?? null, contractType: input.contractType ?? null, contractStartDate: input.contractStartDate ?? null };
      if (existing && JSON.stringify({ ...existing, ...values }) === JSON.stringify(existing)) throw new DomainError("NOTHING_TO_CHANGE", "Ce résultat est déjà enregistré.");
      const outcome = await tx.manager.save(ReviewOutcome, { ...(existing ?? { reviewId: review.id, candidacyId: candidacy.id }), ...values });
      await tx.record({
        type: existing ? "REVIEW_OUTCOME_CORRECTED" : "REVIEW_OUTCOME_RECORDED", operationId: session.operationId,
        concerned: [session.trainingOrganisationId, candidacy.proposedByOrganisationId, ...(await companiesOf(tx.manager, candidacy.id))],
        payload: { reviewOutcomeId: outcome.id, candidacyId: candidacy.id, ...values, previous: existing ? { certificationLevel: existing.certificationLevel, contractType: existing.contractType } : null },
      });
      return outcome;
    });
  }
}

/** Companies a trainee is meant for: the intention proposed for, and active pairings. */
export async function companiesOf(manager: EntityManager, candidacyId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT hi.company_id AS id FROM candidacy c JOIN hiring_intention hi ON hi.id = c.hiring_intention_id WHERE c.id = $1
     UNION SELECT hi.company_id FROM pairing p JOIN hiring_intention hi ON hi.id = p.hiring_intention_id WHERE p.candidacy_id = $1`,
    [candidacyId],
  );
  return rows.map((r) => r.id);
}
