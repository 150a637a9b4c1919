import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { IsNull } from "typeorm";
import { OrganisationKind } from "../../domain/kinds.js";
import { PERMISSIONS } from "../../domain/permissions.js";
import { Operation } from "../../entities/operation.js";
import { Organisation } from "../../entities/organisation.js";
import { TeamMembership } from "../../entities/team-membership.js";
import { User } from "../../entities/user.js";
import { authenticated, type AuthenticatedContext, type Context } from "../../graphql/context.js";
import { DomainError, notFound } from "../../graphql/errors.js";
import type { MutationTransaction } from "../../realtime/journal.js";
import { endSessionsOf } from "../people/account.resolver.js";
import { joinTeam } from "../operations/team-join.js";
import { actorOf, assertAllowed, locked, visibleOrFail } from "../shared/guard.js";
import { checkedFields, regionIdsOf } from "./directory.js";
import { CreateOrganisationInput, DeactivateOrganisationInput, NewTeamPartnerInput, OrganisationFields } from "./organisation.inputs.js";

/** An organisation of the viewer's territory, for the Region to edit. */
async function regionalOrganisation(ctx: AuthenticatedContext, id: string): Promise<Organisation> {
  assertAllowed(ctx.viewer, PERMISSIONS.manageDirectory);
  const organisation = await visibleOrFail(ctx.reader, Organisation, id, "Organisation");
  if (organisation.territory !== ctx.viewer.territory) throw notFound("Organisation");
  return organisation;
}

/** Two creations with the same SIRET at once: the unique index settles it, the loser gets the same refusal as a sequential duplicate. */
async function created(tx: MutationTransaction, values: Partial<Organisation>): Promise<Organisation> {
  try {
    return await tx.manager.save(Organisation, values);
  } catch (error) {
    if ((error as { constraint?: string }).constraint === "UQ_organisation_siret") {
      throw new DomainError("DUPLICATE_SIRET", `Le SIRET ${values.siret} vient d'être enregistré pour une autre organisation.`, { fields: [{ field: "siret", rules: ["SIRET déjà enregistré"] }] });
    }
    throw error;
  }
}

@Resolver()
export class OrganisationMutations {
  @Mutation(() => Organisation, { description: "Region: a new organisation of its territory (SIRET checked, one organisation per SIRET)" })
  async createOrganisation(@Arg("input") input: CreateOrganisationInput, @Ctx() context: Context): Promise<Organisation> {
    const ctx = authenticated(context);
    assertAllowed(ctx.viewer, PERMISSIONS.manageDirectory);
    if (input.kind === OrganisationKind.REGION) throw new DomainError("FORBIDDEN", "Une Région ne se crée pas sur Cordée : elle y est dès l'installation.");
    return ctx.journal.run(actorOf(ctx.viewer), async (tx) => {
      const fields = await checkedFields(tx.manager, input.kind, ctx.viewer.territory, input, null);
      const organisation = await created(tx, { ...fields, kind: input.kind, territory: ctx.viewer.territory, createdByOrganisationId: ctx.viewer.organisationId, deactivatedAt: null });
      await tx.record({ type: "ORGANISATION_CREATED", tell: [organisation.id], payload: { organisationId: organisation.id, name: organisation.name, kind: organisation.kind, siret: organisation.siret } });
      return organisation;
    });
  }

  @Mutation(() => Organisation, { description: "Region: corrects an organisation of its territory" })
  async updateOrganisation(@Arg("id", () => ID) id: string, @Arg("input") input: OrganisationFields, @Ctx() context: Context): Promise<Organisation> {
    const ctx = authenticated(context);
    const organisation = await regionalOrganisation(ctx, id);
    return ctx.journal.run(actorOf(ctx.viewer), async (tx) => {
      const current = await locked(tx.manager, Organisation, organisation.id);
      const fields = await checkedFields(tx.manager, current.kind, current.territory, input, current.id);
      const before = { name: current.name, department: current.department, city: current.city, siret: current.siret, isSiae: current.isSiae, groupementRole: current.groupementRole, groupementLeadId: current.groupementLeadId };
      Object.assign(current, fields);
      const saved = await created(tx, current);
      await tx.record({ type: "ORGANISATION_UPDATED", tell: [current.id], payload: { organisationId: current.id, before, after: fields } });
      return saved;
    });
  }

