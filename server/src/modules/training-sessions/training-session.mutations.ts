import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { IsNull, type EntityManager } from "typeorm";
import { frenchDate, isValidCalendarDate } from "../../domain/calendar.js";
import { isDurableEmployment } from "../../domain/durable-employment.js";
import { PERMISSIONS } from "../../domain/permissions.js";
import { CandidacyStatus, CertificationLevel, HiringIntentionStatus, PlaceKind, PurchaseOrderStatus } from "../../domain/vocabulary.js";
import { Candidacy } from "../../entities/candidacy.js";
import { Candidate } from "../../entities/candidate.js";
import { HiringIntention } from "../../entities/hiring-intention.js";
import { Operation } from "../../entities/operation.js";
import { Pairing } from "../../entities/pairing.js";
import type { Programme } from "../../entities/programme.js";
import { PurchaseOrder } from "../../entities/purchase-order.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import { actorOf, assertAllowed, assertOperationOpen, assertRunsSession, locked, visibleOrFail, visibleCandidacy } from "../shared/guard.js";
import { rescheduleFollowUps } from "../follow-ups/follow-up.mutations.js";
import { assertProcessAllows } from "../shared/process-gate.js";
import { activePairings, recheckGroup, sessionQualification } from "./session-facts.js";
import { CreateTrainingSessionInput, EndPairingInput, PairTraineeInput, TrainingSessionFields } from "./training-session.inputs.js";

type SessionDraft = Omit<TrainingSession, "id" | "createdAt" | "operation" | "trainingOrganisation" | "groupConstitutedAt" | "groupBelowMinimumAt">;

