import { randomUUID } from "node:crypto";
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, registerEnumType, Resolver } from "type-graphql";
import { IsNull } from "typeorm";
import { openSession } from "../../auth/open-session.js";
import { hashPassword } from "../../auth/password.js";
import { assertStrongPassword } from "../../auth/password-strength.js";
import { hashToken, newSessionToken } from "../../auth/tokens.js";
import { longDateOf } from "../../domain/french.js";
import { MemberRole } from "../../domain/kinds.js";
import { Invitation } from "../../entities/invitation.js";
import { Organisation } from "../../entities/organisation.js";
import { User } from "../../entities/user.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { DomainError, notFound } from "../../graphql/errors.js";
import { invitationEmail } from "../../mail/messages.js";
import { queueEmail } from "../../mail/outbox.js";
import { LoginResult } from "../auth/auth.resolver.js";
import { actorOf, locked } from "../shared/guard.js";
import { AcceptInvitationInput, InviteMemberInput } from "./people.inputs.js";
import { assertManagesPeople, assertRoleFits } from "./people.permissions.js";

export enum InvitationStatus {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  REVOKED = "REVOKED",
  EXPIRED = "EXPIRED",
}

registerEnumType(InvitationStatus, { name: "InvitationStatus", description: "PENDING until accepted, revoked or expired" });

export function invitationStatus(invitation: Invitation, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
  if (invitation.revokedAt) return InvitationStatus.REVOKED;
  return invitation.expiresAt <= now ? InvitationStatus.EXPIRED : InvitationStatus.PENDING;
}

@ObjectType({ description: "What the accept-invitation page shows before an account exists" })
export class InvitationPreview {
  @Field() organisationName: string;
  @Field() email: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field() expiresAt: Date;
  @Field(() => InvitationStatus) status: InvitationStatus;
  @Field(() => MemberRole) role: MemberRole;
  @Field({ description: "Whether the person will administer the organisation" }) isAdmin: boolean;
  @Field({ description: "Who sent the invitation, e.g. « Claire Martin (Loire Compétences Formation) »" }) invitedBy: string;
}

const unknownInvitation = () =>
  new DomainError("INVITATION_UNKNOWN", "Ce lien d'invitation n'est pas valable. Vérifiez qu'il est complet, ou demandez une nouvelle invitation.");

const unusable = (status: InvitationStatus) =>
  new DomainError(`INVITATION_${status}`, {
    ACCEPTED: "Cette invitation a déjà servi : connectez-vous avec l'adresse e-mail invitée.",
    REVOKED: "Cette invitation a été annulée par l'organisation. Demandez-lui une nouvelle invitation.",
    EXPIRED: "Cette invitation a expiré. Demandez à l'organisation qui vous a invité de vous en envoyer une nouvelle.",
    PENDING: "",
  }[status]);

@Resolver()
export class InvitationResolver {
  @Mutation(() => Invitation, { description: "Invites a person into an organisation by e-mail: a single-use link that expires" })
  async inviteMember(@Arg("input") input: InviteMemberInput, @Ctx() ctx: Context): Promise<Invitation> {
    const { viewer, journal, dataSource, clock, config } = authenticated(ctx);
    const email = input.email.trim().toLowerCase();
    const organisation = await dataSource.getRepository(Organisation).findOneBy({ id: input.organisationId });
    if (!organisation || !(await ctx.reader!.one(Organisation, organisation.id))) throw notFound("Organisation");
    const right = await assertManagesPeople(dataSource.manager, viewer, organisation);
    assertRoleFits("role", organisation, input.role);
    const inviter = await dataSource.getRepository(User).findOneByOrFail({ id: viewer.userId });
    const inviterOrganisation = await dataSource.getRepository(Organisation).findOneByOrFail({ id: viewer.organisationId });
    return journal.run(actorOf(viewer), async (tx) => {
      await locked(tx.manager, Organisation, organisation.id); // two invitations of the same person at once: one wins
      if (await tx.manager.findOneBy(User, { email })) {
        throw new DomainError("EMAIL_TAKEN", `${email} a déjà un compte Cordée. Une personne n'appartient qu'à une organisation : demandez-lui de vous contacter.`);
      }
      const now = clock.now();
      const pending = await tx.manager.findOneBy(Invitation, { organisationId: organisation.id, email, acceptedAt: IsNull(), revokedAt: IsNull() });
      if (pending && pending.expiresAt > now) {
        throw new DomainError("ALREADY_INVITED", `${email} a déjà une invitation en attente pour ${organisation.name} (jusqu'au ${longDateOf(pending.expiresAt)}). Annulez-la pour en envoyer une nouvelle.`);
      }
      const token = newSessionToken();
      const expiresAt = new Date(now.getTime() + config.invitationTtlHours * 3600_000);
      const invitation = await tx.manager.save(Invitation, {
        organisationId: organisation.id, email, firstName: input.firstName.trim(), lastName: input.lastName.trim(), role: input.role,
        // the first person of an organisation administers it: someone must be able to invite the next
        isAdmin: input.isAdmin || right === "first-contact",
        tokenHash: hashToken(token), invitedByUserId: viewer.userId, expiresAt, createdAt: now,
      });
      await tx.record({ type: "MEMBER_INVITED", tell: [organisation.id], payload: { invitationId: invitation.id, organisationId: organisation.id, email, role: input.role, isAdmin: invitation.isAdmin } });
      await queueEmail(tx, invitationEmail({
        to: email, firstName: invitation.firstName, organisationName: organisation.name,
        invitedBy: `${inviter.firstName} ${inviter.lastName}`, invitedByOrganisation: inviterOrganisation.name,
        url: `${config.publicUrl}/invitation/${token}`, expiresAt,
      }), "MEMBER_INVITED");
      return invitation;
    });
  }

