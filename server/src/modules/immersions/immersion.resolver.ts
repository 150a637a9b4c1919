import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Candidacy } from "../../entities/candidacy.js";
import { Immersion } from "../../entities/immersion.js";
import { Organisation } from "../../entities/organisation.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";

export const ImmersionPage = PageOf(Immersion);

@Resolver(() => Immersion)
export class ImmersionResolver {
  @Query(() => ImmersionPage)
  immersions(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.page(Immersion, { ...page, orderBy: "startDate" });
  }

  @Query(() => Immersion, { nullable: true })
  immersion(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Immersion, id);
  }

  @FieldResolver(() => Candidacy, { nullable: true })
  candidacy(@Root() i: Immersion, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Candidacy, i.candidacyId);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  company(@Root() i: Immersion, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, i.companyId);
  }
}
