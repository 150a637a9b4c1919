import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { ProcessAction } from "../../domain/process/process.js";
import { PERMISSIONS, type Action } from "../../domain/permissions.js";
import { OperationStatus } from "../../domain/vocabulary.js";
import { Closure } from "../../entities/closure.js";
import { Operation } from "../../entities/operation.js";
import { Programme } from "../../entities/programme.js";
import { TrainingSession } from "../../entities/training-session.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { DomainError } from "../../graphql/errors.js";
import type { MutationTransaction } from "../../realtime/journal.js";
import { actorOf, assertAllowed, assertOperationOpen, assertRunsSession, locked, visibleOrFail } from "../shared/guard.js";
import { assertProcessAllows } from "../shared/process-gate.js";
import { activePairings, sessionQualification } from "../training-sessions/session-facts.js";

interface ClosureStep {
  programme: Programme;
  operation: Operation;
  session: TrainingSession;
  closure: Closure;
}

/** A closure step of a session: who may, what the programme's process requires first, then `work`. */
async function closureStep(ctx: Context, trainingSessionId: string, action: Action & ProcessAction, work: (tx: MutationTransaction, step: ClosureStep) => Promise<void>): Promise<Closure> {
  const { viewer, reader, journal, clock } = authenticated(ctx);
  const permission = PERMISSIONS[action];
  assertAllowed(viewer, permission);
  const session = await visibleOrFail(reader, TrainingSession, trainingSessionId, "Session");
  assertRunsSession(viewer, session, permission.label);
  return journal.run(actorOf(viewer), async (tx) => {
    const { programme, facts } = await assertProcessAllows(tx.manager, clock, action, { operationId: session.operationId, trainingSessionId: session.id });
    // paying the bonus comes after the session (and maybe the operation) closed
    const operation = facts?.sessionClosed ? await locked(tx.manager, Operation, session.operationId) : await assertOperationOpen(tx.manager, session.operationId);
    const closure = (await tx.manager.findOneBy(Closure, { trainingSessionId: session.id }))
      ?? tx.manager.create(Closure, { trainingSessionId: session.id, attestationIssuedAt: null, attestationIssuedByUserId: null, bonusRequestedAt: null, bonusAcknowledgedAt: null, bonusPaidAt: null, closedAt: null });
    await work(tx, { programme, operation, session, closure });
    return tx.manager.save(closure);
  });
}

@Resolver()
export class ClosureMutations {
  @Mutation(() => Closure, { description: "RTF: issues the conformity attestation to the training organisation, after the review" })
  issueConformityAttestation(@Arg("trainingSessionId", () => ID) trainingSessionId: string, @Ctx() ctx: Context): Promise<Closure> {
    const { viewer, clock } = authenticated(ctx);
    return closureStep(ctx, trainingSessionId, "issueConformityAttestation", async (tx, { session, closure }) => {
      if (closure.attestationIssuedAt) throw new DomainError("ATTESTATION_ALREADY_ISSUED", "L'attestation de conformité a déjà été délivrée.");
      closure.attestationIssuedAt = clock.now();
      closure.attestationIssuedByUserId = viewer.userId;
      await tx.record({ type: "CONFORMITY_ATTESTATION_ISSUED", operationId: session.operationId, concerned: [session.trainingOrganisationId], payload: { trainingSessionId: session.id } });
    });
  }

