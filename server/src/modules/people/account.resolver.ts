import { IsEmail } from "class-validator";
import { Arg, Ctx, Field, InputType, Mutation, Resolver } from "type-graphql";
import { IsNull, Not } from "typeorm";
import { hashPassword, verifyPassword } from "../../auth/password.js";
import { assertStrongPassword } from "../../auth/password-strength.js";
import { hashToken, newSessionToken } from "../../auth/tokens.js";
import { AuthSession } from "../../entities/auth-session.js";
import { Organisation } from "../../entities/organisation.js";
import { PasswordReset } from "../../entities/password-reset.js";
import { User } from "../../entities/user.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import { passwordResetEmail } from "../../mail/messages.js";
import { queueEmail } from "../../mail/outbox.js";
import type { MutationTransaction } from "../../realtime/journal.js";
import { actorOf, locked } from "../shared/guard.js";
import { ChangePasswordInput, ProfileInput, ResetPasswordInput } from "./people.inputs.js";

@InputType()
class PasswordResetRequestInput {
  @Field() @IsEmail({}, { message: "email : adresse e-mail invalide" }) email: string;
}

const invalidResetLink = () =>
  new DomainError("RESET_LINK_INVALID", "Ce lien de réinitialisation n'est plus valable (déjà utilisé, expiré ou incomplet). Demandez-en un nouveau.");

/** Ends every open session of the account (sockets follow: the ws server hears the event). */
export async function endSessionsOf(tx: MutationTransaction, userId: string, keepTokenHash: string | null = null): Promise<void> {
  await tx.manager.update(AuthSession, { userId, endedAt: IsNull(), ...(keepTokenHash ? { tokenHash: Not(keepTokenHash) } : {}) }, { endedAt: new Date() });
}

@Resolver()
export class AccountResolver {
  @Mutation(() => Boolean, { description: "Open without a session: e-mails a single-use link to choose a new password. Answers true whether or not the address has an account" })
  async requestPasswordReset(@Arg("input") input: PasswordResetRequestInput, @Ctx() ctx: Context): Promise<boolean> {
    const email = input.email.trim().toLowerCase();
    // counted like sign-in attempts: nobody floods a mailbox or probes addresses
    await ctx.loginThrottle.admit(email, ctx.clientAddress);
    const user = await ctx.dataSource.getRepository(User).findOneBy({ email });
    const organisation = user && (await ctx.dataSource.getRepository(Organisation).findOneBy({ id: user.organisationId }));
    if (!user || !organisation || user.deactivatedAt || organisation.deactivatedAt) return true;
    await ctx.journal.run({ userId: null, organisationId: organisation.id }, async (tx) => {
      const token = newSessionToken();
      const expiresAt = new Date(ctx.clock.now().getTime() + ctx.config.passwordResetTtlMinutes * 60_000);
      await tx.manager.save(PasswordReset, { userId: user.id, tokenHash: hashToken(token), expiresAt, usedAt: null });
      await tx.record({ type: "PASSWORD_RESET_REQUESTED", payload: { userId: user.id } });
      await queueEmail(tx, passwordResetEmail({ to: email, firstName: user.firstName, url: `${ctx.config.publicUrl}/mot-de-passe/${token}`, expiresAt }), "PASSWORD_RESET_REQUESTED");
    });
    return true;
  }

  @Mutation(() => Boolean, { description: "Open without a session: sets a new password through a reset link; every open session of the account ends" })
  async resetPassword(@Arg("input") input: ResetPasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    const reset = await ctx.dataSource.getRepository(PasswordReset).findOneBy({ tokenHash: hashToken(input.token) });
    const user = reset && (await ctx.dataSource.getRepository(User).findOneBy({ id: reset.userId }));
    if (!reset || !user || reset.usedAt || reset.expiresAt <= ctx.clock.now() || user.deactivatedAt) throw invalidResetLink();
    assertStrongPassword("password", input.password, [user.email, user.firstName, user.lastName]);
    const passwordHash = await hashPassword(input.password);
    await ctx.journal.run({ userId: user.id, organisationId: user.organisationId }, async (tx) => {
      const current = await locked(tx.manager, PasswordReset, reset.id);
      if (current.usedAt) throw invalidResetLink();
      current.usedAt = ctx.clock.now();
      await tx.manager.save(current);
      await tx.manager.update(User, { id: user.id }, { passwordHash });
      await endSessionsOf(tx, user.id);
      await tx.record({ type: "PASSWORD_RESET", payload: { userId: user.id } });
    });
    return true;
  }

  @Mutation(() => User, { description: "The signed-in person's name and phone" })
  async updateProfile(@Arg("input") input: ProfileInput, @Ctx() ctx: Context): Promise<User> {
    const { viewer, journal } = authenticated(ctx);
    return journal.run(actorOf(viewer), async (tx) => {
      const user = await locked(tx.manager, User, viewer.userId);
      Object.assign(user, { firstName: input.firstName.trim(), lastName: input.lastName.trim(), phone: input.phone?.trim() || null });
      await tx.manager.save(user);
      await tx.record({ type: "PROFILE_UPDATED", payload: { userId: user.id } });
      return user;
    });
  }

  @Mutation(() => Boolean, { description: "Changes the signed-in person's password; their other sessions end" })
  async changePassword(@Arg("input") input: ChangePasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    const { viewer, journal, dataSource, token } = authenticated(ctx);
    const user = await dataSource.getRepository(User).findOneByOrFail({ id: viewer.userId });
    await ctx.loginThrottle.admit(user.email, ctx.clientAddress);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw badInput("currentPassword", "mot de passe actuel incorrect");
    await ctx.loginThrottle.succeeded(user.email, ctx.clientAddress);
    if (input.newPassword === input.currentPassword) throw badInput("newPassword", "le nouveau mot de passe doit différer de l'actuel");
    assertStrongPassword("newPassword", input.newPassword, [user.email, user.firstName, user.lastName]);
    const passwordHash = await hashPassword(input.newPassword);
    await journal.run(actorOf(viewer), async (tx) => {
      await tx.manager.update(User, { id: user.id }, { passwordHash });
      await endSessionsOf(tx, user.id, hashToken(token ?? ""));
      await tx.record({ type: "PASSWORD_CHANGED", payload: { userId: user.id } });
    });
    return true;
  }
}
