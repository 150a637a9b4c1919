import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { documentUrl } from "../../documents/links.js";
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

  @FieldResolver(() => String, { nullable: true, description: "The conformity attestation as PDF, once the RTF has issued it" })
  attestationUrl(@Root() c: Closure): string | null {
    return c.attestationIssuedAt ? documentUrl("attestation", c.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The DEFI bonus request as PDF, once the training organisation has made it" })
  bonusRequestUrl(@Root() c: Closure): string | null {
    return c.bonusRequestedAt && c.attestationIssuedAt ? documentUrl("bonus-request", c.id) : null;
  }
}
