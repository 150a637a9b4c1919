import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { IsNull } from "typeorm";
import { isValidCalendarDate } from "../../domain/calendar.js";
import { isDurableEmployment } from "../../domain/durable-employment.js";
import { PERMISSIONS } from "../../domain/permissions.js";
import { CandidacyStatus, CertificationLevel, HiringIntentionStatus } from "../../domain/vocabulary.js";
import { Candidacy } from "../../entities/candidacy.js";
import { Candidate } from "../../entities/candidate.js";
import { HiringIntention } from "../../entities/hiring-intention.js";
import { Operation } from "../../entities/operation.js";
import { Pairing } from "../../entities/pairing.js";
import { Programme } from "../../entities/programme.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import { actorOf, assertAllowed, assertOperationOpen, assertRunsSession, locked, visibleOrFail, visibleCandidacy } from "../shared/guard.js";
import { activePairings, sessionQualification } from "./session-facts.js";
import { CreateTrainingSessionInput, EndPairingInput, PairTraineeInput, TrainingSessionFields } from "./training-session.inputs.js";

type SessionDraft = Omit<TrainingSession, "id" | "createdAt" | "operation" | "trainingOrganisation" | "groupConstitutedAt">;

function checkDates(startDate: string, endDate: string): void {
  if (!isValidCalendarDate(startDate)) throw badInput("startDate", "date invalide (AAAA-MM-JJ)");
  if (!isValidCalendarDate(endDate)) throw badInput("endDate", "date invalide (AAAA-MM-JJ)");
  if (endDate < startDate) throw badInput("endDate", "la fin de session doit suivre son début");
}

function required<T>(value: T | undefined | null, field: string): T {
  if (value === undefined || value === null) throw badInput(field, "champ obligatoire pour créer une session");
  return value;
}

