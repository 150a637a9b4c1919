import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Candidacy } from "../../entities/candidacy.js";
import { FollowUp } from "../../entities/follow-up.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";

export const FollowUpPage = PageOf(FollowUp);

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @Query(() => FollowUpPage, { description: "Employment follow-ups at 3 and 6 months" })
  followUps(@Args() page: PageArgs, @Arg("overdueOnly", { defaultValue: false }) overdueOnly: boolean, @Ctx() ctx: Context) {
    const where = overdueOnly ? { sql: "a.reported_at IS NULL AND a.due_date < :today", params: { today: authenticated(ctx).clock.today() } } : undefined;
    return authenticated(ctx).reader.page(FollowUp, { ...page, where, orderBy: "dueDate" });
  }

  @Query(() => FollowUp, { nullable: true })
  followUp(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(FollowUp, id);
  }

  @FieldResolver(() => Boolean, { description: "Due date passed and not reported yet" })
  overdue(@Root() f: FollowUp, @Ctx() ctx: Context): boolean {
    return !f.reportedAt && f.dueDate < authenticated(ctx).clock.today();
  }

  @FieldResolver(() => Candidacy, { nullable: true })
  candidacy(@Root() f: FollowUp, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Candidacy, f.candidacyId);
  }
}
