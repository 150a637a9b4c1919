import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Candidacy } from "../../entities/candidacy.js";
import { Meeting } from "../../entities/meeting.js";
import { Operation } from "../../entities/operation.js";
import { Organisation } from "../../entities/organisation.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { visibleAll } from "../shared/attendees.js";

@Resolver(() => Operation)
export class OperationMeetingsResolver {
  @FieldResolver(() => [Meeting], { description: "Dated meetings: preparatory meeting, information sessions, steering committee" })
  meetings(@Root() op: Operation, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(Meeting, "operationId", op.id, "scheduledAt");
  }
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisedBy(@Root() m: Meeting, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, m.organisedByOrganisationId);
  }

  @FieldResolver(() => [Organisation], { description: "Partners who attended (those the viewer may see)" })
  attendingOrganisations(@Root() m: Meeting, @Ctx() ctx: Context) {
    return visibleAll(ctx, Organisation, m.attendeeOrganisationIds);
  }

  @FieldResolver(() => [Candidacy], { description: "Candidates who attended, among those the viewer may see" })
  attendingCandidacies(@Root() m: Meeting, @Ctx() ctx: Context) {
    return visibleAll(ctx, Candidacy, m.attendeeCandidacyIds);
  }

  @FieldResolver(() => Int, { description: "How many candidates attended (a count every partner may see)" })
  attendingCandidateCount(@Root() m: Meeting): number {
    return m.attendeeCandidacyIds.length;
  }
}
