import { IsOptional, Length } from "class-validator";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { todayInParis } from "../../domain/calendar.js";
import { MEETING_KINDS, meetingSentence } from "../../domain/meetings.js";
import { PERMISSIONS } from "../../domain/permissions.js";
import { Meeting } from "../../entities/meeting.js";
import { Review } from "../../entities/review.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import { checkReviewDay, scheduleAction } from "../reviews/review.mutations.js";
import { actorOf, assertAllowed, assertOperationOpen, assertRunsSession, forbidden, locked, visibleOrFail } from "../shared/guard.js";
import { assertProcessAllows } from "../shared/process-gate.js";

@InputType()
class RescheduleMeetingInput {
  @Field(() => ID) meetingId: string;
  @Field({ description: "Its new date and time" }) scheduledAt: Date;
  @Field(() => String, { nullable: true, description: "Its new place (unchanged when absent)" })
  @IsOptional()
  @Length(3, 300, { message: "place : lieu de 3 à 300 caractères" })
  place?: string | null;
}

@InputType()
class RescheduleReviewInput {
  @Field(() => ID) reviewId: string;
  @Field({ description: "Its new date and time" }) scheduledAt: Date;
}

const unchanged = () => new DomainError("NOTHING_TO_CHANGE", "Aucune modification : la date et le lieu sont déjà ceux-là.");

/**
 * A dated meeting or review moves: the same item, its calendar sequence raised, so that the
 * calendars that hold it update the same event (its e-mail carries the new version).
 */
@Resolver()
export class RescheduleMutations {
  @Mutation(() => Meeting, { description: "The meeting's organiser moves it (date, time, place) before it is held; the team is told, with the updated calendar event" })
  async rescheduleMeeting(@Arg("input") input: RescheduleMeetingInput, @Ctx() ctx: Context): Promise<Meeting> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.scheduleMeeting);
    const visible = await visibleOrFail(reader, Meeting, input.meetingId, "Réunion");
    if (visible.organisedByOrganisationId !== viewer.organisationId) throw forbidden(`Seul son organisateur déplace ${MEETING_KINDS[visible.kind].the}.`);
    if (todayInParis(input.scheduledAt) < clock.today()) throw badInput("scheduledAt", "une réunion se déplace à une date à venir");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, visible.operationId);
      await assertProcessAllows(tx.manager, clock, "scheduleMeeting", { operationId: visible.operationId, trainingSessionId: visible.trainingSessionId });
      const meeting = await locked(tx.manager, Meeting, visible.id);
      if (meeting.heldAt) {
        throw new DomainError("MEETING_ALREADY_HELD", `${meetingSentence(meeting.kind, "déjà tenu")} : ${MEETING_KINDS[meeting.kind].feminine ? "elle" : "il"} ne se déplace plus.`);
      }
      const place = input.place?.trim() || meeting.place;
      if (meeting.scheduledAt.getTime() === input.scheduledAt.getTime() && place === meeting.place) throw unchanged();
      const previous = { scheduledAt: meeting.scheduledAt.toISOString(), place: meeting.place };
      Object.assign(meeting, { scheduledAt: input.scheduledAt, place, calendarSequence: meeting.calendarSequence + 1 });
      await tx.manager.save(meeting);
      await tx.record({
        type: "MEETING_RESCHEDULED", operationId: meeting.operationId,
        payload: { meetingId: meeting.id, kind: meeting.kind, scheduledAt: meeting.scheduledAt.toISOString(), place: meeting.place, previous },
      });
      return meeting;
    });
  }

  @Mutation(() => Review, { description: "Training organisation: moves a review not held yet; the team is told, with the updated calendar event" })
  async rescheduleReview(@Arg("input") input: RescheduleReviewInput, @Ctx() ctx: Context): Promise<Review> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    const visible = await visibleOrFail(reader, Review, input.reviewId, "Bilan");
    const session = await visibleOrFail(reader, TrainingSession, visible.trainingSessionId, "Session");
    assertAllowed(viewer, PERMISSIONS[scheduleAction(visible.kind)]);
    assertRunsSession(viewer, session, "déplacer ses bilans");
    const day = todayInParis(input.scheduledAt);
    if (day < clock.today()) throw badInput("scheduledAt", "un bilan se déplace à une date à venir");
    checkReviewDay(visible.kind, day, session, "scheduledAt");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertProcessAllows(tx.manager, clock, scheduleAction(visible.kind), { operationId: session.operationId, trainingSessionId: session.id });
      await assertOperationOpen(tx.manager, session.operationId);
      const review = await locked(tx.manager, Review, visible.id);
      if (review.heldAt) throw new DomainError("REVIEW_ALREADY_HELD", "Ce bilan s'est déjà tenu : il ne se déplace plus.");
      if (review.scheduledAt.getTime() === input.scheduledAt.getTime()) throw unchanged();
      const previous = { scheduledAt: review.scheduledAt.toISOString() };
      Object.assign(review, { scheduledAt: input.scheduledAt, calendarSequence: review.calendarSequence + 1 });
      await tx.manager.save(review);
      await tx.record({
        type: "REVIEW_RESCHEDULED", operationId: session.operationId,
        payload: { reviewId: review.id, kind: review.kind, scheduledAt: review.scheduledAt.toISOString(), previous },
      });
      return review;
    });
  }
}
