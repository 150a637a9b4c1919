import { IsOptional, Length } from "class-validator";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import { frenchDate, todayInParis } from "../../domain/calendar.js";
import { PERMISSIONS } from "../../domain/permissions.js";
import { CandidacyStatus, CertificationLevel, ContractType, ReviewKind } from "../../domain/vocabulary.js";
import { Candidacy } from "../../entities/candidacy.js";
import { ReviewOutcome } from "../../entities/review-outcome.js";
import { Review } from "../../entities/review.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import { LocalDate } from "../../graphql/scalars.js";
import { actorOf, assertAllowed, assertOperationOpen, assertRunsSession, locked, visibleOrFail } from "../shared/guard.js";
import { assertProcessAllows } from "../shared/process-gate.js";
import { assertCompanyOnTeam, checkAttendees } from "../shared/team.js";

@InputType()
class ScheduleReviewInput {
  @Field(() => ID) trainingSessionId: string;
  @Field({ description: "When the whole project team meets" }) scheduledAt: Date;
  @Field(() => ReviewKind, { nullable: true, description: "FINAL (default): at the session's end; INTERMEDIATE: during the training (1 emploi = 1 formation)" })
  kind?: ReviewKind;
}

@InputType()
class RecordReviewInput {
  @Field(() => ID) reviewId: string;
  @Field({ nullable: true, description: "Defaults to now" }) heldAt?: Date;
  @Field() @Length(3, 20000, { message: "qualitativeNotes : aspects qualitatifs requis" }) qualitativeNotes: string;
  @Field() @Length(3, 10000, { message: "strengths : points forts requis" }) strengths: string;
  @Field() @Length(3, 10000, { message: "areasToImprove : points d'amélioration requis" }) areasToImprove: string;
  // list lengths and ids: graphql/input-guard.ts
  @Field(() => [ID], { nullable: true, description: "Partners of the team who attended" }) attendingOrganisationIds?: string[];
  @Field(() => [ID], { nullable: true, description: "Trainees who attended" }) attendingCandidacyIds?: string[];
}

@InputType({ description: "One trainee's result at the final review; a new value corrects the previous one (both journaled)" })
class ReviewOutcomeInput {
  @Field(() => ID) reviewId: string;
  @Field(() => ID) candidacyId: string;
  @Field(() => CertificationLevel) certificationLevel: CertificationLevel;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(2, 300, { message: "certificationTitle : intitulé de 2 à 300 caractères" }) certificationTitle?: string | null;
  @Field(() => ContractType, { nullable: true, description: "Employment contract signed, if any" }) contractType?: ContractType | null;
  @Field(() => LocalDate, { nullable: true }) contractStartDate?: string | null;
  @Field(() => ID, { nullable: true, description: "The company of the team that hires the trainee (with a contract)" }) employerId?: string | null;
}

async function sessionForReview(ctx: Context, reviewId: string) {
  const { reader } = authenticated(ctx);
  const review = await visibleOrFail(reader, Review, reviewId, "Bilan");
  return { review, session: await visibleOrFail(reader, TrainingSession, review.trainingSessionId, "Session") };
}

/** A final review meets from the session's last day on; an intermediate one during the training. */
export function checkReviewDay(kind: ReviewKind, day: string, session: TrainingSession, field: string): void {
  if (kind === ReviewKind.FINAL && day < session.endDate) {
    throw badInput(field, `le bilan final se tient à partir du dernier jour de la session (${frenchDate(session.endDate)})`);
  }
  if (kind === ReviewKind.INTERMEDIATE && (day < session.startDate || day > session.endDate)) {
    throw badInput(field, `un bilan intermédiaire se tient pendant la formation (du ${frenchDate(session.startDate)} au ${frenchDate(session.endDate)})`);
  }
}

export const scheduleAction = (kind: ReviewKind): "scheduleIntermediateReview" | "scheduleReview" => (kind === ReviewKind.INTERMEDIATE ? "scheduleIntermediateReview" : "scheduleReview");
const recordAction = (kind: ReviewKind): "recordIntermediateReview" | "recordReview" => (kind === ReviewKind.INTERMEDIATE ? "recordIntermediateReview" : "recordReview");

