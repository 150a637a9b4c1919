import { Length } from "class-validator";
import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { frenchDate, isValidCalendarDate } from "../../domain/calendar.js";
import { OrganisationKind } from "../../domain/kinds.js";
import { PERMISSIONS } from "../../domain/permissions.js";
import { CandidacyStatus, ImmersionKind } from "../../domain/vocabulary.js";
import { Immersion } from "../../entities/immersion.js";
import { Organisation } from "../../entities/organisation.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import { LocalDate } from "../../graphql/scalars.js";
import type { EntityManager } from "typeorm";
import type { Candidacy } from "../../entities/candidacy.js";
import type { TrainingSession } from "../../entities/training-session.js";
import { companiesOf } from "../reviews/review.mutations.js";
import { actorOf, assertAllowed, assertOperationOpen, assertRunsSession, locked, visibleOrFail, visibleCandidacy } from "../shared/guard.js";
import { assertProcessAllows } from "../shared/process-gate.js";
import { assertCompanyOnTeam } from "../shared/team.js";

@InputType()
class ScheduleImmersionInput {
  @Field(() => ID) candidacyId: string;
  @Field(() => ID, { description: "The host company" }) companyId: string;
  @Field(() => ImmersionKind) kind: ImmersionKind;
  @Field(() => LocalDate) startDate: string;
  @Field(() => LocalDate) endDate: string;
}

@InputType()
class DebriefImmersionInput {
  @Field(() => ID) immersionId: string;
  @Field() @Length(3, 10000, { message: "debrief : compte rendu de 3 à 10000 caractères" }) debrief: string;
}

@Resolver()
export class ImmersionMutations {
  @Mutation(() => Immersion, { description: "Training organisation: a period in a company (PMSMP during selection, internship during training)" })
  async scheduleImmersion(@Arg("input") input: ScheduleImmersionInput, @Ctx() ctx: Context): Promise<Immersion> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.scheduleImmersion);
    const { candidacy, session } = await visibleCandidacy(reader, input.candidacyId);
    assertRunsSession(viewer, session, "planifier ses immersions");
    const company = await reader.one(Organisation, input.companyId);
    if (!company || company.kind !== OrganisationKind.COMPANY) throw badInput("companyId", "une entreprise de l'équipe projet est attendue");
    if (!isValidCalendarDate(input.startDate) || !isValidCalendarDate(input.endDate) || input.endDate < input.startDate) throw badInput("endDate", "période invalide : la fin doit suivre le début");
    if (input.startDate < session.startDate || input.endDate > session.endDate) {
      throw badInput(input.startDate < session.startDate ? "startDate" : "endDate", `une immersion a lieu pendant la session (du ${frenchDate(session.startDate)} au ${frenchDate(session.endDate)})`);
    }
    if (![CandidacyStatus.SELECTION, CandidacyStatus.ADMITTED].includes(candidacy.status)) {
      throw new DomainError("NOT_IN_SELECTION_OR_TRAINING", "Une immersion se planifie pendant la sélection ou la formation.");
    }
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      await assertProcessAllows(tx.manager, clock, "scheduleImmersion", { operationId: session.operationId, trainingSessionId: session.id });
      await assertCompanyOnTeam(tx.manager, session.operationId, company.id, "companyId");
      const immersion = await tx.manager.save(Immersion, { candidacyId: candidacy.id, companyId: company.id, kind: input.kind, startDate: input.startDate, endDate: input.endDate, debrief: null, debriefedAt: null });
      await tx.record({ type: "IMMERSION_SCHEDULED", operationId: session.operationId, concerned: await mayKnowOf(tx.manager, session, candidacy), payload: { immersionId: immersion.id, kind: immersion.kind, startDate: immersion.startDate, endDate: immersion.endDate, company: company.name } });
      return immersion;
    });
  }

  @Mutation(() => Immersion, { description: "Training organisation: debrief after the immersion period" })
  async debriefImmersion(@Arg("input") input: DebriefImmersionInput, @Ctx() ctx: Context): Promise<Immersion> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.debriefImmersion);
    const visible = await visibleOrFail(reader, Immersion, input.immersionId, "Immersion");
    const { candidacy, session } = await visibleCandidacy(reader, visible.candidacyId);
    assertRunsSession(viewer, session, "débriefer ses immersions");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      await assertProcessAllows(tx.manager, clock, "debriefImmersion", { operationId: session.operationId, trainingSessionId: session.id });
      const immersion = await locked(tx.manager, Immersion, visible.id);
      if (clock.today() < immersion.endDate) {
        throw new DomainError("IMMERSION_NOT_OVER", `Le retour d'expérience se fait après l'immersion : elle se termine le ${frenchDate(immersion.endDate)}.`);
      }
      const previous = immersion.debrief;
      immersion.debrief = input.debrief.trim();
      immersion.debriefedAt = clock.now();
      await tx.manager.save(immersion);
      await tx.record({ type: "IMMERSION_DEBRIEFED", operationId: session.operationId, concerned: await mayKnowOf(tx.manager, session, candidacy), payload: { immersionId: immersion.id, debrief: immersion.debrief, previous } });
      return immersion;
    });
  }
}

/**
 * Who hears of an immersion and its debrief: the partners allowed to see the candidacy (its
 * training organisation, its adviser, the companies it is meant for). A host company that may not
 * see the trainee's candidacy is not told of the debrief about them.
 */
async function mayKnowOf(manager: EntityManager, session: TrainingSession, candidacy: Candidacy): Promise<string[]> {
  return [session.trainingOrganisationId, candidacy.proposedByOrganisationId, ...(await companiesOf(manager, candidacy.id))];
}
