import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConventionSignatory } from "../../entities/convention-signatory.js";
import { Convention } from "../../entities/convention.js";
import { Organisation } from "../../entities/organisation.js";
import { Signature } from "../../entities/signature.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";

export const ConventionPage = PageOf(Convention);

@Resolver(() => Convention)
export class ConventionResolver {
  @Query(() => ConventionPage)
  conventions(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.page(Convention, { ...page, orderBy: "createdAt" });
  }

  @Query(() => Convention, { nullable: true })
  convention(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Convention, id);
  }

  @FieldResolver(() => TrainingSession, { nullable: true })
  trainingSession(@Root() c: Convention, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(TrainingSession, c.trainingSessionId);
  }

  @FieldResolver(() => [ConventionSignatory])
  signatories(@Root() c: Convention, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(ConventionSignatory, "conventionId", c.id);
  }
}

@Resolver(() => ConventionSignatory)
export class ConventionSignatoryResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() s: ConventionSignatory, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, s.organisationId);
  }

  @FieldResolver(() => [Signature], { description: "Signatures given, including those invalidated by an edit" })
  signatures(@Root() s: ConventionSignatory, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(Signature, "signatoryId", s.id);
  }
}

@Resolver(() => Signature)
export class SignatureResolver {
  @FieldResolver(() => ConventionSignatory, { nullable: true })
  signatory(@Root() s: Signature, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(ConventionSignatory, s.signatoryId);
  }
}
