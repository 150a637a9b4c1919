import { FieldResolver, Resolver, Root } from "type-graphql";
import { calendarUrl } from "../../calendar/links.js";
import { Convention } from "../../entities/convention.js";
import { Meeting } from "../../entities/meeting.js";
import { Review } from "../../entities/review.js";

const DOWNLOAD = "Its calendar event (.ics), served under the same access policy as the item; the same event (UID) whatever its date";

@Resolver(() => Meeting)
export class MeetingCalendarResolver {
  @FieldResolver(() => String, { description: DOWNLOAD })
  calendarUrl(@Root() meeting: Meeting): string {
    return calendarUrl("meeting", meeting.id);
  }
}

@Resolver(() => Review)
export class ReviewCalendarResolver {
  @FieldResolver(() => String, { description: DOWNLOAD })
  calendarUrl(@Root() review: Review): string {
    return calendarUrl("review", review.id);
  }
}

@Resolver(() => Convention)
export class ConventionCalendarResolver {
  @FieldResolver(() => String, { nullable: true, description: "The signature's calendar event (.ics), once its day is planned (what the save the date announces), under the same access policy as the convention; the same event (UID) whatever its date" })
  signatureCalendarUrl(@Root() convention: Convention): string | null {
    return convention.plannedSignatureDate ? calendarUrl("signature", convention.id) : null;
  }
}
