import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Attachment } from "../../entities/attachment.js";
import { Candidacy } from "../../entities/candidacy.js";
import { HiringIntention } from "../../entities/hiring-intention.js";
import { Operation } from "../../entities/operation.js";
import { Organisation } from "../../entities/organisation.js";
import { Pairing } from "../../entities/pairing.js";
import { PurchaseOrder } from "../../entities/purchase-order.js";
import { TrainingSession } from "../../entities/training-session.js";
import { durabilityExplanation, isDurableEmployment } from "../../domain/durable-employment.js";
import { Programme } from "../../entities/programme.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";

export const HiringIntentionPage = PageOf(HiringIntention);

@Resolver(() => HiringIntention)
export class HiringIntentionResolver {
  @Query(() => HiringIntentionPage, { description: "Hiring intentions; a company sees only its own" })
  hiringIntentions(@Args() page: PageArgs, @Arg("operationId", () => ID, { nullable: true }) operationId: string | null, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.page(HiringIntention, { ...page, filter: { operationId }, orderBy: "receivedAt" });
  }

  @Query(() => HiringIntention, { nullable: true })
  hiringIntention(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(HiringIntention, id);
  }

  private async minimumMonths(h: HiringIntention, ctx: Context): Promise<number> {
    const { reader } = authenticated(ctx);
    const operation = await reader.one(Operation, h.operationId);
    return (await reader.one(Programme, operation?.programmeId))?.rules.durableContractMinimumMonths ?? 6;
  }

  @FieldResolver(() => Boolean, { description: "CDI, or a contract of at least 6 months" })
  async durableEmployment(@Root() h: HiringIntention, @Ctx() ctx: Context): Promise<boolean> {
    return isDurableEmployment(h.contractType, h.contractDurationMonths, await this.minimumMonths(h, ctx));
  }

  @FieldResolver(() => String, { description: "The durability rule applied to this contract, in words" })
  async durabilityExplanation(@Root() h: HiringIntention, @Ctx() ctx: Context): Promise<string> {
    return durabilityExplanation(h.contractType, h.contractDurationMonths, await this.minimumMonths(h, ctx));
  }

  @FieldResolver(() => Operation, { nullable: true })
  operation(@Root() h: HiringIntention, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Operation, h.operationId);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  company(@Root() h: HiringIntention, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, h.companyId);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  trainingOrganisation(@Root() h: HiringIntention, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, h.trainingOrganisationId);
  }

  @FieldResolver(() => TrainingSession, { nullable: true })
  trainingSession(@Root() h: HiringIntention, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(TrainingSession, h.trainingSessionId);
  }

  @FieldResolver(() => Attachment, { nullable: true, description: "The e-mail or letter, as a file" })
  evidenceFile(@Root() h: HiringIntention, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Attachment, h.evidenceAttachmentId);
  }

  @FieldResolver(() => [Candidacy], { description: "Candidacies proposed for this job that the viewer may see" })
  candidacies(@Root() h: HiringIntention, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(Candidacy, "hiringIntentionId", h.id, "createdAt");
  }

  @FieldResolver(() => [Pairing])
  pairings(@Root() h: HiringIntention, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(Pairing, "hiringIntentionId", h.id, "pairedAt");
  }

  @FieldResolver(() => PurchaseOrder, { nullable: true, description: "The intention's latest purchase order (after a refusal or a cancellation, the one requested again)" })
  async purchaseOrder(@Root() h: HiringIntention, @Ctx() ctx: Context) {
    const orders = await authenticated(ctx).reader.many(PurchaseOrder, "hiringIntentionId", h.id, "receivedAt");
    return orders[orders.length - 1] ?? null;
  }

  @FieldResolver(() => [PurchaseOrder], { description: "Every purchase order of the intention, oldest first: refused and cancelled ones stay as history" })
  purchaseOrders(@Root() h: HiringIntention, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(PurchaseOrder, "hiringIntentionId", h.id, "receivedAt");
  }
}

@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => String, { description: "The file's content, base64-encoded (loaded only when asked)" })
  async contentBase64(@Root() a: Attachment, @Ctx() ctx: Context): Promise<string> {
    const row = await authenticated(ctx).reader.query(Attachment).addSelect("a.content").andWhere("a.id = :id", { id: a.id }).getOne();
    return row?.content.toString("base64") ?? "";
  }
}
