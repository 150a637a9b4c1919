import { IsOptional, Length } from "class-validator";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import type { EntityManager } from "typeorm";
import { frenchDate } from "../../domain/calendar.js";
import { followUpDueDates } from "../../domain/deadlines.js";
import { PERMISSIONS } from "../../domain/permissions.js";
import { ContractType, EmploymentStatus } from "../../domain/vocabulary.js";
import type { Candidacy } from "../../entities/candidacy.js";
import { FollowUp } from "../../entities/follow-up.js";
import type { Programme } from "../../entities/programme.js";
import type { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { DomainError } from "../../graphql/errors.js";
import type { MutationTransaction } from "../../realtime/journal.js";
import { actorOf, assertAllowed, assertRunsSession, locked, visibleOrFail, visibleCandidacy } from "../shared/guard.js";
import { assertProcessAllows, programmeOf } from "../shared/process-gate.js";
import { companiesOf } from "../reviews/review.mutations.js";

@InputType()
class ReportFollowUpInput {
  @Field(() => ID) followUpId: string;
  @Field(() => EmploymentStatus) employmentStatus: EmploymentStatus;
  @Field(() => ContractType, { nullable: true }) contractType?: ContractType | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(2, 200, { message: "employerName : nom de l'employeur de 2 à 200 caractères" }) employerName?: string | null;
}

/**
 * Plans a trainee's follow-ups (3 and 6 months after the session's end) when it is admitted,
 * whenever that is; an admission after the plan was made gets its own.
 */
export async function planFollowUpsOf(tx: MutationTransaction, session: TrainingSession, candidacy: Candidacy): Promise<FollowUp[]> {
  const programme = await programmeOf(tx.manager, session.operationId);
  const existing = await tx.manager.findBy(FollowUp, { candidacyId: candidacy.id });
  const created: FollowUp[] = [];
  for (const due of followUpDueDates(programme.rules, session.endDate)) {
    if (existing.some((f) => f.milestoneMonths === due.milestoneMonths)) continue;
    created.push(await tx.manager.save(FollowUp, { candidacyId: candidacy.id, milestoneMonths: due.milestoneMonths, dueDate: due.dueDate, reportedAt: null, employmentStatus: null, contractType: null, employerName: null }));
  }
  if (created.length) {
    await tx.record({
      type: "FOLLOW_UPS_PLANNED", operationId: session.operationId, concerned: [session.trainingOrganisationId, candidacy.proposedByOrganisationId],
      payload: { trainingSessionId: session.id, candidacyId: candidacy.id, dueDates: created.map((f) => f.dueDate) },
    });
  }
  return created;
}

/** When the session's end moves, the follow-ups not yet reported move with it. */
export async function rescheduleFollowUps(manager: EntityManager, programme: Programme, session: TrainingSession): Promise<{ followUpId: string; before: string; after: string }[]> {
  const rows: FollowUp[] = await manager.query(
    `SELECT f.id, f.milestone_months AS "milestoneMonths", f.due_date AS "dueDate" FROM follow_up f JOIN candidacy c ON c.id = f.candidacy_id
      WHERE c.training_session_id = $1 AND f.reported_at IS NULL`,
    [session.id],
  );
  const dues = new Map(followUpDueDates(programme.rules, session.endDate).map((d) => [d.milestoneMonths, d.dueDate]));
  const moved: { followUpId: string; before: string; after: string }[] = [];
  for (const row of rows) {
    const after = dues.get(row.milestoneMonths);
    if (!after || after === row.dueDate) continue;
    await manager.update(FollowUp, { id: row.id }, { dueDate: after });
    moved.push({ followUpId: row.id, before: row.dueDate, after });
  }
  return moved;
}

@Resolver()
export class FollowUpMutations {
  @Mutation(() => FollowUp, { description: "Training organisation: reports a trainee's employment at 3 or 6 months, to the Region" })
  async reportFollowUp(@Arg("input") input: ReportFollowUpInput, @Ctx() ctx: Context): Promise<FollowUp> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.reportFollowUp);
    const visible = await visibleOrFail(reader, FollowUp, input.followUpId, "Suivi");
    const { candidacy, session } = await visibleCandidacy(reader, visible.candidacyId);
    assertRunsSession(viewer, session, "rendre compte du suivi de ses stagiaires");
    return journal.run(actorOf(viewer), async (tx) => {
      // follow-ups come after the closure: the process allows them on a closed session and operation
      await assertProcessAllows(tx.manager, clock, "reportFollowUp", { operationId: session.operationId, trainingSessionId: session.id });
      const followUp = await locked(tx.manager, FollowUp, visible.id);
      if (clock.today() < followUp.dueDate) {
        throw new DomainError("FOLLOW_UP_NOT_DUE", `Suivi à ${followUp.milestoneMonths} mois : pas avant son échéance (${frenchDate(followUp.dueDate)}).`);
      }
      const previous = followUp.reportedAt ? { employmentStatus: followUp.employmentStatus, contractType: followUp.contractType, employerName: followUp.employerName } : null;
      Object.assign(followUp, { reportedAt: clock.now(), employmentStatus: input.employmentStatus, contractType: input.contractType ?? null, employerName: input.employerName?.trim() ?? null });
      await tx.manager.save(followUp);
      await tx.record({
        type: previous ? "FOLLOW_UP_CORRECTED" : "FOLLOW_UP_REPORTED", operationId: session.operationId,
        concerned: [session.trainingOrganisationId, candidacy.proposedByOrganisationId, ...(await companiesOf(tx.manager, candidacy.id))],
        payload: { followUpId: followUp.id, milestoneMonths: followUp.milestoneMonths, dueDate: followUp.dueDate, employmentStatus: followUp.employmentStatus, contractType: followUp.contractType, previous },
      });
      return followUp;
    });
  }
}

