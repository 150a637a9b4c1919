import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { operationSteps, StepStatus, type OperationFacts, type OperationStep } from "../../domain/operation-steps.js";
import { Operation } from "../../entities/operation.js";
import { authenticated, type Context } from "../../graphql/context.js";

@ObjectType("OperationStep", { description: "One of the nine steps of an operation, its status computed from the data" })
class OperationStepType implements OperationStep {
  @Field(() => Int) number: number;
  @Field() code: string;
  @Field() label: string;
  @Field(() => StepStatus) status: StepStatus;
}

const FACTS_SQL = `
SELECT o.id, o.procurement_route AS "procurementRoute",
  (SELECT count(*)::int FROM purchase_order po WHERE po.operation_id = o.id AND po.status <> 'REFUSED') AS "requestedPurchaseOrders",
  (SELECT count(*)::int FROM purchase_order po WHERE po.operation_id = o.id AND po.status = 'VALIDATED') AS "validatedPurchaseOrders",
  (SELECT count(*)::int FROM training_session ts WHERE ts.operation_id = o.id) AS "sessions",
  (SELECT count(*)::int FROM training_session ts WHERE ts.operation_id = o.id AND ts.eos_number IS NOT NULL) AS "sessionsWithEosNumber",
  (SELECT count(*)::int FROM hiring_intention hi WHERE hi.operation_id = o.id AND hi.status = 'SUBMITTED') AS "submittedHiringIntentions",
  (SELECT count(*)::int FROM team_membership tm JOIN organisation org ON org.id = tm.organisation_id
    WHERE tm.operation_id = o.id AND tm.left_at IS NULL AND org.kind IN ('MISSION_LOCALE', 'FRANCE_TRAVAIL')) AS "advisersOnTeam",
  (SELECT count(*)::int FROM candidacy c JOIN training_session ts ON ts.id = c.training_session_id WHERE ts.operation_id = o.id) AS "candidacies",
  (SELECT count(*)::int FROM training_session ts WHERE ts.operation_id = o.id AND ts.group_constituted_at IS NOT NULL) AS "sessionsWithGroup",
  (SELECT count(*)::int FROM training_session ts WHERE ts.operation_id = o.id AND ts.start_date <= $2::date) AS "sessionsStarted",
  (SELECT count(*)::int FROM convention cv JOIN training_session ts ON ts.id = cv.training_session_id WHERE ts.operation_id = o.id) AS "conventions",
  (SELECT count(*)::int FROM convention cv JOIN training_session ts ON ts.id = cv.training_session_id WHERE ts.operation_id = o.id AND cv.status = 'SIGNED') AS "signedConventions",
  (SELECT count(DISTINCT r.training_session_id)::int FROM review r JOIN training_session ts ON ts.id = r.training_session_id WHERE ts.operation_id = o.id) AS "reviewsScheduled",
  (SELECT count(DISTINCT r.training_session_id)::int FROM review r JOIN training_session ts ON ts.id = r.training_session_id WHERE ts.operation_id = o.id AND r.held_at IS NOT NULL) AS "reviewsHeld",
  (SELECT count(*)::int FROM closure cl JOIN training_session ts ON ts.id = cl.training_session_id WHERE ts.operation_id = o.id AND cl.attestation_issued_at IS NOT NULL) AS "attestations",
  (SELECT count(*)::int FROM closure cl JOIN training_session ts ON ts.id = cl.training_session_id WHERE ts.operation_id = o.id AND cl.closed_at IS NOT NULL) AS "closedSessions"
FROM operation o WHERE o.id = ANY($1)`;

@Resolver(() => Operation)
export class OperationStepsResolver {
  @FieldResolver(() => Int, { description: "Employment follow-ups past due and not reported" })
  overdueFollowUpCount(@Root() op: Operation, @Ctx() ctx: Context): Promise<number> {
    const { reader, dataSource, clock } = authenticated(ctx);
    return reader
      .batch<number>("overdueFollowUps", async (ids) => {
        const rows: { id: string; n: number }[] = await dataSource.query(
          `SELECT ts.operation_id AS id, count(*)::int AS n FROM follow_up f JOIN candidacy c ON c.id = f.candidacy_id
             JOIN training_session ts ON ts.id = c.training_session_id
            WHERE ts.operation_id = ANY($1) AND f.reported_at IS NULL AND f.due_date < $2 GROUP BY 1`,
          [ids, clock.today()],
        );
        return ids.map((id) => rows.find((r) => r.id === id)?.n ?? 0);
      })
      .load(op.id);
  }

  @FieldResolver(() => [OperationStepType], { description: "The nine steps (DEFI process sheet), each with its status" })
  steps(@Root() op: Operation, @Ctx() ctx: Context): Promise<OperationStep[]> {
    const { reader, dataSource, clock } = authenticated(ctx);
    return reader
      .batch<OperationStep[]>("operationSteps", async (ids) => {
        const rows: (OperationFacts & { id: string })[] = await dataSource.query(FACTS_SQL, [ids, clock.today()]);
        return ids.map((id) => operationSteps(rows.find((r) => r.id === id)!));
      })
      .load(op.id);
  }
}