  @Mutation(() => Invitation, { description: "Cancels a pending invitation: its link no longer works" })
  async revokeInvitation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Invitation> {
    const { viewer, journal, dataSource, clock } = authenticated(ctx);
    const invitation = await dataSource.getRepository(Invitation).findOneBy({ id });
    const organisation = invitation && (await dataSource.getRepository(Organisation).findOneBy({ id: invitation.organisationId }));
    if (!invitation || !organisation) throw notFound("Invitation");
    const inviterOrganisation = (await dataSource.getRepository(User).findOneBy({ id: invitation.invitedByUserId }))?.organisationId;
    if (inviterOrganisation !== viewer.organisationId) await assertManagesPeople(dataSource.manager, viewer, organisation);
    return journal.run(actorOf(viewer), async (tx) => {
      const current = await locked(tx.manager, Invitation, id);
      const status = invitationStatus(current, clock.now());
      if (status !== InvitationStatus.PENDING) throw unusable(status);
      current.revokedAt = clock.now();
      await tx.manager.save(current);
      await tx.record({ type: "INVITATION_REVOKED", tell: [organisation.id], payload: { invitationId: id, organisationId: organisation.id, email: current.email } });
      return current;
    });
  }

  @Query(() => InvitationPreview, { description: "Open without a session: what an invitation link is for, and whether it still works" })
  async invitation(@Arg("token") token: string, @Ctx() ctx: Context): Promise<InvitationPreview> {
    const invitation = await ctx.dataSource.getRepository(Invitation).findOneBy({ tokenHash: hashToken(token) });
    if (!invitation) throw unknownInvitation();
    const organisation = await ctx.dataSource.getRepository(Organisation).findOneByOrFail({ id: invitation.organisationId });
    const inviter = await ctx.dataSource.getRepository(User).findOneBy({ id: invitation.invitedByUserId });
    const inviterOrganisation = inviter && (await ctx.dataSource.getRepository(Organisation).findOneBy({ id: inviter.organisationId }));
    const { email, firstName, lastName, expiresAt, role, isAdmin } = invitation;
    return {
      organisationName: organisation.name, email, firstName, lastName, expiresAt, role, isAdmin,
      invitedBy: inviter ? `${inviter.firstName} ${inviter.lastName}${inviterOrganisation ? ` (${inviterOrganisation.name})` : ""}` : organisation.name,
      status: invitationStatus(invitation, ctx.clock.now()),
    };
  }

  @Mutation(() => LoginResult, { description: "Open without a session: sets the password of the invited person, creates the account and signs in" })
  async acceptInvitation(@Arg("input") input: AcceptInvitationInput, @Ctx() ctx: Context): Promise<LoginResult> {
    const found = await ctx.dataSource.getRepository(Invitation).findOneBy({ tokenHash: hashToken(input.token) });
    if (!found) throw unknownInvitation();
    assertStrongPassword("password", input.password, [found.email, found.firstName, found.lastName]);
    const passwordHash = await hashPassword(input.password);
    const organisation = await ctx.dataSource.getRepository(Organisation).findOneByOrFail({ id: found.organisationId });
    if (organisation.deactivatedAt) throw new DomainError("ORGANISATION_DEACTIVATED", `${organisation.name} a été désactivée : l'invitation ne peut plus servir.`);
    const userId = randomUUID(); // the journal's actor is the account this transaction creates
    const inviterOrganisationId = (await ctx.dataSource.getRepository(User).findOneBy({ id: found.invitedByUserId }))?.organisationId;
    const result = await ctx.journal.run({ userId, organisationId: organisation.id }, async (tx) => {
      const invitation = await locked(tx.manager, Invitation, found.id); // the same link clicked twice: one account
      const status = invitationStatus(invitation, ctx.clock.now());
      if (status !== InvitationStatus.PENDING) throw unusable(status);
      if (await tx.manager.findOneBy(User, { email: invitation.email })) throw unusable(InvitationStatus.ACCEPTED);
      const user = await tx.manager.save(User, {
        id: userId, email: invitation.email, passwordHash, firstName: invitation.firstName, lastName: invitation.lastName,
        organisationId: organisation.id, role: invitation.role, isAdmin: invitation.isAdmin, phone: input.phone?.trim() || null, deactivatedAt: null,
      });
      invitation.acceptedAt = ctx.clock.now();
      invitation.userId = user.id;
      await tx.manager.save(invitation);
      await tx.record({ type: "INVITATION_ACCEPTED", tell: inviterOrganisationId ? [inviterOrganisationId] : [], payload: { invitationId: invitation.id, userId: user.id, organisationId: organisation.id, name: `${user.firstName} ${user.lastName}`, organisationName: organisation.name } });
      const session = await openSession(ctx, tx, user.id);
      return { ...session, user };
    });
    return { token: result.token, expiresAt: result.expiresAt, viewer: { user: result.user, organisation, kind: organisation.kind, role: result.user.role } };
  }
}
