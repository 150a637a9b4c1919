import { IsOptional, Length } from "class-validator";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { In } from "typeorm";
import { followUpDueDates } from "../../domain/deadlines.js";
import { PERMISSIONS } from "../../domain/permissions.js";
import { CandidacyStatus, ContractType, EmploymentStatus } from "../../domain/vocabulary.js";
import { Candidacy } from "../../entities/candidacy.js";
import { FollowUp } from "../../entities/follow-up.js";
import { Programme } from "../../entities/programme.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { DomainError } from "../../graphql/errors.js";
import { actorOf, assertAllowed, assertOperationOpen, assertRunsSession, locked, visibleOrFail, visibleCandidacy } from "../shared/guard.js";
import { companiesOf } from "../reviews/review.mutations.js";

@InputType()
class ReportFollowUpInput {
  @Field(() => ID) followUpId: string;
  @Field(() => EmploymentStatus) employmentStatus: EmploymentStatus;
  @Field(() => ContractType, { nullable: true }) contractType?: ContractType | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(2, 200, { message: "employerName : nom de l'employeur de 2 à 200 caractères" }) employerName?: string | null;
}

@Resolver()
export class FollowUpMutations {
  @Mutation(() => [FollowUp], { description: "Training organisation: plans the 3- and 6-month employment follow-ups of the session's trainees" })
  async planFollowUps(@Arg("trainingSessionId", () => ID) trainingSessionId: string, @Ctx() ctx: Context): Promise<FollowUp[]> {
    const { viewer, reader, journal } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.planFollowUps);
    const session = await visibleOrFail(reader, TrainingSession, trainingSessionId, "Session");
    assertRunsSession(viewer, session, "planifier le suivi de ses stagiaires");
    return journal.run(actorOf(viewer), async (tx) => {
      const operation = await assertOperationOpen(tx.manager, session.operationId);
      const programme = await tx.manager.findOneByOrFail(Programme, { id: operation.programmeId });
      const trainees = await tx.manager.findBy(Candidacy, { trainingSessionId: session.id, status: CandidacyStatus.ADMITTED });
      const existing = await tx.manager.findBy(FollowUp, { candidacyId: In(trainees.map((t) => t.id)) });
      const created: FollowUp[] = [];
      for (const trainee of trainees) {
        for (const due of followUpDueDates(programme.rules, session.endDate)) {
          if (existing.some((f) => f.candidacyId === trainee.id && f.milestoneMonths === due.milestoneMonths)) continue;
          created.push(await tx.manager.save(FollowUp, { candidacyId: trainee.id, milestoneMonths: due.milestoneMonths, dueDate: due.dueDate, reportedAt: null, employmentStatus: null, contractType: null, employerName: null }));
        }
      }
      if (!created.length) throw new DomainError("NOTHING_TO_PLAN", "Le suivi de tous les stagiaires est déjà planifié.");
      await tx.record({ type: "FOLLOW_UPS_PLANNED", operationId: session.operationId, payload: { trainingSessionId: session.id, followUps: created.length, dueDates: [...new Set(created.map((f) => f.dueDate))] } });
      return created;
    });
  }

  @Mutation(() => FollowUp, { description: "Training organisation: reports a trainee's employment at 3 or 6 months, to the Region" })
  async reportFollowUp(@Arg("input") input: ReportFollowUpInput, @Ctx() ctx: Context): Promise<FollowUp> {
    const { viewer, reader, journal } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.reportFollowUp);
    const visible = await visibleOrFail(reader, FollowUp, input.followUpId, "Suivi");
    const { candidacy, session } = await visibleCandidacy(reader, visible.candidacyId);
    assertRunsSession(viewer, session, "rendre compte du suivi de ses stagiaires");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      const followUp = await locked(tx.manager, FollowUp, visible.id);
      const previous = followUp.reportedAt ? { employmentStatus: followUp.employmentStatus, contractType: followUp.contractType, employerName: followUp.employerName } : null;
      Object.assign(followUp, { reportedAt: new Date(), employmentStatus: input.employmentStatus, contractType: input.contractType ?? null, employerName: input.employerName?.trim() ?? null });
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

