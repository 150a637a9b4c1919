import { createHash } from "node:crypto";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { In, IsNull, Not, type EntityManager } from "typeorm";
import type { ScopedReader } from "../../access/reader.js";
import { durabilityExplanation, isDurableEmployment } from "../../domain/durable-employment.js";
import { employerRefusal } from "../../domain/employer-eligibility.js";
import { OrganisationKind } from "../../domain/kinds.js";
import { PERMISSIONS } from "../../domain/permissions.js";
import { ContractType, HiringIntentionStatus, PurchaseOrderStatus } from "../../domain/vocabulary.js";
import { Attachment } from "../../entities/attachment.js";
import { HiringIntention } from "../../entities/hiring-intention.js";
import { Operation } from "../../entities/operation.js";
import { Organisation } from "../../entities/organisation.js";
import { Pairing } from "../../entities/pairing.js";
import { PurchaseOrder } from "../../entities/purchase-order.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import type { MutationTransaction } from "../../realtime/journal.js";
import { actorOf, assertAllowed, assertOperationOpen, assertRunsSession, forbidden, locked, visibleOrFail } from "../shared/guard.js";
import { assertProcessAllows } from "../shared/process-gate.js";
import { assertCompanyOnTeam } from "../shared/team.js";
import { recheckGroup } from "../training-sessions/session-facts.js";
import { ReasonInput, SubmitHiringIntentionInput, WithdrawalSolutionInput } from "./hiring-intention.inputs.js";

const MAX_FILE_BYTES = 5 * 1024 * 1024;