  @Mutation(() => Organisation, { description: "Region: the organisation leaves the platform; its members can no longer sign in, its history stays" })
  async deactivateOrganisation(@Arg("input") input: DeactivateOrganisationInput, @Ctx() context: Context): Promise<Organisation> {
    const ctx = authenticated(context);
    const organisation = await regionalOrganisation(ctx, input.organisationId);
    if (organisation.kind === OrganisationKind.REGION) throw new DomainError("FORBIDDEN", "La Région ne se désactive pas.");
    if (organisation.deactivatedAt) throw new DomainError("ALREADY_DEACTIVATED", `${organisation.name} est déjà désactivée.`);
    return ctx.journal.run(actorOf(ctx.viewer), async (tx) => {
      const current = await locked(tx.manager, Organisation, organisation.id);
      current.deactivatedAt = ctx.clock.now();
      await tx.manager.save(current);
      const members = await tx.manager.findBy(User, { organisationId: current.id, deactivatedAt: IsNull() });
      for (const member of members) await endSessionsOf(tx, member.id);
      await tx.record({ type: "ORGANISATION_DEACTIVATED", tell: [current.id], payload: { organisationId: current.id, name: current.name, reason: input.reason.trim(), userIds: members.map((m) => m.id) } });
      return current;
    });
  }

  @Mutation(() => Organisation, { description: "Region: a deactivated organisation comes back" })
  async reactivateOrganisation(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Organisation> {
    const ctx = authenticated(context);
    const organisation = await regionalOrganisation(ctx, id);
    if (!organisation.deactivatedAt) throw new DomainError("NOT_DEACTIVATED", `${organisation.name} est active.`);
    return ctx.journal.run(actorOf(ctx.viewer), async (tx) => {
      const current = await locked(tx.manager, Organisation, organisation.id);
      current.deactivatedAt = null;
      await tx.manager.save(current);
      await tx.record({ type: "ORGANISATION_REACTIVATED", tell: [current.id], payload: { organisationId: current.id, name: current.name } });
      return current;
    });
  }

  @Mutation(() => TeamMembership, { description: "Training organisation or Region: creates an organisation that is not on Cordée yet and adds it to the operation's team; the Region is told" })
  async addNewOrganisationToTeam(@Arg("input") input: NewTeamPartnerInput, @Ctx() context: Context): Promise<TeamMembership> {
    const ctx = authenticated(context);
    assertAllowed(ctx.viewer, PERMISSIONS.addTeamMember);
    const operation = await visibleOrFail(ctx.reader, Operation, input.operationId, "Opération");
    if (input.organisation.kind === OrganisationKind.REGION) throw new DomainError("FORBIDDEN", "La Région fait déjà partie de chaque équipe projet de son territoire.");
    return ctx.journal.run(actorOf(ctx.viewer), async (tx) => {
      const fields = await checkedFields(tx.manager, input.organisation.kind, operation.territory, input.organisation, null);
      const partner = await created(tx, { ...fields, kind: input.organisation.kind, territory: operation.territory, createdByOrganisationId: ctx.viewer.organisationId, deactivatedAt: null });
      await tx.record({ type: "ORGANISATION_CREATED", tell: [partner.id, ...(await regionIdsOf(tx.manager, operation.territory))], payload: { organisationId: partner.id, name: partner.name, kind: partner.kind, siret: partner.siret, operationId: operation.id } });
      return joinTeam(tx, { operation, partner, isLead: input.isLead, viewer: ctx.viewer, clock: ctx.clock, publicUrl: ctx.config.publicUrl });
    });
  }
}
