import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { OperationStatus } from "../../domain/vocabulary.js";
import { HiringIntention } from "../../entities/hiring-intention.js";
import { Operation } from "../../entities/operation.js";
import { Organisation } from "../../entities/organisation.js";
import { Programme } from "../../entities/programme.js";
import { PurchaseOrder } from "../../entities/purchase-order.js";
import { TeamMembership } from "../../entities/team-membership.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";

export const OperationPage = PageOf(Operation);

@Resolver(() => Operation)
export class OperationResolver {
  @Query(() => OperationPage, { description: "Operations the viewer's organisation is on, or the Region's territory" })
  operations(@Args() page: PageArgs, @Arg("status", () => OperationStatus, { nullable: true }) status: OperationStatus | null, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.page(Operation, { ...page, filter: { status }, orderBy: "createdAt", order: "DESC" });
  }

  @Query(() => Operation, { nullable: true })
  operation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Operation, id);
  }

  @FieldResolver(() => Programme, { nullable: true })
  programme(@Root() op: Operation, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Programme, op.programmeId);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  createdBy(@Root() op: Operation, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, op.createdByOrganisationId);
  }

  @FieldResolver(() => [TeamMembership], { description: "Project team, past members included (leftAt set)" })
  team(@Root() op: Operation, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(TeamMembership, "operationId", op.id, "joinedAt");
  }

  @FieldResolver(() => [TrainingSession])
  trainingSessions(@Root() op: Operation, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(TrainingSession, "operationId", op.id, "startDate");
  }

  @FieldResolver(() => [HiringIntention])
  hiringIntentions(@Root() op: Operation, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(HiringIntention, "operationId", op.id, "receivedAt");
  }

  @FieldResolver(() => [PurchaseOrder])
  purchaseOrders(@Root() op: Operation, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(PurchaseOrder, "operationId", op.id, "receivedAt");
  }
}

@Resolver(() => TeamMembership)
export class TeamMembershipResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() m: TeamMembership, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, m.organisationId);
  }

  @FieldResolver(() => Operation, { nullable: true })
  operation(@Root() m: TeamMembership, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Operation, m.operationId);
  }
}
