import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { documentUrl } from "../../documents/links.js";
import { PurchaseOrderStatus } from "../../domain/vocabulary.js";
import { HiringIntention } from "../../entities/hiring-intention.js";
import { Operation } from "../../entities/operation.js";
import { Organisation } from "../../entities/organisation.js";
import { PurchaseOrder } from "../../entities/purchase-order.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";

export const PurchaseOrderPage = PageOf(PurchaseOrder);

@Resolver(() => PurchaseOrder)
export class PurchaseOrderResolver {
  @Query(() => PurchaseOrderPage, { description: "Purchase orders, in order of arrival" })
  purchaseOrders(@Args() page: PageArgs, @Arg("status", () => PurchaseOrderStatus, { nullable: true }) status: PurchaseOrderStatus | null, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.page(PurchaseOrder, { ...page, filter: { status }, orderBy: "receivedAt" });
  }

  @Query(() => PurchaseOrder, { nullable: true })
  purchaseOrder(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(PurchaseOrder, id);
  }

  @FieldResolver(() => Operation, { nullable: true })
  operation(@Root() p: PurchaseOrder, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Operation, p.operationId);
  }

  @FieldResolver(() => HiringIntention, { nullable: true })
  hiringIntention(@Root() p: PurchaseOrder, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(HiringIntention, p.hiringIntentionId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "Lead of the group (mandataire), who receives the order" })
  lead(@Root() p: PurchaseOrder, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, p.leadOrganisationId);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  requestedBy(@Root() p: PurchaseOrder, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, p.requestedByOrganisationId);
  }

  @FieldResolver(() => String, { description: "The purchase order as PDF, at its current step (requested, validated, refused...)" })
  documentUrl(@Root() p: PurchaseOrder): string {
    return documentUrl("purchase-order", p.id);
  }
}
