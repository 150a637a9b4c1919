import { IsOptional, Length } from "class-validator";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { In, IsNull, Not, type EntityManager } from "typeorm";
import { frenchDate } from "../../domain/calendar.js";
import { OrganisationKind } from "../../domain/kinds.js";
import { findTransition, PURCHASE_ORDER_STATUS_LABELS, PURCHASE_ORDER_TRANSITIONS } from "../../domain/machines.js";
import { isAllowed, PERMISSIONS, whoMay } from "../../domain/permissions.js";
import { durabilityExplanation, isDurableEmployment } from "../../domain/durable-employment.js";
import { HiringIntentionStatus, PurchaseOrderStatus } from "../../domain/vocabulary.js";
import { HiringIntention } from "../../entities/hiring-intention.js";
import { Organisation } from "../../entities/organisation.js";
import { PurchaseOrder } from "../../entities/purchase-order.js";
import { TeamMembership } from "../../entities/team-membership.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { eventType } from "../../realtime/journal.js";
import { DomainError } from "../../graphql/errors.js";
import { actorOf, assertAllowed, assertOperationOpen, forbidden, locked, requireReason, visibleOrFail } from "../shared/guard.js";
import { assertProcessAllows } from "../shared/process-gate.js";

@InputType()
class MovePurchaseOrderInput {
  @Field(() => ID) purchaseOrderId: string;
  @Field(() => PurchaseOrderStatus) to: PurchaseOrderStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(3, 2000, { message: "reason : motif de 3 à 2000 caractères" }) reason?: string | null;
}

