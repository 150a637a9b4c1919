import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { JournalEvent } from "../../entities/journal-event.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { badInput } from "../../graphql/errors.js";

@ObjectType({ description: "A slice of the journal after a cursor" })
class EventSlice {
  @Field(() => [JournalEvent]) nodes: JournalEvent[];
  @Field(() => ID, { nullable: true, description: "Last event id of the slice: pass it as `after` next time" }) endCursor: string | null;
  @Field() hasMore: boolean;
}

@Resolver(() => JournalEvent)
export class EventResolver {
  @Query(() => EventSlice, { description: "Journal events that concern the viewer's organisation, oldest first" })
  async events(
    @Arg("after", () => ID, { nullable: true }) after: string | null | undefined,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Arg("operationId", () => ID, { nullable: true }) operationId: string | null,
    @Ctx() ctx: Context,
  ): Promise<EventSlice> {
    if (first < 1 || first > 500) throw badInput("first", "entre 1 et 500 événements");
    const qb = authenticated(ctx).reader.query(JournalEvent).andWhere("a.id > :after", { after: after ?? "0" });
    if (operationId) qb.andWhere("a.operation_id = :operationId", { operationId });
    const rows = await qb.orderBy("a.id", "ASC").take(first + 1).getMany();
    const nodes = rows.slice(0, first);
    return { nodes, endCursor: nodes.at(-1)?.id ?? after ?? null, hasMore: rows.length > first };
  }
}

