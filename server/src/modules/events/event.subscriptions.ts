import { Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { EventCategory, eventTypesOf } from "../../domain/event-audience.js";
import { JournalEvent } from "../../entities/journal-event.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { DomainError } from "../../graphql/errors.js";
import { REQUEST_LIMITS } from "../../graphql/limits.js";
import { replayLongerThan, viewerEvents } from "../../realtime/event-stream.js";

interface StreamArgs {
  after?: string | null;
  operationId?: string | null;
}

function stream(types: EventCategory | null) {
  return async ({ args, context }: SubscribeResolverData<unknown, StreamArgs, Context>) => {
    const { reader, bus } = authenticated(context);
    const { after, operationId } = args;
    const filter = { after: after ?? null, operationId: operationId ?? null, types: types ? new Set(eventTypesOf(types)) : null };
    if (await replayLongerThan(reader, filter, REQUEST_LIMITS.replayEvents)) {
      throw new DomainError("REPLAY_TOO_LONG", `Plus de ${REQUEST_LIMITS.replayEvents} événements à rattraper : lisez le journal page par page (requête events), puis abonnez-vous après le dernier identifiant lu.`);
    }
    return viewerEvents(reader, bus, filter);
  };
}

const AFTER = "Replay every event after this journal id first (the last one seen), then go live";

@Resolver()
export class EventSubscriptions {
  @Subscription(() => JournalEvent, { subscribe: stream(null), description: "The viewer's journal events: replay after the cursor, then live" })
  events(
    @Root() event: JournalEvent,
    @Arg("after", () => ID, { nullable: true, description: AFTER }) _after: string | null,
    @Arg("operationId", () => ID, { nullable: true }) _operationId: string | null,
  ): JournalEvent {
    return event;
  }

  @Subscription(() => JournalEvent, { subscribe: stream(EventCategory.CONVENTION), description: "Convention events: drafting, planning, signatures" })
  conventionEvents(@Root() event: JournalEvent, @Arg("after", () => ID, { nullable: true, description: AFTER }) _after: string | null, @Arg("operationId", () => ID, { nullable: true }) _operationId: string | null): JournalEvent {
    return event;
  }

  @Subscription(() => JournalEvent, { subscribe: stream(EventCategory.RECRUITMENT), description: "Recruitment events: hiring intentions, candidates, pairings, immersions" })
  recruitmentEvents(@Root() event: JournalEvent, @Arg("after", () => ID, { nullable: true, description: AFTER }) _after: string | null, @Arg("operationId", () => ID, { nullable: true }) _operationId: string | null): JournalEvent {
    return event;
  }

  @Subscription(() => JournalEvent, { subscribe: stream(EventCategory.REVIEW), description: "Review events: the bilan, per-trainee outcomes, follow-ups" })
  reviewEvents(@Root() event: JournalEvent, @Arg("after", () => ID, { nullable: true, description: AFTER }) _after: string | null, @Arg("operationId", () => ID, { nullable: true }) _operationId: string | null): JournalEvent {
    return event;
  }
}
