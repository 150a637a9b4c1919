import { regionIdsOf } from "../organisations/directory.js";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { IsNull } from "typeorm";
import { PERMISSIONS } from "../../domain/permissions.js";
import { ProcurementRoute } from "../../domain/vocabulary.js";
import { Operation } from "../../entities/operation.js";
import { Organisation } from "../../entities/organisation.js";
import { Programme } from "../../entities/programme.js";
import { TeamMembership } from "../../entities/team-membership.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { badInput, DomainError, notFound } from "../../graphql/errors.js";
import { followTeamChange } from "../conventions/signatories.js";
import { actorOf, assertAllowed, assertOperationOpen, visibleOrFail } from "../shared/guard.js";
import { CreateOperationInput, RemoveTeamMemberInput, TeamMemberInput } from "./operation.inputs.js";
import { joinTeam } from "./team-join.js";

@Resolver()
export class OperationMutations {
  @Mutation(() => Operation, { description: "Region or training organisation: a new operation under a programme of its territory" })
  async createOperation(@Arg("input") input: CreateOperationInput, @Ctx() ctx: Context): Promise<Operation> {
    const { viewer, journal, dataSource } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.createOperation);
    const programme = await dataSource.getRepository(Programme).findOneBy({ code: input.programmeCode });
    if (!programme) throw badInput("programmeCode", "programme inconnu");
    if (programme.territory !== viewer.territory) {
      throw new DomainError("WRONG_TERRITORY", `Le programme ${programme.name} ne s'applique pas au territoire de votre organisation.`);
    }
    const purchaseOrders = input.procurementRoute === ProcurementRoute.PURCHASE_ORDER;
    if (purchaseOrders !== programme.rules.usesPurchaseOrders) {
      throw badInput("procurementRoute", programme.rules.usesPurchaseOrders
        ? `le programme ${programme.name} finance par bon de commande (PURCHASE_ORDER)`
        : `le programme ${programme.name} passe par un marché PRF, un appel d'offres FREF ou un marché subséquent`);
    }
    return journal.run(actorOf(viewer), async (tx) => {
      const operation = await tx.manager.save(Operation, {
        programmeId: programme.id, title: input.title.trim(), territory: programme.territory, department: input.department,
        procurementRoute: input.procurementRoute, createdByOrganisationId: viewer.organisationId,
      });
      const members = new Set([viewer.organisationId, ...(await regionIdsOf(tx.manager, programme.territory))]);
      for (const organisationId of members) await tx.manager.save(TeamMembership, { operationId: operation.id, organisationId, isLead: false });
      await tx.record({ type: "OPERATION_CREATED", operationId: operation.id, payload: { title: operation.title, programme: programme.code } });
      return operation;
    });
  }

  @Mutation(() => TeamMembership, { description: "Adds a partner to the project team" })
  async addTeamMember(@Arg("input") input: TeamMemberInput, @Ctx() ctx: Context): Promise<TeamMembership> {
    const { viewer, reader, journal, dataSource, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.addTeamMember);
    const operation = await visibleOrFail(reader, Operation, input.operationId, "Opération");
    const partner = await dataSource.getRepository(Organisation).findOneBy({ id: input.organisationId });
    if (!partner) throw notFound("Organisation");
    if (partner.territory !== operation.territory) {
      // the partner is not the viewer's to see: say why without naming it
      throw new DomainError("WRONG_TERRITORY", "Cette organisation n'est pas du territoire de l'opération.");
    }
    if (partner.deactivatedAt) throw new DomainError("ORGANISATION_DEACTIVATED", `${partner.name} est désactivée : elle ne peut rejoindre aucune équipe.`);
    return journal.run(actorOf(viewer), (tx) => joinTeam(tx, { operation, partner, isLead: input.isLead, viewer, clock, publicUrl: ctx.config.publicUrl }));
  }

  @Mutation(() => TeamMembership, { description: "A partner leaves the project team; its membership is kept with the date and reason" })
  async removeTeamMember(@Arg("input") input: RemoveTeamMemberInput, @Ctx() ctx: Context): Promise<TeamMembership> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.removeTeamMember);
    const operation = await visibleOrFail(reader, Operation, input.operationId, "Opération");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, operation.id);
      const active = await tx.manager.findOneBy(TeamMembership, { operationId: operation.id, organisationId: input.organisationId, leftAt: IsNull() });
      if (!active) throw new DomainError("NOT_ON_TEAM", "Ce partenaire ne fait pas partie de l'équipe projet.");
      // the partner leaving hears of it: it is in the audience before its membership ends
      await tx.record({ type: "TEAM_MEMBER_REMOVED", operationId: operation.id, payload: { organisationId: input.organisationId, reason: input.reason } });
      active.leftAt = clock.now();
      active.leftReason = input.reason.trim();
      const saved = await tx.manager.save(active);
      await followTeamChange(tx, operation.id, input.organisationId, { joined: false }, clock.now());
      return saved;
    });
  }
}
