import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Closure } from "../../entities/closure.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";

export const ClosurePage = PageOf(Closure);

@Resolver(() => Closure)
export class ClosureResolver {
  @Query(() => ClosurePage)
  closures(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.page(Closure, { ...page });
  }

  @Query(() => Closure, { nullable: true })
  closure(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Closure, id);
  }

  @FieldResolver(() => TrainingSession, { nullable: true })
  trainingSession(@Root() c: Closure, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(TrainingSession, c.trainingSessionId);
  }
}
