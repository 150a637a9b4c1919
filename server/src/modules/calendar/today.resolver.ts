import { Ctx, Query, Resolver } from "type-graphql";
import { authenticated, type Context } from "../../graphql/context.js";
import { LocalDate } from "../../graphql/scalars.js";

@Resolver()
export class TodayResolver {
  @Query(() => LocalDate, { description: "The platform's today (calendar date in Paris): every date rule is checked against it" })
  today(@Ctx() ctx: Context): string {
    return authenticated(ctx).clock.today();
  }
}