@Resolver()
export class PurchaseOrderMutations {
  @Mutation(() => PurchaseOrder, { description: "Training organisation: requests the purchase order of one hiring intention; the group's lead is informed and receives it" })
  async requestPurchaseOrder(@Arg("hiringIntentionId", () => ID) hiringIntentionId: string, @Ctx() ctx: Context): Promise<PurchaseOrder> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.requestPurchaseOrder);
    const intention = await visibleOrFail(reader, HiringIntention, hiringIntentionId, "Intention d'embauche");
    return journal.run(actorOf(viewer), async (tx) => {
      const operation = await assertOperationOpen(tx.manager, intention.operationId);
      const { programme } = await assertProcessAllows(tx.manager, clock, "requestPurchaseOrder", { operationId: operation.id, trainingSessionId: intention.trainingSessionId });
      const current = await locked(tx.manager, HiringIntention, intention.id);
      if (current.status !== HiringIntentionStatus.SUBMITTED) throw new DomainError("HIRING_INTENTION_WITHDRAWN", "Cette intention d'embauche a été retirée par l'entreprise.");
      const minimum = programme.rules.durableContractMinimumMonths;
      if (!isDurableEmployment(current.contractType, current.contractDurationMonths, minimum) && !current.derogationGrantedAt) {
        throw new DomainError("DEROGATION_REQUIRED", `${durabilityExplanation(current.contractType, current.contractDurationMonths, minimum)} : le bon de commande attend la dérogation de la Région.`);
      }
      const standing = await tx.manager.findOne(PurchaseOrder, { where: { hiringIntentionId: intention.id, status: Not(In([PurchaseOrderStatus.REFUSED, PurchaseOrderStatus.CANCELLED])) } });
      if (standing) throw new DomainError("PURCHASE_ORDER_EXISTS", "Un bon de commande est déjà en cours pour cette intention d'embauche (une intention, un parcours).");
      const refusedBefore = await tx.manager.countBy(PurchaseOrder, { hiringIntentionId: intention.id, status: PurchaseOrderStatus.REFUSED });
      const lead = await leadOf(tx.manager, operation.id);
      const order = await tx.manager.save(PurchaseOrder, { operationId: operation.id, hiringIntentionId: intention.id, leadOrganisationId: lead ?? viewer.organisationId, requestedByOrganisationId: viewer.organisationId, receivedAt: clock.now() });
      await tx.record({
        type: "PURCHASE_ORDER_REQUESTED", operationId: operation.id, concerned: [order.leadOrganisationId, viewer.organisationId, intention.companyId],
        payload: { purchaseOrderId: order.id, hiringIntentionId: intention.id, jobTitle: intention.jobTitle, receivedAt: order.receivedAt, leadOrganisationId: order.leadOrganisationId, requestedAgainAfterRefusal: refusedBefore > 0 },
      });
      return order;
    });
  }

  @Mutation(() => PurchaseOrder, { description: "Region: chef de pôle then cheffe de service validate, in order of arrival; either may refuse with a reason" })
  async movePurchaseOrder(@Arg("input") input: MovePurchaseOrderInput, @Ctx() ctx: Context): Promise<PurchaseOrder> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    const visible = await visibleOrFail(reader, PurchaseOrder, input.purchaseOrderId, "Bon de commande");
    return journal.run(actorOf(viewer), async (tx) => {
      const operation = await assertOperationOpen(tx.manager, visible.operationId);
      await assertProcessAllows(tx.manager, clock, "movePurchaseOrder", { operationId: operation.id });
      const order = await locked(tx.manager, PurchaseOrder, visible.id);
      const transition = findTransition(PURCHASE_ORDER_TRANSITIONS, order.status, input.to);
      if (!transition) {
        throw new DomainError("TRANSITION_NOT_ALLOWED", `Un bon de commande « ${PURCHASE_ORDER_STATUS_LABELS[order.status]} » ne peut pas passer à « ${PURCHASE_ORDER_STATUS_LABELS[input.to]} ».`);
      }
      if (!isAllowed(transition, viewer.kind, viewer.role)) throw forbidden(`Action réservée à : ${whoMay(transition)} (${transition.label}).`);
      if (input.to !== PurchaseOrderStatus.REFUSED) {
        const older: { received_at: Date; job_title: string }[] = await tx.manager.query(
          `SELECT po.received_at, hi.job_title FROM purchase_order po JOIN operation o ON o.id = po.operation_id JOIN hiring_intention hi ON hi.id = po.hiring_intention_id
            WHERE o.territory = $1 AND po.status = $2 AND po.id <> $3 AND (po.received_at, po.id) < ($4, $3) ORDER BY po.received_at LIMIT 1`,
          [operation.territory, order.status, order.id, order.receivedAt],
        );
        if (older.length) {
          throw new DomainError("PURCHASE_ORDER_NOT_NEXT", `Les bons de commande sont servis dans l'ordre d'arrivée : celui du ${frenchDate(older[0].received_at.toISOString().slice(0, 10))} (« ${older[0].job_title} ») passe avant.`);
        }
      }
      const from = order.status;
      const now = clock.now();
      order.status = input.to;
      if (input.to === PurchaseOrderStatus.VALIDATED_BY_HEAD_OF_UNIT) order.headOfUnitValidatedAt = now;
      if (input.to === PurchaseOrderStatus.VALIDATED) order.headOfServiceValidatedAt = now;
      if (input.to === PurchaseOrderStatus.REFUSED) {
        order.refusedAt = now;
        order.refusalReason = requireReason("reason", input.reason);
      }
      await tx.manager.save(order);
      const intention = await tx.manager.findOneByOrFail(HiringIntention, { id: order.hiringIntentionId });
      await tx.record({
        type: eventType(`PURCHASE_ORDER_${input.to}`), operationId: operation.id, concerned: [order.leadOrganisationId, order.requestedByOrganisationId, intention.companyId],
        payload: { purchaseOrderId: order.id, from, to: input.to, reason: order.refusalReason, jobTitle: intention.jobTitle },
      });
      return order;
    });
  }
}

/** The lead (mandataire) of the operation's group of training organisations, if one is named. */
async function leadOf(manager: EntityManager, operationId: string): Promise<string | null> {
  const leads = await manager.findBy(TeamMembership, { operationId, isLead: true, leftAt: IsNull() });
  for (const lead of leads) {
    const org = await manager.findOneBy(Organisation, { id: lead.organisationId });
    if (org?.kind === OrganisationKind.TRAINING_ORGANISATION) return org.id;
  }
  return null;
}
