import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { IsNull, Not } from "typeorm";
import { PERMISSIONS, type Permission } from "../../domain/permissions.js";
import { OperationStatus } from "../../domain/vocabulary.js";
import { Closure } from "../../entities/closure.js";
import { Operation } from "../../entities/operation.js";
import { Programme } from "../../entities/programme.js";
import { Review } from "../../entities/review.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { DomainError } from "../../graphql/errors.js";
import type { MutationTransaction } from "../../realtime/journal.js";
import { actorOf, assertAllowed, assertOperationOpen, assertRunsSession, visibleOrFail } from "../shared/guard.js";
import { activePairings, sessionQualification } from "../training-sessions/session-facts.js";

interface ClosureStep {
  programme: Programme;
  operation: Operation;
  session: TrainingSession;
  closure: Closure;
}

async function closureStep(ctx: Context, trainingSessionId: string, permission: Permission, work: (tx: MutationTransaction, step: ClosureStep) => Promise<void>): Promise<Closure> {
  const { viewer, reader, journal } = authenticated(ctx);
  assertAllowed(viewer, permission);
  const session = await visibleOrFail(reader, TrainingSession, trainingSessionId, "Session");
  assertRunsSession(viewer, session, permission.label);
  return journal.run(actorOf(viewer), async (tx) => {
    const operation = await assertOperationOpen(tx.manager, session.operationId);
    const programme = await tx.manager.findOneByOrFail(Programme, { id: operation.programmeId });
    const closure = (await tx.manager.findOneBy(Closure, { trainingSessionId: session.id }))
      ?? tx.manager.create(Closure, { trainingSessionId: session.id, attestationIssuedAt: null, attestationIssuedByUserId: null, bonusRequestedAt: null, closedAt: null });
    await work(tx, { programme, operation, session, closure });
    return tx.manager.save(closure);
  });
}

@Resolver()
export class ClosureMutations {
  @Mutation(() => Closure, { description: "RTF: issues the conformity attestation to the training organisation, after the review" })
  issueConformityAttestation(@Arg("trainingSessionId", () => ID) trainingSessionId: string, @Ctx() ctx: Context): Promise<Closure> {
    const { viewer } = authenticated(ctx);
    return closureStep(ctx, trainingSessionId, PERMISSIONS.issueConformityAttestation, async (tx, { session, closure }) => {
      if (closure.attestationIssuedAt) throw new DomainError("ATTESTATION_ALREADY_ISSUED", "L'attestation de conformité a déjà été délivrée.");
      if (!(await tx.manager.findOneBy(Review, { trainingSessionId: session.id, heldAt: Not(IsNull()) }))) {
        throw new DomainError("REVIEW_REQUIRED", "L'attestation de conformité se délivre après le bilan de la session.");
      }
      closure.attestationIssuedAt = new Date();
      closure.attestationIssuedByUserId = viewer.userId;
      await tx.record({ type: "CONFORMITY_ATTESTATION_ISSUED", operationId: session.operationId, concerned: [session.trainingOrganisationId], payload: { trainingSessionId: session.id } });
    });
  }

  @Mutation(() => Closure, { description: "Training organisation: requests the DEFI bonus from the management unit, with the attestation" })
  requestDefiBonus(@Arg("trainingSessionId", () => ID) trainingSessionId: string, @Ctx() ctx: Context): Promise<Closure> {
    return closureStep(ctx, trainingSessionId, PERMISSIONS.requestDefiBonus, async (tx, { programme, session, closure }) => {
      if (!programme.rules.paysCompletionBonus) throw new DomainError("NO_BONUS", `Le programme ${programme.name} ne prévoit pas de prime de fin de session.`);
      if (!closure.attestationIssuedAt) throw new DomainError("ATTESTATION_REQUIRED", "La prime DEFI se demande avec l'attestation de conformité du RTF.");
      if (closure.bonusRequestedAt) throw new DomainError("BONUS_ALREADY_REQUESTED", "La prime DEFI a déjà été demandée.");
      const qualification = sessionQualification(session, programme, (await activePairings(tx.manager, [session.id])).get(session.id) ?? []);
      if (!qualification.qualified) throw new DomainError("SESSION_NOT_QUALIFIED", `${qualification.explanation} : pas de prime DEFI.`, { missing: qualification.missing });
      closure.bonusRequestedAt = new Date();
      await tx.record({ type: "DEFI_BONUS_REQUESTED", operationId: session.operationId, concerned: [session.trainingOrganisationId], payload: { trainingSessionId: session.id, counted: qualification.counted, required: qualification.required } });
    });
  }

  @Mutation(() => Closure, { description: "Training organisation: closes the session; the operation closes with its last session and becomes read-only" })
  closeSession(@Arg("trainingSessionId", () => ID) trainingSessionId: string, @Ctx() ctx: Context): Promise<Closure> {
    return closureStep(ctx, trainingSessionId, PERMISSIONS.closeSession, async (tx, { programme, operation, session, closure }) => {
      if (closure.closedAt) throw new DomainError("SESSION_ALREADY_CLOSED", "La session est déjà clôturée.");
      if (!closure.attestationIssuedAt) throw new DomainError("ATTESTATION_REQUIRED", "La session se clôture après l'attestation de conformité du RTF.");
      if (programme.rules.paysCompletionBonus && !closure.bonusRequestedAt) {
        const qualification = sessionQualification(session, programme, (await activePairings(tx.manager, [session.id])).get(session.id) ?? []);
        if (qualification.qualified) throw new DomainError("BONUS_NOT_REQUESTED", "Demandez la prime DEFI avant de clôturer la session.");
      }
      closure.closedAt = new Date();
      await tx.manager.save(closure);
      await tx.record({ type: "SESSION_CLOSED", operationId: session.operationId, payload: { trainingSessionId: session.id } });
      const open: { n: number }[] = await tx.manager.query(
        `SELECT count(*)::int AS n FROM training_session ts LEFT JOIN closure c ON c.training_session_id = ts.id WHERE ts.operation_id = $1 AND c.closed_at IS NULL`,
        [operation.id],
      );
      if (open[0].n === 0) {
        operation.status = OperationStatus.CLOSED;
        operation.closedAt = new Date();
        await tx.manager.save(operation);
        await tx.record({ type: "OPERATION_CLOSED", operationId: operation.id, payload: { title: operation.title } });
      }
    });
  }
}
