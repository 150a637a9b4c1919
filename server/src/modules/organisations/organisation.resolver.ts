import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { OrganisationKind } from "../../domain/kinds.js";
import { Organisation } from "../../entities/organisation.js";
import { User } from "../../entities/user.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { notFound } from "../../graphql/errors.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";
import { ViewerType } from "./viewer.type.js";

export const OrganisationPage = PageOf(Organisation);
export const UserPage = PageOf(User);

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => ViewerType, { description: "The signed-in user and the organisation it acts for" })
  async viewer(@Ctx() ctx: Context): Promise<ViewerType> {
    const { viewer, reader } = authenticated(ctx);
    const [user, organisation] = await Promise.all([reader.one(User, viewer.userId), reader.one(Organisation, viewer.organisationId)]);
    if (!user || !organisation) throw notFound("Utilisateur");
    return { user, organisation, kind: viewer.kind, role: viewer.role };
  }

  @Query(() => OrganisationPage, { description: "Organisations the viewer works with" })
  organisations(@Args() page: PageArgs, @Arg("kind", () => OrganisationKind, { nullable: true }) kind: OrganisationKind | null, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.page(Organisation, { ...page, filter: { kind }, orderBy: "name" });
  }

  @Query(() => Organisation, { nullable: true })
  organisation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, id);
  }

  @FieldResolver(() => UserPage, { description: "Members (visible to the organisation itself only)" })
  members(@Root() organisation: Organisation, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.page(User, { ...page, filter: { organisationId: organisation.id }, orderBy: "lastName" });
  }
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() user: User, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, user.organisationId);
  }
}