@Resolver()
export class TrainingSessionMutations {
  @Mutation(() => TrainingSession, { description: "Training organisation: administrative entry of a session (EOS)" })
  async createTrainingSession(@Arg("input") input: CreateTrainingSessionInput, @Ctx() ctx: Context): Promise<TrainingSession> {
    const { viewer, reader, journal } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.createTrainingSession);
    const operation = await visibleOrFail(reader, Operation, input.operationId, "Opération");
    const draft: SessionDraft = {
      operationId: operation.id,
      trainingOrganisationId: viewer.organisationId,
      title: required(input.title, "title"),
      eosNumber: input.eosNumber ?? null,
      startDate: required(input.startDate, "startDate"),
      endDate: required(input.endDate, "endDate"),
      hoursInCentre: required(input.hoursInCentre, "hoursInCentre"),
      hoursInCompany: input.hoursInCompany ?? 0,
      fundedPlaces: required(input.fundedPlaces, "fundedPlaces"),
      extraPlaces: input.extraPlaces ?? 0,
      defiFlag: input.defiFlag ?? false,
      certificationTitle: required(input.certificationTitle, "certificationTitle"),
      certificationLevel: input.certificationLevel ?? CertificationLevel.FULL,
      location: required(input.location, "location"),
      smallerGroupAccepted: input.smallerGroupAccepted ?? false,
      permanentEntryExit: input.permanentEntryExit ?? false,
    };
    checkDates(draft.startDate, draft.endDate);
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, operation.id);
      const session = await tx.manager.save(TrainingSession, draft);
      await tx.record({ type: "TRAINING_SESSION_CREATED", operationId: operation.id, payload: { trainingSessionId: session.id, title: session.title, startDate: session.startDate } });
      return session;
    });
  }

  @Mutation(() => TrainingSession, { description: "Training organisation: corrects a session's entry (each change is journaled)" })
  async updateTrainingSession(@Arg("id", () => ID) id: string, @Arg("input") input: TrainingSessionFields, @Ctx() ctx: Context): Promise<TrainingSession> {
    const { viewer, reader, journal } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.updateTrainingSession);
    const visible = await visibleOrFail(reader, TrainingSession, id, "Session");
    assertRunsSession(viewer, visible, "la modifier");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, visible.operationId);
      const session = await locked(tx.manager, TrainingSession, id);
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      for (const [key, value] of Object.entries(input) as [keyof TrainingSessionFields, unknown][]) {
        if (value === undefined || session[key] === value) continue;
        changes[key] = { before: session[key], after: value };
        Object.assign(session, { [key]: value });
      }
      checkDates(session.startDate, session.endDate);
      if (Object.keys(changes).length === 0) throw new DomainError("NOTHING_TO_CHANGE", "Aucune modification : les valeurs sont déjà celles de la session.");
      await tx.manager.save(session);
      await tx.record({ type: "TRAINING_SESSION_UPDATED", operationId: session.operationId, payload: { trainingSessionId: session.id, changes } });
      return session;
    });
  }

  @Mutation(() => Pairing, { description: "Training organisation: pairs an admitted trainee with a company's hiring intention (appairage)" })
  async pairTrainee(@Arg("input") input: PairTraineeInput, @Ctx() ctx: Context): Promise<Pairing> {
    const { viewer, reader, journal } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.pairTrainee);
    const candidacy = await visibleOrFail(reader, Candidacy, input.candidacyId, "Candidature");
    const intention = await visibleOrFail(reader, HiringIntention, input.hiringIntentionId, "Intention d'embauche");
    const session = await visibleOrFail(reader, TrainingSession, candidacy.trainingSessionId, "Session");
    assertRunsSession(viewer, session, "apparier ses stagiaires");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      const current = await locked(tx.manager, Candidacy, candidacy.id);
      const job = await locked(tx.manager, HiringIntention, intention.id);
      if (current.status !== CandidacyStatus.ADMITTED) throw new DomainError("NOT_A_TRAINEE", "Seul un candidat admis en formation peut être apparié à une entreprise.");
      if (job.operationId !== session.operationId) throw new DomainError("WRONG_OPERATION", "L'intention d'embauche relève d'une autre opération.");
      if (job.trainingSessionId && job.trainingSessionId !== session.id) throw new DomainError("WRONG_SESSION", "L'intention d'embauche est rattachée à une autre session.");
      if (job.status !== HiringIntentionStatus.SUBMITTED) throw new DomainError("HIRING_INTENTION_WITHDRAWN", "Cette intention d'embauche a été retirée par l'entreprise.");
      const programme = await tx.manager.findOneByOrFail(Programme, { id: (await tx.manager.findOneByOrFail(Operation, { id: session.operationId })).programmeId });
      if (!isDurableEmployment(job.contractType, job.contractDurationMonths, programme.rules.durableContractMinimumMonths) && !job.derogationGrantedAt) {
        throw new DomainError("DEROGATION_REQUIRED", "Emploi non durable (moins de 6 mois) : l'appariement attend la dérogation de la Région.");
      }
      if (await tx.manager.findOneBy(Pairing, { candidacyId: current.id, endedAt: IsNull() })) {
        throw new DomainError("ALREADY_PAIRED", "Ce stagiaire est déjà apparié : mettez fin à son appariement avant d'en créer un autre.");
      }
      const taken = await tx.manager.countBy(Pairing, { hiringIntentionId: job.id, endedAt: IsNull() });
      if (taken >= job.positions) {
        throw new DomainError("POSITIONS_FILLED", `Les ${job.positions} poste(s) de « ${job.jobTitle} » sont déjà pourvus par des appariements.`);
      }
      const pairing = await tx.manager.save(Pairing, { candidacyId: current.id, hiringIntentionId: job.id, pairedByUserId: viewer.userId });
      const candidate = await tx.manager.findOneByOrFail(Candidate, { id: current.candidateId });
      await tx.record({
        type: "TRAINEE_PAIRED", operationId: session.operationId,
        concerned: [session.trainingOrganisationId, job.companyId, current.proposedByOrganisationId],
        payload: { pairingId: pairing.id, trainingSessionId: session.id, jobTitle: job.jobTitle, trainee: `${candidate.firstName} ${candidate.lastName}` },
      });
      return pairing;
    });
  }

  @Mutation(() => Pairing, { description: "Training organisation: ends a pairing; the row stays with its end date and reason" })
  async endPairing(@Arg("input") input: EndPairingInput, @Ctx() ctx: Context): Promise<Pairing> {
    const { viewer, reader, journal } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.endPairing);
    const pairing = await visibleOrFail(reader, Pairing, input.pairingId, "Appariement");
    const { candidacy, session } = await visibleCandidacy(reader, pairing.candidacyId);
    assertRunsSession(viewer, session, "mettre fin à ses appariements");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      const current = await locked(tx.manager, Pairing, pairing.id);
      if (current.endedAt) throw new DomainError("PAIRING_ENDED", "Cet appariement a déjà pris fin.");
      current.endedAt = new Date();
      current.endReason = input.reason.trim();
      await tx.manager.save(current);
      const job = await tx.manager.findOneByOrFail(HiringIntention, { id: current.hiringIntentionId });
      await tx.record({
        type: "PAIRING_ENDED", operationId: session.operationId,
        concerned: [session.trainingOrganisationId, job.companyId, candidacy.proposedByOrganisationId],
        payload: { pairingId: current.id, reason: current.endReason },
      });
      return current;
    });
  }

  @Mutation(() => TrainingSession, { description: "Training organisation: the group is constituted once the programme's threshold is met" })
  async constituteGroup(@Arg("trainingSessionId", () => ID) trainingSessionId: string, @Ctx() ctx: Context): Promise<TrainingSession> {
    const { viewer, reader, journal } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.constituteGroup);
    const visible = await visibleOrFail(reader, TrainingSession, trainingSessionId, "Session");
    assertRunsSession(viewer, visible, "constituer son groupe");
    return journal.run(actorOf(viewer), async (tx) => {
      const operation = await assertOperationOpen(tx.manager, visible.operationId);
      const session = await locked(tx.manager, TrainingSession, visible.id);
      const programme = await tx.manager.findOneByOrFail(Programme, { id: operation.programmeId });
      const qualification = sessionQualification(session, programme, (await activePairings(tx.manager, [session.id])).get(session.id) ?? []);
      if (!qualification.qualified) {
        throw new DomainError("SESSION_NOT_QUALIFIED", qualification.explanation, { missing: qualification.missing, rule: qualification.rule });
      }
      session.groupConstitutedAt = new Date();
      await tx.manager.save(session);
      await tx.record({ type: "GROUP_CONSTITUTED", operationId: session.operationId, payload: { trainingSessionId: session.id, ...qualification } });
      return session;
    });
  }
}