@Resolver()
export class HiringIntentionMutations {
  @Mutation(() => HiringIntention, { description: "Company: submits its written hiring intention for a session" })
  async submitHiringIntention(@Arg("input") input: SubmitHiringIntentionInput, @Ctx() ctx: Context): Promise<HiringIntention> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.submitHiringIntention);
    const operation = await visibleOrFail(reader, Operation, input.operationId, "Opération");
    const session = await visibleOrFail(reader, TrainingSession, input.trainingSessionId, "Session");
    if (session.operationId !== operation.id) throw badInput("trainingSessionId", "la session doit appartenir à l'opération");
    // the employer may also tell the training organisation, which enters its written intention on its behalf
    const onBehalf = viewer.kind === OrganisationKind.TRAINING_ORGANISATION;
    if (onBehalf) {
      assertRunsSession(viewer, session, "saisir une intention d'embauche pour cette session");
      if (!input.companyId) throw badInput("companyId", "l'entreprise dont l'organisme de formation saisit l'intention d'embauche est obligatoire");
      if (!input.evidenceFile) throw badInput("evidenceFile", "joignez l'écrit de l'employeur (courriel ou courrier)");
    } else if (input.companyId && input.companyId !== viewer.organisationId) {
      throw forbidden("Une entreprise dépose ses propres intentions d'embauche.");
    }
    if (input.contractType !== ContractType.CDI && !input.contractDurationMonths) {
      throw badInput("contractDurationMonths", "durée du contrat en mois obligatoire hors CDI");
    }
    const file = input.evidenceFile ? Buffer.from(input.evidenceFile.contentBase64, "base64") : null;
    if (file && file.length > MAX_FILE_BYTES) throw badInput("evidenceFile", "fichier de 5 Mio au plus");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, operation.id);
      const { programme } = await assertProcessAllows(tx.manager, clock, "submitHiringIntention", { operationId: operation.id, trainingSessionId: session.id });
      if (onBehalf) await assertCompanyOnTeam(tx.manager, operation.id, input.companyId!, "companyId");
      const company = await tx.manager.findOneByOrFail(Organisation, { id: onBehalf ? input.companyId! : viewer.organisationId });
      const refusal = employerRefusal(programme.rules, company);
      if (refusal) throw new DomainError("SIAE_EXCLUDED", refusal);
      await assertOneTrainingOrganisation(tx.manager, reader, company, session);
      let evidenceAttachmentId: string | null = null;
      if (file && input.evidenceFile) {
        const attachment = await tx.manager.save(Attachment, {
          fileName: input.evidenceFile.fileName, mediaType: input.evidenceFile.mediaType, sizeBytes: file.length,
          sha256: createHash("sha256").update(file).digest("hex"), content: file, uploadedByUserId: viewer.userId,
        });
        evidenceAttachmentId = attachment.id;
      }
      const intention = await tx.manager.save(HiringIntention, {
        operationId: operation.id, companyId: company.id, trainingOrganisationId: session.trainingOrganisationId, trainingSessionId: session.id,
        jobTitle: input.jobTitle.trim(), contractType: input.contractType,
        contractDurationMonths: input.contractType === ContractType.CDI ? null : input.contractDurationMonths ?? null,
        positions: input.positions, evidenceText: input.evidenceText.trim(), evidenceAttachmentId,
        committedSteps: [...new Set(input.committedSteps)], submittedByUserId: viewer.userId, enteredByTrainingOrganisation: onBehalf, receivedAt: clock.now(),
        derogationGrantedAt: null, derogationReason: null, withdrawnAt: null, withdrawalReason: null, withdrawalSolution: null,
      });
      const minimum = programme.rules.durableContractMinimumMonths;
      const durable = isDurableEmployment(intention.contractType, intention.contractDurationMonths, minimum);
      await tx.record({
        type: "HIRING_INTENTION_SUBMITTED", operationId: operation.id, concerned: [company.id],
        payload: { hiringIntentionId: intention.id, company: company.name, jobTitle: intention.jobTitle, positions: intention.positions, durable, enteredByTrainingOrganisation: onBehalf,
          ...(durable ? {} : { derogationNeeded: durabilityExplanation(intention.contractType, intention.contractDurationMonths, minimum) }) },
      });
      return intention;
    });
  }

  @Mutation(() => HiringIntention, { description: "Region: allows a shorter (seasonal) contract to count, with its reason" })
  async grantDerogation(@Arg("input") input: ReasonInput, @Ctx() ctx: Context): Promise<HiringIntention> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.grantDerogation);
    const visible = await visibleOrFail(reader, HiringIntention, input.id, "Intention d'embauche");
    return journal.run(actorOf(viewer), async (tx) => {
      const operation = await assertOperationOpen(tx.manager, visible.operationId);
      const { programme } = await assertProcessAllows(tx.manager, clock, "grantDerogation", { operationId: operation.id, trainingSessionId: visible.trainingSessionId });
      const intention = await locked(tx.manager, HiringIntention, visible.id);
      if (isDurableEmployment(intention.contractType, intention.contractDurationMonths, programme.rules.durableContractMinimumMonths)) {
        throw new DomainError("DEROGATION_NOT_NEEDED", "Emploi durable : aucune dérogation n'est nécessaire.");
      }
      if (intention.derogationGrantedAt) throw new DomainError("DEROGATION_ALREADY_GRANTED", "La dérogation a déjà été accordée.");
      intention.derogationGrantedAt = clock.now();
      intention.derogationReason = input.reason.trim();
      await tx.manager.save(intention);
      await tx.record({ type: "DEROGATION_GRANTED", operationId: operation.id, concerned: [intention.companyId], payload: { hiringIntentionId: intention.id, reason: intention.derogationReason } });
      return intention;
    });
  }

  @Mutation(() => HiringIntention, { description: "Company: withdraws its hiring intention; nothing is deleted, the Region is told" })
  async withdrawHiringIntention(@Arg("input") input: ReasonInput, @Ctx() ctx: Context): Promise<HiringIntention> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.withdrawHiringIntention);
    const visible = await visibleOrFail(reader, HiringIntention, input.id, "Intention d'embauche");
    // the company withdraws, or its training organisation records the withdrawal the company told it
    const toldTheTrainingOrganisation = viewer.kind === OrganisationKind.TRAINING_ORGANISATION && visible.trainingOrganisationId === viewer.organisationId;
    if (visible.companyId !== viewer.organisationId && !toldTheTrainingOrganisation) {
      throw forbidden("Seule l'entreprise qui l'a déposée, ou son organisme de formation quand elle le lui a dit, peut retirer cette intention d'embauche.");
    }
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, visible.operationId);
      await assertProcessAllows(tx.manager, clock, "withdrawHiringIntention", { operationId: visible.operationId, trainingSessionId: visible.trainingSessionId });
      const intention = await locked(tx.manager, HiringIntention, visible.id);
      if (intention.status === HiringIntentionStatus.WITHDRAWN) throw new DomainError("ALREADY_WITHDRAWN", "Cette intention d'embauche est déjà retirée.");
      intention.status = HiringIntentionStatus.WITHDRAWN;
      intention.withdrawnAt = clock.now();
      intention.withdrawalReason = input.reason.trim();
      await tx.manager.save(intention);
      const ended = await tx.manager.update(Pairing, { hiringIntentionId: intention.id, endedAt: IsNull() }, { endedAt: clock.now(), endReason: `Retrait de l'entreprise : ${intention.withdrawalReason}` });
      await tx.record({
        type: "HIRING_INTENTION_WITHDRAWN", operationId: intention.operationId, concerned: [intention.companyId],
        payload: { hiringIntentionId: intention.id, jobTitle: intention.jobTitle, reason: intention.withdrawalReason, pairingsEnded: ended.affected ?? 0, toldTheTrainingOrganisation },
      });
      await cancelStandingOrder(tx, intention, clock.now());
      if (ended.affected && intention.trainingSessionId) await recheckGroup(tx, intention.trainingSessionId, clock.now());
      return intention;
    });
  }

  @Mutation(() => HiringIntention, { description: "Training organisation: records the solution found after a company's withdrawal" })
  async recordWithdrawalSolution(@Arg("input") input: WithdrawalSolutionInput, @Ctx() ctx: Context): Promise<HiringIntention> {
    const { viewer, reader, journal, clock } = authenticated(ctx);
    assertAllowed(viewer, PERMISSIONS.recordWithdrawalSolution);
    const visible = await visibleOrFail(reader, HiringIntention, input.hiringIntentionId, "Intention d'embauche");
    if (visible.trainingOrganisationId !== viewer.organisationId) throw forbidden("Seul l'organisme de formation retenu par l'entreprise enregistre la solution.");
    return journal.run(actorOf(viewer), async (tx) => {
      await assertOperationOpen(tx.manager, visible.operationId);
      await assertProcessAllows(tx.manager, clock, "recordWithdrawalSolution", { operationId: visible.operationId, trainingSessionId: visible.trainingSessionId });
      const intention = await locked(tx.manager, HiringIntention, visible.id);
      if (intention.status !== HiringIntentionStatus.WITHDRAWN) throw new DomainError("NOT_WITHDRAWN", "Une solution s'enregistre après le retrait de l'entreprise.");
      const previous = intention.withdrawalSolution;
      intention.withdrawalSolution = input.solution.trim();
      await tx.manager.save(intention);
      await tx.record({ type: "WITHDRAWAL_SOLUTION_RECORDED", operationId: intention.operationId, concerned: [intention.companyId], payload: { hiringIntentionId: intention.id, solution: intention.withdrawalSolution, previous } });
      return intention;
    });
  }
}