/** « 1 emploi = 1 formation » has no EOS entry: no EOS number, no DEFI flag. */
function checkEosFields(programme: Programme, input: TrainingSessionFields): void {
  if (programme.rules.process.usesEos) return;
  if (input.eosNumber) throw badInput("eosNumber", `pas de saisie EOS dans le programme ${programme.name}`);
  if (input.defiFlag) throw badInput("defiFlag", `une session du programme ${programme.name} n'est pas une session DEFI`);
}

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
    const { viewer, reader, journal, clock } = authenticated(ctx);
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
      const { programme } = await assertProcessAllows(tx.manager, clock, "createTrainingSession", { operationId: operation.id });
      checkEosFields(programme, input);
      const session = await tx.manager.save(TrainingSession, { ...draft, groupConstitutedAt: null, groupBelowMinimumAt: null });
      await tx.record({ type: "TRAINING_SESSION_CREATED", operationId: operation.id, payload: { trainingSessionId: session.id, title: session.title, startDate: session.startDate } });
      return session;
    });
  }

  @Mutation(() => TrainingSession, { description: "Training organisation: corrects a session's entry (each change is journaled)" })
  async updateTrainingSession(@Arg("id", () => ID) id: string, @Arg("input") input: TrainingSessionFields, @Ctx() ctx: Context): Promise<TrainingSession> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.updateTrainingSession);
    const visible = await visibleOrFail(reader, TrainingSession, id, "Session");
    assertRunsSession(viewer, visible, "la modifier");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, visible.operationId);
      const { programme } = await assertProcessAllows(tx.manager, clock, "updateTrainingSession", { operationId: visible.operationId, trainingSessionId: visible.id });
      checkEosFields(programme, input);
      const session = await locked(tx.manager, TrainingSession, id);
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      for (const [key, value] of Object.entries(input) as [keyof TrainingSessionFields, unknown][]) {
        if (value === undefined || session[key] === value) continue;
        changes[key] = { before: session[key], after: value };
        Object.assign(session, { [key]: value });
      }
      checkDates(session.startDate, session.endDate);
      if (Object.keys(changes).length === 0) throw new DomainError("NOTHING_TO_CHANGE", "Aucune modification : les valeurs sont déjà celles de la session.");
      if (changes.endDate) await assertEndAfterSignatures(tx.manager, session);
      if (changes.fundedPlaces || changes.extraPlaces) await assertPlacesHoldTrainees(tx.manager, session);
      await tx.manager.save(session);
      const followUpsMoved = changes.endDate ? await rescheduleFollowUps(tx.manager, programme, session) : [];
      await tx.record({ type: "TRAINING_SESSION_UPDATED", operationId: session.operationId, payload: { trainingSessionId: session.id, changes, followUpsMoved } });
      if (changes.fundedPlaces || changes.extraPlaces || changes.smallerGroupAccepted || changes.permanentEntryExit) await recheckGroup(tx, session.id, clock.now());
      return session;
    });
  }

  @Mutation(() => Pairing, { description: "Training organisation: pairs an admitted trainee with a company's hiring intention (appairage)" })
  async pairTrainee(@Arg("input") input: PairTraineeInput, @Ctx() ctx: Context): Promise<Pairing> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.pairTrainee);
    const candidacy = await visibleOrFail(reader, Candidacy, input.candidacyId, "Candidature");
    const intention = await visibleOrFail(reader, HiringIntention, input.hiringIntentionId, "Intention d'embauche");
    const session = await visibleOrFail(reader, TrainingSession, candidacy.trainingSessionId, "Session");
    assertRunsSession(viewer, session, "apparier ses stagiaires");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      const { programme } = await assertProcessAllows(tx.manager, clock, "pairTrainee", { operationId: session.operationId, trainingSessionId: session.id });
      const current = await locked(tx.manager, Candidacy, candidacy.id);
      const job = await locked(tx.manager, HiringIntention, intention.id);
      if (current.status !== CandidacyStatus.ADMITTED) throw new DomainError("NOT_A_TRAINEE", "Seul un candidat admis en formation peut être apparié à une entreprise.");
      if (job.operationId !== session.operationId) throw new DomainError("WRONG_OPERATION", "L'intention d'embauche relève d'une autre opération.");
      if (job.trainingSessionId && job.trainingSessionId !== session.id) throw new DomainError("WRONG_SESSION", "L'intention d'embauche est rattachée à une autre session.");
      if (job.status !== HiringIntentionStatus.SUBMITTED) throw new DomainError("HIRING_INTENTION_WITHDRAWN", "Cette intention d'embauche a été retirée par l'entreprise.");
      assertJobFitsPlace(programme, job, current);
      if (programme.rules.usesPurchaseOrders && !(await tx.manager.findOneBy(PurchaseOrder, { hiringIntentionId: job.id, status: PurchaseOrderStatus.VALIDATED }))) {
        throw new DomainError("PURCHASE_ORDER_NOT_VALIDATED", `Le parcours de « ${job.jobTitle} » n'est pas encore commandé : son bon de commande doit être validé par la Région avant l'appariement.`);
      }
      if (await tx.manager.findOneBy(Pairing, { candidacyId: current.id, endedAt: IsNull() })) {
        throw new DomainError("ALREADY_PAIRED", "Ce stagiaire est déjà apparié : mettez fin à son appariement avant d'en créer un autre.");
      }
      const taken = await tx.manager.countBy(Pairing, { hiringIntentionId: job.id, endedAt: IsNull() });
      if (taken >= job.positions) {
        throw new DomainError("POSITIONS_FILLED", `Les ${job.positions} poste(s) de « ${job.jobTitle} » sont déjà pourvus par des appariements.`);
      }
      const pairing = await tx.manager.save(Pairing, { candidacyId: current.id, hiringIntentionId: job.id, pairedByUserId: viewer.userId, pairedAt: clock.now() });
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
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.endPairing);
    const pairing = await visibleOrFail(reader, Pairing, input.pairingId, "Appariement");
    const { candidacy, session } = await visibleCandidacy(reader, pairing.candidacyId);
    assertRunsSession(viewer, session, "mettre fin à ses appariements");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, session.operationId);
      await assertProcessAllows(tx.manager, clock, "endPairing", { operationId: session.operationId, trainingSessionId: session.id });
      const current = await locked(tx.manager, Pairing, pairing.id);
      if (current.endedAt) throw new DomainError("PAIRING_ENDED", "Cet appariement a déjà pris fin.");
      current.endedAt = clock.now();
      current.endReason = input.reason.trim();
      await tx.manager.save(current);
      const job = await tx.manager.findOneByOrFail(HiringIntention, { id: current.hiringIntentionId });
      await tx.record({
        type: "PAIRING_ENDED", operationId: session.operationId,
        concerned: [session.trainingOrganisationId, job.companyId, candidacy.proposedByOrganisationId],
        payload: { pairingId: current.id, reason: current.endReason },
      });
      await recheckGroup(tx, session.id, clock.now());
      return current;
    });
  }

  @Mutation(() => TrainingSession, { description: "Training organisation: the group is constituted once the programme's threshold is met" })
  async constituteGroup(@Arg("trainingSessionId", () => ID) trainingSessionId: string, @Ctx() ctx: Context): Promise<TrainingSession> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.constituteGroup);
    const visible = await visibleOrFail(reader, TrainingSession, trainingSessionId, "Session");
    assertRunsSession(viewer, visible, "constituer son groupe");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, visible.operationId);
      const { programme } = await assertProcessAllows(tx.manager, clock, "constituteGroup", { operationId: visible.operationId, trainingSessionId: visible.id });
      const session = await locked(tx.manager, TrainingSession, visible.id);
      if (session.groupConstitutedAt) throw new DomainError("GROUP_ALREADY_CONSTITUTED", "Le groupe de cette session est déjà constitué.");
      const qualification = sessionQualification(session, programme, (await activePairings(tx.manager, [session.id])).get(session.id) ?? []);
      if (!qualification.qualified) {
        throw new DomainError("SESSION_NOT_QUALIFIED", qualification.explanation, { missing: qualification.missing, rule: qualification.rule });
      }
      session.groupConstitutedAt = clock.now();
      session.groupBelowMinimumAt = null;
      await tx.manager.save(session);
      await tx.record({ type: "GROUP_CONSTITUTED", operationId: session.operationId, payload: { trainingSessionId: session.id, ...qualification } });
      return session;
    });
  }
}

