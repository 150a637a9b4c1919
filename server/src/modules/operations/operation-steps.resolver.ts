import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { processSteps, type StepView } from "../../domain/process/process.js";
import { StepStatus, type OperationFacts } from "../../domain/process/progress.js";
import { Operation } from "../../entities/operation.js";
import { Programme } from "../../entities/programme.js";
import { authenticated, type Context } from "../../graphql/context.js";

@ObjectType("OperationStep", { description: "One step of the operation's programme process, its status computed from the data" })
class OperationStepType implements StepView {
  @Field(() => Int) number: number;
  @Field() code: string;
  @Field() label: string;
  @Field({ description: "What ends the step, in the users' words" }) endsWhen: string;
  @Field(() => StepStatus) status: StepStatus;
  @Field(() => [String], { description: "Partner kinds that act in this step" }) actors: string[];
}

const count = (sql: string) => `(SELECT count(*)::int ${sql})`;
const inOperation = "JOIN training_session ts ON ts.id = c.training_session_id WHERE ts.operation_id = o.id";

const FACTS_SQL = `
SELECT o.id, o.procurement_route AS "procurementRoute",
  ${count("FROM training_session ts WHERE ts.operation_id = o.id")} AS "sessions",
  ${count("FROM training_session ts WHERE ts.operation_id = o.id AND ts.eos_number IS NOT NULL")} AS "sessionsWithEosNumber",
  ${count("FROM hiring_intention hi WHERE hi.operation_id = o.id AND hi.status = 'SUBMITTED'")} AS "submittedHiringIntentions",
  ${count("FROM purchase_order po WHERE po.operation_id = o.id AND po.status NOT IN ('REFUSED', 'CANCELLED')")} AS "requestedPurchaseOrders",
  ${count("FROM purchase_order po JOIN hiring_intention hi ON hi.id = po.hiring_intention_id WHERE po.operation_id = o.id AND po.status = 'VALIDATED' AND hi.status = 'SUBMITTED'")} AS "validatedPurchaseOrders",
  ${count("FROM meeting m WHERE m.operation_id = o.id AND m.kind = 'PREPARATORY_MEETING' AND m.held_at IS NOT NULL")} AS "preparatoryMeetingsHeld",
  ${count("FROM meeting m WHERE m.operation_id = o.id AND m.kind = 'INFORMATION_SESSION' AND m.held_at IS NOT NULL")} AS "informationSessionsHeld",
  ${count(`FROM team_membership tm JOIN organisation org ON org.id = tm.organisation_id
    WHERE tm.operation_id = o.id AND tm.left_at IS NULL AND org.kind IN ('MISSION_LOCALE', 'FRANCE_TRAVAIL')`)} AS "advisersOnTeam",
  ${count(`FROM candidacy c ${inOperation}`)} AS "candidacies",
  ${count(`FROM candidacy c ${inOperation} AND c.status = 'ADMITTED'`)} AS "admitted",
  ${count(`FROM candidacy c ${inOperation} AND c.status = 'ADMITTED' AND c.path_referent IS NOT NULL`)} AS "admittedWithPathReferent",
  ${count("FROM training_session ts WHERE ts.operation_id = o.id AND ts.group_constituted_at IS NOT NULL")} AS "sessionsWithGroup",
  ${count("FROM training_session ts WHERE ts.operation_id = o.id AND ts.start_date <= $2::date")} AS "sessionsStarted",
  ${count("FROM training_session ts WHERE ts.operation_id = o.id AND ts.end_date < $2::date")} AS "sessionsEnded",
  ${count(`FROM immersion i JOIN candidacy c ON c.id = i.candidacy_id ${inOperation}`)} AS "immersions",
  ${count("FROM review r JOIN training_session ts ON ts.id = r.training_session_id WHERE ts.operation_id = o.id AND r.kind = 'INTERMEDIATE' AND r.held_at IS NOT NULL")} AS "intermediateReviewsHeld",
  ${count("FROM convention cv JOIN training_session ts ON ts.id = cv.training_session_id WHERE ts.operation_id = o.id")} AS "conventions",
  ${count("FROM convention cv JOIN training_session ts ON ts.id = cv.training_session_id WHERE ts.operation_id = o.id AND cv.status = 'SIGNED'")} AS "signedConventions",
  (SELECT count(DISTINCT r.training_session_id)::int FROM review r JOIN training_session ts ON ts.id = r.training_session_id WHERE ts.operation_id = o.id AND r.kind = 'FINAL') AS "reviewsScheduled",
  (SELECT count(DISTINCT r.training_session_id)::int FROM review r JOIN training_session ts ON ts.id = r.training_session_id WHERE ts.operation_id = o.id AND r.kind = 'FINAL' AND r.held_at IS NOT NULL) AS "reviewsHeld",
  ${count("FROM closure cl JOIN training_session ts ON ts.id = cl.training_session_id WHERE ts.operation_id = o.id AND cl.attestation_issued_at IS NOT NULL")} AS "attestations",
  ${count("FROM closure cl JOIN training_session ts ON ts.id = cl.training_session_id WHERE ts.operation_id = o.id AND cl.closed_at IS NOT NULL")} AS "closedSessions",
  ${count(`FROM follow_up f JOIN candidacy c ON c.id = f.candidacy_id ${inOperation}`)} AS "followUps",
  ${count(`FROM follow_up f JOIN candidacy c ON c.id = f.candidacy_id ${inOperation} AND f.reported_at IS NOT NULL`)} AS "followUpsReported"
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

  @FieldResolver(() => [OperationStepType], { description: "The steps of the operation's programme, in order, each with its status" })
  steps(@Root() op: Operation, @Ctx() ctx: Context): Promise<StepView[]> {
    const { reader, dataSource, clock } = authenticated(ctx);
    return reader
      .batch<StepView[]>("operationSteps", async (ids) => {
        const rows: (OperationFacts & { id: string })[] = await dataSource.query(FACTS_SQL, [ids, clock.today()]);
        const programmes = await Promise.all(ids.map(async (id) => {
          const operation = await reader.one(Operation, id);
          return operation && reader.one(Programme, operation.programmeId);
        }));
        return ids.map((id, i) => processSteps(programmes[i]!.rules.process, rows.find((r) => r.id === id)!));
      })
      .load(op.id);
  }
}
