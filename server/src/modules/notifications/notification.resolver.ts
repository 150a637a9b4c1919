import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { In, IsNull } from "typeorm";
import { JournalEvent } from "../../entities/journal-event.js";
import { Notification } from "../../entities/notification.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { DomainError } from "../../graphql/errors.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";
import { viewerEvents } from "../../realtime/event-stream.js";
import { actorOf } from "../shared/guard.js";

export const NotificationPage = PageOf(Notification);

async function* notificationsOf(context: Context): AsyncGenerator<Notification> {
  const { reader, bus } = authenticated(context);
  for await (const event of viewerEvents(reader, bus, { after: null, operationId: null, types: null })) {
    const notification = await reader.query(Notification).andWhere("a.event_id = :id", { id: event.id }).getOne();
    if (notification) yield notification;
  }
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationPage, { description: "The signed-in user's notifications, newest first" })
  notifications(@Args() page: PageArgs, @Arg("unreadOnly", { defaultValue: false }) unreadOnly: boolean, @Ctx() ctx: Context) {
    const where = unreadOnly ? { sql: "a.read_at IS NULL" } : undefined;
    return authenticated(ctx).reader.page(Notification, { ...page, where, orderBy: "createdAt", order: "DESC" });
  }

  @Query(() => Int, { description: "How many of the signed-in user's notifications are unread" })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return authenticated(ctx).reader.query(Notification).andWhere("a.read_at IS NULL").getCount();
  }

  @FieldResolver(() => JournalEvent, { nullable: true })
  event(@Root() n: Notification, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(JournalEvent, n.eventId);
  }

  @Mutation(() => Int, { description: "Marks notifications as read (all unread ones when no ids are given); returns how many" })
  async markNotificationsRead(@Arg("ids", () => [ID], { nullable: true }) ids: string[] | null, @Ctx() ctx: Context): Promise<number> {
    const { viewer, reader, journal } = authenticated(ctx);
    // only the notifications the viewer may still see (not those of an operation it left)
    const qb = reader.query(Notification).andWhere("a.read_at IS NULL");
    if (ids) qb.andWhere("a.id IN (:...ids)", { ids: ids.length ? ids : ["00000000-0000-0000-0000-000000000000"] });
    const visible = (await qb.getMany()).map((n) => n.id);
    return journal.run(actorOf(viewer), async (tx) => {
      const { affected } = visible.length ? await tx.manager.update(Notification, { id: In(visible), readAt: IsNull() }, { readAt: new Date() }) : { affected: 0 };
      if (!affected) throw new DomainError("NOTHING_TO_CHANGE", "Aucune notification non lue à marquer.");
      await tx.record({ type: "NOTIFICATIONS_READ", payload: { userId: viewer.userId, count: affected } });
      return affected;
    });
  }

  @Subscription(() => Notification, { subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) => notificationsOf(context), description: "Each new notification of the signed-in user, live" })
  notificationReceived(@Root() notification: Notification): Notification {
    return notification;
  }
}