/**
 * DEFI: a funded place takes any job; an extra place beyond Region funding counts only for a
 * durable job (seed 000). 1 emploi = 1 formation: a job under 6 months needs the Region's derogation.
 */
function assertJobFitsPlace(programme: Programme, job: HiringIntention, trainee: Candidacy): void {
  const durable = isDurableEmployment(job.contractType, job.contractDurationMonths, programme.rules.durableContractMinimumMonths);
  if (durable) return;
  const months = programme.rules.durableContractMinimumMonths;
  if (programme.rules.shortContractsNeedDerogation && !job.derogationGrantedAt) {
    throw new DomainError("DEROGATION_REQUIRED", `Emploi non durable (moins de ${months} mois) : l'appariement attend la dérogation de la Région.`);
  }
  if (!programme.rules.shortContractsNeedDerogation && trainee.place === PlaceKind.EXTRA) {
    throw new DomainError("DURABLE_JOB_REQUIRED", `Place complémentaire (hors financement Région) : elle compte pour ${programme.name} seulement avec un emploi durable (CDI, ou contrat de ${months} mois au moins).`);
  }
}

/** The session's end cannot move before a signature already given (signatures fall within the session). */
async function assertEndAfterSignatures(manager: EntityManager, session: TrainingSession): Promise<void> {
  const [row]: { last: string | null }[] = await manager.query(
    `SELECT max((sg.signed_at AT TIME ZONE 'Europe/Paris')::date)::text AS last FROM signature sg
       JOIN convention_signatory cs ON cs.id = sg.signatory_id JOIN convention cv ON cv.id = cs.convention_id
      WHERE cv.training_session_id = $1 AND sg.invalidated_at IS NULL`,
    [session.id],
  );
  if (row.last && session.endDate < row.last) {
    throw badInput("endDate", `la fin de session ne peut pas précéder une signature déjà donnée (${frenchDate(row.last)})`);
  }
}

/** Fewer places than admitted trainees would leave someone without a place. */
async function assertPlacesHoldTrainees(manager: EntityManager, session: TrainingSession): Promise<void> {
  const [taken]: { funded: number; extra: number }[] = await manager.query(
    `SELECT count(*) FILTER (WHERE place IS DISTINCT FROM 'EXTRA')::int AS funded, count(*) FILTER (WHERE place = 'EXTRA')::int AS extra
       FROM candidacy WHERE training_session_id = $1 AND status = 'ADMITTED'`,
    [session.id],
  );
  if (session.fundedPlaces < taken.funded) throw badInput("fundedPlaces", `${taken.funded} stagiaires occupent déjà une place financée`);
  if (session.extraPlaces < taken.extra) throw badInput("extraPlaces", `${taken.extra} stagiaires occupent déjà une place complémentaire`);
}