  @Mutation(() => Closure, { description: "Training organisation: requests the DEFI bonus from the management unit, with the attestation" })
  requestDefiBonus(@Arg("trainingSessionId", () => ID) trainingSessionId: string, @Ctx() ctx: Context): Promise<Closure> {
    const { clock } = authenticated(ctx);
    return closureStep(ctx, trainingSessionId, "requestDefiBonus", async (tx, { programme, session, closure }) => {
      if (closure.bonusRequestedAt) throw new DomainError("BONUS_ALREADY_REQUESTED", "La prime DEFI a déjà été demandée.");
      const qualification = sessionQualification(session, programme, (await activePairings(tx.manager, [session.id])).get(session.id) ?? []);
      if (!qualification.qualified) throw new DomainError("SESSION_NOT_QUALIFIED", `${qualification.explanation} : pas de prime DEFI.`, { missing: qualification.missing });
      closure.bonusRequestedAt = clock.now();
      await tx.record({ type: "DEFI_BONUS_REQUESTED", operationId: session.operationId, concerned: [session.trainingOrganisationId], payload: { trainingSessionId: session.id, counted: qualification.counted, required: qualification.required } });
    });
  }

  @Mutation(() => Closure, { description: "Management unit (cellule de gestion): acknowledges the DEFI bonus request" })
  acknowledgeDefiBonus(@Arg("trainingSessionId", () => ID) trainingSessionId: string, @Ctx() ctx: Context): Promise<Closure> {
    const { clock } = authenticated(ctx);
    return closureStep(ctx, trainingSessionId, "acknowledgeDefiBonus", async (tx, { session, closure }) => {
      if (closure.bonusAcknowledgedAt) throw new DomainError("BONUS_ALREADY_ACKNOWLEDGED", "La cellule de gestion a déjà accusé réception de cette demande de prime.");
      closure.bonusAcknowledgedAt = clock.now();
      await tx.record({ type: "DEFI_BONUS_ACKNOWLEDGED", operationId: session.operationId, concerned: [session.trainingOrganisationId], payload: { trainingSessionId: session.id } });
    });
  }

  @Mutation(() => Closure, { description: "Management unit (cellule de gestion): records that the DEFI bonus was paid" })
  payDefiBonus(@Arg("trainingSessionId", () => ID) trainingSessionId: string, @Ctx() ctx: Context): Promise<Closure> {
    const { clock } = authenticated(ctx);
    return closureStep(ctx, trainingSessionId, "payDefiBonus", async (tx, { session, closure }) => {
      if (closure.bonusPaidAt) throw new DomainError("BONUS_ALREADY_PAID", "La prime DEFI de cette session est déjà payée.");
      closure.bonusPaidAt = clock.now();
      await tx.record({ type: "DEFI_BONUS_PAID", operationId: session.operationId, concerned: [session.trainingOrganisationId], payload: { trainingSessionId: session.id } });
    });
  }

  @Mutation(() => Closure, { description: "Training organisation: closes the session; the operation closes with its last session and becomes read-only (follow-ups go on)" })
  closeSession(@Arg("trainingSessionId", () => ID) trainingSessionId: string, @Ctx() ctx: Context): Promise<Closure> {
    const { clock } = authenticated(ctx);
    return closureStep(ctx, trainingSessionId, "closeSession", async (tx, { programme, operation, session, closure }) => {
      if (programme.rules.paysCompletionBonus && !closure.bonusRequestedAt) {
        const qualification = sessionQualification(session, programme, (await activePairings(tx.manager, [session.id])).get(session.id) ?? []);
        if (qualification.qualified) throw new DomainError("BONUS_NOT_REQUESTED", "Demandez la prime DEFI avant de clôturer la session.");
      }
      closure.closedAt = clock.now();
      await tx.manager.save(closure);
      await tx.record({ type: "SESSION_CLOSED", operationId: session.operationId, payload: { trainingSessionId: session.id } });
      const open: { n: number }[] = await tx.manager.query(
        `SELECT count(*)::int AS n FROM training_session ts LEFT JOIN closure c ON c.training_session_id = ts.id WHERE ts.operation_id = $1 AND c.closed_at IS NULL`,
        [operation.id],
      );
      if (open[0].n === 0) {
        operation.status = OperationStatus.CLOSED;
        operation.closedAt = clock.now();
        await tx.manager.save(operation);
        await tx.record({ type: "OPERATION_CLOSED", operationId: operation.id, payload: { title: operation.title } });
      }
    });
  }
}
