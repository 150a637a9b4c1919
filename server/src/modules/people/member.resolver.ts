import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import { Organisation } from "../../entities/organisation.js";
import { User } from "../../entities/user.js";
import { authenticated, type AuthenticatedContext, type Context } from "../../graphql/context.js";
import { DomainError, notFound } from "../../graphql/errors.js";
import { actorOf, locked } from "../shared/guard.js";
import { endSessionsOf } from "./account.resolver.js";
import { DeactivateMemberInput, UpdateMemberInput } from "./people.inputs.js";
import { activeAdministratorCounts, assertManagesPeople, assertRoleFits } from "./people.permissions.js";

/** A member of an organisation the viewer administers (only administrators change roles and accounts). */
async function administeredMember(ctx: AuthenticatedContext, userId: string): Promise<{ user: User; organisation: Organisation }> {
  const user = await ctx.dataSource.getRepository(User).findOneBy({ id: userId });
  const organisation = user && (await ctx.dataSource.getRepository(Organisation).findOneBy({ id: user.organisationId }));
  if (!user || !organisation || !(await ctx.reader.one(User, user.id))) throw notFound("Membre");
  await assertManagesPeople(ctx.dataSource.manager, ctx.viewer, organisation, "admin");
  return { user, organisation };
}

/** Inside the transaction, the organisation locked first: two administrators demoting each other at once cannot both succeed. */
async function assertAnotherAdminRemains(manager: EntityManager, user: User): Promise<void> {
  await locked(manager, Organisation, user.organisationId);
  const [others] = await activeAdministratorCounts(manager, [user.organisationId], user.id);
  if (others === 0) throw new DomainError("LAST_ADMINISTRATOR", `${user.firstName} ${user.lastName} est le dernier administrateur de son organisation : nommez-en un autre d'abord.`);
}

@Resolver()
export class MemberResolver {
  @Mutation(() => User, { description: "Administrators: a member's role and administrator flag" })
  async updateMember(@Arg("input") input: UpdateMemberInput, @Ctx() context: Context): Promise<User> {
    const ctx = authenticated(context);
    const { user, organisation } = await administeredMember(ctx, input.userId);
    assertRoleFits("role", organisation, input.role);
    return ctx.journal.run(actorOf(ctx.viewer), async (tx) => {
      if (user.isAdmin && !input.isAdmin) await assertAnotherAdminRemains(tx.manager, user);
      const current = await locked(tx.manager, User, user.id);
      const before = { role: current.role, isAdmin: current.isAdmin };
      Object.assign(current, { role: input.role, isAdmin: input.isAdmin });
      await tx.manager.save(current);
      await tx.record({ type: "MEMBER_UPDATED", tell: [organisation.id], payload: { userId: user.id, before, after: { role: input.role, isAdmin: input.isAdmin } } });
      return current;
    });
  }

  @Mutation(() => User, { description: "Administrators: the account can no longer sign in; its sessions and live connections end at once. The account and its history stay" })
  async deactivateMember(@Arg("input") input: DeactivateMemberInput, @Ctx() context: Context): Promise<User> {
    const ctx = authenticated(context);
    const { user, organisation } = await administeredMember(ctx, input.userId);
    if (user.id === ctx.viewer.userId) throw new DomainError("CANNOT_DEACTIVATE_SELF", "Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre administrateur.");
    if (user.deactivatedAt) throw new DomainError("ALREADY_DEACTIVATED", `Le compte de ${user.firstName} ${user.lastName} est déjà désactivé.`);
    return ctx.journal.run(actorOf(ctx.viewer), async (tx) => {
      if (user.isAdmin) await assertAnotherAdminRemains(tx.manager, user);
      const current = await locked(tx.manager, User, user.id);
      current.deactivatedAt = ctx.clock.now();
      await tx.manager.save(current);
      await endSessionsOf(tx, user.id);
      await tx.record({ type: "USER_DEACTIVATED", tell: [organisation.id], payload: { userId: user.id, reason: input.reason.trim() } });
      return current;
    });
  }

  @Mutation(() => User, { description: "Administrators: a deactivated account can sign in again" })
  async reactivateMember(@Arg("userId", () => ID) userId: string, @Ctx() context: Context): Promise<User> {
    const ctx = authenticated(context);
    const { user, organisation } = await administeredMember(ctx, userId);
    if (!user.deactivatedAt) throw new DomainError("NOT_DEACTIVATED", `Le compte de ${user.firstName} ${user.lastName} est actif.`);
    return ctx.journal.run(actorOf(ctx.viewer), async (tx) => {
      const current = await locked(tx.manager, User, user.id);
      current.deactivatedAt = null;
      await tx.manager.save(current);
      await tx.record({ type: "USER_REACTIVATED", tell: [organisation.id], payload: { userId: user.id } });
      return current;
    });
  }
}