/** The purchase order of a withdrawn intention no longer stands: cancelled, and recorded. */
async function cancelStandingOrder(tx: MutationTransaction, intention: HiringIntention, now: Date): Promise<void> {
  const order = await tx.manager.findOne(PurchaseOrder, { where: { hiringIntentionId: intention.id, status: Not(In([PurchaseOrderStatus.REFUSED, PurchaseOrderStatus.CANCELLED])) } });
  if (!order) return;
  const from = order.status;
  order.status = PurchaseOrderStatus.CANCELLED;
  order.cancelledAt = now;
  await tx.manager.save(order);
  await tx.record({
    type: "PURCHASE_ORDER_CANCELLED", operationId: intention.operationId, concerned: [order.leadOrganisationId, order.requestedByOrganisationId, intention.companyId],
    payload: { purchaseOrderId: order.id, from, to: PurchaseOrderStatus.CANCELLED, reason: `Intention d'embauche retirée : ${intention.withdrawalReason}`, jobTitle: intention.jobTitle },
  });
}

/**
 * A company may consult several training organisations, but commits to one for the same training.
 * The refusal names the other training organisation and its training only when the viewer may see
 * them: an OF entering an intention for a company must not learn of its commitments elsewhere.
 */
async function assertOneTrainingOrganisation(manager: EntityManager, reader: ScopedReader, company: Organisation, session: TrainingSession): Promise<void> {
  if (company.kind !== OrganisationKind.COMPANY) return;
  const other: { organisation_id: string; name: string; session_id: string; title: string }[] = await manager.query(
    `SELECT org.id AS organisation_id, org.name, ts.id AS session_id, ts.certification_title AS title FROM hiring_intention hi
       JOIN training_session ts ON ts.id = hi.training_session_id
       JOIN organisation org ON org.id = hi.training_organisation_id
      WHERE hi.company_id = $1 AND hi.status = 'SUBMITTED' AND hi.training_organisation_id <> $2
        AND lower(ts.certification_title) = lower($3) LIMIT 1`,
    [company.id, session.trainingOrganisationId, session.certificationTitle],
  );
  if (!other.length) return;
  const rule = "Une entreprise s'engage auprès d'un seul organisme de formation pour une même formation";
  const [seesOrganisation, seesSession] = await Promise.all([reader.one(Organisation, other[0].organisation_id), reader.one(TrainingSession, other[0].session_id)]);
  throw new DomainError("ONE_TRAINING_ORGANISATION", seesOrganisation && seesSession
    ? `${rule} : ${company.name} est déjà engagée avec ${other[0].name} pour « ${other[0].title} ».`
    : `${rule} : ${company.name} est déjà engagée avec un autre organisme de formation pour « ${session.certificationTitle} ».`);
}
