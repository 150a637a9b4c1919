import { IsOptional, Length } from "class-validator";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { frenchDate, todayInParis } from "../../domain/calendar.js";
import { ORGANISATION_KIND_LABELS } from "../../domain/kinds.js";
import { MEETING_KINDS, meetingSentence } from "../../domain/meetings.js";
import { PERMISSIONS } from "../../domain/permissions.js";
import { MeetingKind } from "../../domain/vocabulary.js";
import { Meeting } from "../../entities/meeting.js";
import { Operation } from "../../entities/operation.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import { actorOf, assertAllowed, assertOperationOpen, forbidden, locked, visibleOrFail } from "../shared/guard.js";
import { assertProcessAllows } from "../shared/process-gate.js";
import { checkAttendees } from "../shared/team.js";

@InputType()
class ScheduleMeetingInput {
  @Field(() => ID) operationId: string;
  @Field(() => ID, { nullable: true, description: "The session it prepares, if any" }) trainingSessionId?: string | null;
  @Field(() => MeetingKind) kind: MeetingKind;
  @Field() scheduledAt: Date;
  @Field() @Length(3, 300, { message: "place : lieu de 3 à 300 caractères" }) place: string;
}

@InputType()
class RecordMeetingInput {
  @Field(() => ID) meetingId: string;
  @Field({ nullable: true, description: "Defaults to now" }) heldAt?: Date;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 20000, { message: "notes : 20000 caractères au plus" }) notes?: string | null;
  // list lengths and ids: graphql/input-guard.ts
  @Field(() => [ID]) attendingOrganisationIds: string[];
  @Field(() => [ID], { nullable: true }) attendingCandidacyIds?: string[];
}

@Resolver()
export class MeetingMutations {
  @Mutation(() => Meeting, { description: "Training organisation (preparatory meeting, information session) or Region (steering committee): a dated meeting of the operation" })
  async scheduleMeeting(@Arg("input") input: ScheduleMeetingInput, @Ctx() ctx: Context): Promise<Meeting> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.scheduleMeeting);
    const kind = MEETING_KINDS[input.kind];
    if (!kind.organisedBy.includes(viewer.kind)) throw forbidden(`${meetingSentence(input.kind, "organisé")} par : ${kind.organisedBy.map((k) => ORGANISATION_KIND_LABELS[k]).join(", ")}.`);
    const operation = await visibleOrFail(reader, Operation, input.operationId, "Opération");
    const session = input.trainingSessionId ? await visibleOrFail(reader, TrainingSession, input.trainingSessionId, "Session") : null;
    if (session && session.operationId !== operation.id) throw badInput("trainingSessionId", "la session doit appartenir à l'opération");
    if (todayInParis(input.scheduledAt) < clock.today()) throw badInput("scheduledAt", "une réunion se planifie à une date à venir");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, operation.id);
      const { programme } = await assertProcessAllows(tx.manager, clock, "scheduleMeeting", { operationId: operation.id, trainingSessionId: session?.id });
      if (!programme.rules.process.meetingKinds.includes(input.kind)) {
        throw new DomainError("NOT_IN_PROGRAMME", `Le processus ${programme.name} ne prévoit pas de ${kind.label}.`);
      }
      const meeting = await tx.manager.save(Meeting, {
        operationId: operation.id, trainingSessionId: session?.id ?? null, kind: input.kind, scheduledAt: input.scheduledAt, place: input.place.trim(),
        organisedByOrganisationId: viewer.organisationId, heldAt: null, notes: null, attendeeOrganisationIds: [], attendeeCandidacyIds: [],
      });
      await tx.record({ type: "MEETING_SCHEDULED", operationId: operation.id, payload: { meetingId: meeting.id, kind: meeting.kind, scheduledAt: meeting.scheduledAt.toISOString(), place: meeting.place } });
      return meeting;
    });
  }

  @Mutation(() => Meeting, { description: "The organiser records that the meeting took place, who attended and what was said; a new record corrects the previous one" })
  async recordMeeting(@Arg("input") input: RecordMeetingInput, @Ctx() ctx: Context): Promise<Meeting> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.recordMeeting);
    const visible = await visibleOrFail(reader, Meeting, input.meetingId, "Réunion");
    if (visible.organisedByOrganisationId !== viewer.organisationId) throw forbidden(`Seul son organisateur renseigne ${MEETING_KINDS[visible.kind].the}.`);
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, visible.operationId);
      await assertProcessAllows(tx.manager, clock, "recordMeeting", { operationId: visible.operationId, trainingSessionId: visible.trainingSessionId });
      const meeting = await locked(tx.manager, Meeting, visible.id);
      const heldAt = input.heldAt ?? clock.now();
      if (heldAt > clock.now() || todayInParis(heldAt) < todayInParis(meeting.scheduledAt)) {
        throw new DomainError("MEETING_NOT_HELD_YET", `${meetingSentence(meeting.kind, "prévu")} le ${frenchDate(todayInParis(meeting.scheduledAt))} : à renseigner après sa tenue.`);
      }
      const attendees = await checkAttendees(tx.manager, meeting.operationId, null, input.attendingOrganisationIds, input.attendingCandidacyIds ?? [], false);
      const previous = meeting.heldAt ? { heldAt: meeting.heldAt.toISOString(), notes: meeting.notes, organisations: meeting.attendeeOrganisationIds.length } : null;
      Object.assign(meeting, { heldAt, notes: input.notes?.trim() || null, attendeeOrganisationIds: attendees.organisationIds, attendeeCandidacyIds: attendees.candidacyIds });
      await tx.manager.save(meeting);
      await tx.record({
        type: "MEETING_RECORDED", operationId: meeting.operationId,
        payload: { meetingId: meeting.id, kind: meeting.kind, heldAt: heldAt.toISOString(), organisations: attendees.organisationIds.length, candidates: attendees.candidacyIds.length, previous },
      });
      return meeting;
    });
  }
}