@Resolver()
export class ReviewMutations {
  @Mutation(() => Review, { description: "Training organisation: schedules a review (bilan) with the project team, final or intermediate" })
  async scheduleReview(@Arg("input") input: ScheduleReviewInput, @Ctx() ctx: Context): Promise<Review> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    const kind = input.kind ?? ReviewKind.FINAL;
    assertAllowed(viewer, PERMISSIONS[scheduleAction(kind)]);
    const session = await visibleOrFail(reader, TrainingSession, input.trainingSessionId, "Session");
    assertRunsSession(viewer, session, "planifier ses bilans");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertProcessAllows(tx.manager, clock, scheduleAction(kind), { operationId: session.operationId, trainingSessionId: session.id });
      await assertOperationOpen(tx.manager, session.operationId);
      checkReviewDay(kind, todayInParis(input.scheduledAt), session, "scheduledAt");
      const review = await tx.manager.save(Review, {
        trainingSessionId: session.id, kind, scheduledAt: input.scheduledAt, heldAt: null, qualitativeNotes: null, strengths: null, areasToImprove: null,
        attendeeOrganisationIds: [], attendeeCandidacyIds: [],
      });
      await tx.record({ type: "REVIEW_SCHEDULED", operationId: session.operationId, payload: { reviewId: review.id, kind, scheduledAt: review.scheduledAt.toISOString() } });
      return review;
    });
  }

  @Mutation(() => Review, { description: "Training organisation: what the review said (qualitative aspects, strengths, areas to improve) and who attended" })
  async recordReview(@Arg("input") input: RecordReviewInput, @Ctx() ctx: Context): Promise<Review> {
    const { viewer, journal, clock } = authenticated(ctx);
    const { review: visible, session } = await sessionForReview(ctx, input.reviewId);
    assertAllowed(viewer, PERMISSIONS[recordAction(visible.kind)]);
    assertRunsSession(viewer, session, "renseigner ses bilans");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertProcessAllows(tx.manager, clock, recordAction(visible.kind), { operationId: session.operationId, trainingSessionId: session.id });
      await assertOperationOpen(tx.manager, session.operationId);
      const review = await locked(tx.manager, Review, visible.id);
      const heldAt = input.heldAt ?? review.heldAt ?? clock.now();
      if (heldAt > clock.now()) throw badInput("heldAt", "un bilan se renseigne une fois tenu, pas à l'avance");
      checkReviewDay(review.kind, todayInParis(heldAt), session, "heldAt");
      const attendees = await checkAttendees(tx.manager, session.operationId, session.id, input.attendingOrganisationIds ?? review.attendeeOrganisationIds, input.attendingCandidacyIds ?? review.attendeeCandidacyIds);
      const previous = review.qualitativeNotes !== null
        ? { qualitativeNotes: review.qualitativeNotes, strengths: review.strengths, areasToImprove: review.areasToImprove, attendeeOrganisationIds: review.attendeeOrganisationIds, attendeeCandidacyIds: review.attendeeCandidacyIds }
        : null;
      Object.assign(review, {
        heldAt, qualitativeNotes: input.qualitativeNotes.trim(), strengths: input.strengths.trim(), areasToImprove: input.areasToImprove.trim(),
        attendeeOrganisationIds: attendees.organisationIds, attendeeCandidacyIds: attendees.candidacyIds,
      });
      await tx.manager.save(review);
      await tx.record({
        type: "REVIEW_RECORDED", operationId: session.operationId,
        payload: { reviewId: review.id, kind: review.kind, heldAt: review.heldAt?.toISOString(), attendingOrganisations: attendees.organisationIds.length, attendingTrainees: attendees.candidacyIds.length, corrected: previous },
      });
      return review;
    });
  }

  @Mutation(() => ReviewOutcome, { description: "Training organisation: a trainee's certification, employment contract and employer at the final review" })
  async recordReviewOutcome(@Arg("input") input: ReviewOutcomeInput, @Ctx() ctx: Context): Promise<ReviewOutcome> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.recordReviewOutcome);
    const { review, session } = await sessionForReview(ctx, input.reviewId);
    assertRunsSession(viewer, session, "renseigner les résultats de ses stagiaires");
    if (review.kind !== ReviewKind.FINAL) throw badInput("reviewId", "les résultats des stagiaires se renseignent au bilan final");
    const candidacy = await visibleOrFail(reader, Candidacy, input.candidacyId, "Candidature");
    if (candidacy.trainingSessionId !== session.id || ![CandidacyStatus.ADMITTED, CandidacyStatus.LEFT].includes(candidacy.status)) {
      throw badInput("candidacyId", "un stagiaire de la session est attendu");
    }
    if (!input.contractType !== !input.contractStartDate) throw badInput("contractStartDate", "le type de contrat et sa date de début vont ensemble");
    if (!input.contractType !== !input.employerId) throw badInput("employerId", "un contrat signé nomme son employeur, une entreprise de l'équipe projet");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertProcessAllows(tx.manager, clock, "recordReviewOutcome", { operationId: session.operationId, trainingSessionId: session.id });
      await assertOperationOpen(tx.manager, session.operationId);
      if (input.employerId) await assertCompanyOnTeam(tx.manager, session.operationId, input.employerId, "employerId");
      const existing = await tx.manager.findOneBy(ReviewOutcome, { reviewId: review.id, candidacyId: candidacy.id });
      const values = {
        certificationLevel: input.certificationLevel, certificationTitle: input.certificationTitle ?? null,
        contractType: input.contractType ?? null, contractStartDate: input.contractStartDate ?? null, employerId: input.employerId ?? null,
      };
      if (existing && JSON.stringify({ ...existing, ...values }) === JSON.stringify(existing)) throw new DomainError("NOTHING_TO_CHANGE", "Ce résultat est déjà enregistré.");
      const outcome = await tx.manager.save(ReviewOutcome, { ...(existing ?? { reviewId: review.id, candidacyId: candidacy.id }), ...values });
      await tx.record({
        type: existing ? "REVIEW_OUTCOME_CORRECTED" : "REVIEW_OUTCOME_RECORDED", operationId: session.operationId,
        concerned: [session.trainingOrganisationId, candidacy.proposedByOrganisationId, ...(await companiesOf(tx.manager, candidacy.id))],
        payload: { reviewOutcomeId: outcome.id, candidacyId: candidacy.id, ...values, previous: existing ? { certificationLevel: existing.certificationLevel, contractType: existing.contractType, employerId: existing.employerId } : null },
      });
      return outcome;
    });
  }
}

/**
 * Companies a trainee is meant for, the only ones allowed to see its candidacy (access/scopes.ts):
 * the company of the intention it was proposed for and those it is or was paired with. A company
 * named employer at the review without either sees none of the trainee's path, so hears none of it.
 */
export async function companiesOf(manager: EntityManager, candidacyId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT hi.company_id AS id FROM candidacy c JOIN hiring_intention hi ON hi.id = c.hiring_intention_id WHERE c.id = $1
     UNION SELECT hi.company_id FROM pairing p JOIN hiring_intention hi ON hi.id = p.hiring_intention_id WHERE p.candidacy_id = $1`,
    [candidacyId],
  );
  return rows.map((r) => r.id);
}
