import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Candidacy } from "../../entities/candidacy.js";
import { HiringIntention } from "../../entities/hiring-intention.js";
import { Pairing } from "../../entities/pairing.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";

export const PairingPage = PageOf(Pairing);

@Resolver(() => Pairing)
export class PairingResolver {
  @Query(() => PairingPage)
  pairings(@Args() page: PageArgs, @Arg("hiringIntentionId", () => ID, { nullable: true }) hiringIntentionId: string | null, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.page(Pairing, { ...page, filter: { hiringIntentionId }, orderBy: "pairedAt" });
  }

  @Query(() => Pairing, { nullable: true })
  pairing(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Pairing, id);
  }

  @FieldResolver(() => Candidacy, { nullable: true })
  candidacy(@Root() p: Pairing, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Candidacy, p.candidacyId);
  }

  @FieldResolver(() => HiringIntention, { nullable: true })
  hiringIntention(@Root() p: Pairing, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(HiringIntention, p.hiringIntentionId);
  }
}
