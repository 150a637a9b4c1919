import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { OrganisationKind } from "../../domain/kinds.js";
import { Organisation } from "../../entities/organisation.js";
import { Invitation } from "../../entities/invitation.js";
import { User } from "../../entities/user.js";
import { activeAdministratorCounts, peopleManagement } from "../people/people.permissions.js";
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

  @FieldResolver(() => [Invitation], { description: "Invitations not yet accepted (pending, expired or revoked in the last 30 days): to the organisation's administrators, and to the organisation that sent them" })
  async invitations(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<Invitation[]> {
    const { viewer, dataSource, reader } = authenticated(ctx);
    const loader = reader.batch("invitations", async (organisationIds) => {
      const rows = await dataSource.getRepository(Invitation).createQueryBuilder("i")
        .where("i.organisation_id IN (:...ids) AND i.accepted_at IS NULL AND i.created_at > now() - interval '30 days'", { ids: [...organisationIds] })
        .andWhere("(i.organisation_id = :own AND :admin OR i.invited_by_user_id IN (SELECT u.id FROM app_user u WHERE u.organisation_id = :own))", { own: viewer.organisationId, admin: viewer.isAdmin })
        .orderBy("i.created_at", "DESC").getMany();
      return organisationIds.map((id) => rows.filter((row) => row.organisationId === id).slice(0, 100));
    });
    return loader.load(organisation.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may invite people into this organisation (its administrators; while it has none, whoever brought it in)" })
  async viewerMayInvite(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<boolean> {
    const { viewer, dataSource, reader } = authenticated(ctx);
    const administrators = reader.batch("activeAdministrators", (ids) => activeAdministratorCounts(dataSource.manager, ids));
    return (await peopleManagement(dataSource.manager, viewer, organisation, (ids) => Promise.all(ids.map((id) => administrators.load(id))))) !== null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "A cotraitant's or sous-traitant's mandataire" })
  groupementLead(@Root() organisation: Organisation, @Ctx() ctx: Context) {
    return organisation.groupementLeadId ? authenticated(ctx).reader.one(Organisation, organisation.groupementLeadId) : null;
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
