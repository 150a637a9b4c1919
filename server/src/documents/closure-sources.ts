import { IsNull, Not, type EntityManager } from "typeorm";
import type { Qualification } from "../domain/qualification.js";
import { CertificationLevel, ReviewKind } from "../domain/vocabulary.js";
import type { Closure } from "../entities/closure.js";
import { Convention } from "../entities/convention.js";
import type { Operation } from "../entities/operation.js";
import { Organisation } from "../entities/organisation.js";
import type { Programme } from "../entities/programme.js";
import { ReviewOutcome } from "../entities/review-outcome.js";
import { Review } from "../entities/review.js";
import { TrainingSession } from "../entities/training-session.js";
import type { User } from "../entities/user.js";
import { activePairings, sessionQualification } from "../modules/training-sessions/session-facts.js";
import { operationAndProgramme, regionName, usersByIds } from "./sources.js";

/** What the closure's documents (conformity attestation, DEFI bonus request) are made of. */
export interface ClosureSources {
  closure: Closure;
  session: TrainingSession;
  operation: Operation;
  programme: Programme;
  regionName: string;
  trainingOrganisation: Organisation | null;
  convention: Convention | null;
  finalReview: Review | null;
  outcomes: { trainees: number; certified: number; contracts: number };
  qualification: Qualification;
  attestationIssuer: User | undefined;
  bonusRequester: User | undefined;
}

export async function closureSources(manager: EntityManager, closure: Closure): Promise<ClosureSources> {
  const session = await manager.findOneByOrFail(TrainingSession, { id: closure.trainingSessionId });
  const { operation, programme } = await operationAndProgramme(manager, session.operationId);
  const finalReview = await manager.findOne(Review, { where: { trainingSessionId: session.id, kind: ReviewKind.FINAL, heldAt: Not(IsNull()) }, order: { heldAt: "DESC", id: "ASC" } });
  const outcomes = finalReview ? await manager.findBy(ReviewOutcome, { reviewId: finalReview.id }) : [];
  // the organisation that asked for the bonus: the journal's DEFI_BONUS_REQUESTED for this session
  const requested: { actor_user_id: string | null }[] = closure.bonusRequestedAt
    ? await manager.query(`SELECT actor_user_id FROM journal_event WHERE type = 'DEFI_BONUS_REQUESTED' AND payload->>'trainingSessionId' = $1 ORDER BY id DESC LIMIT 1`, [session.id])
    : [];
  const users = await usersByIds(manager, [closure.attestationIssuedByUserId, requested[0]?.actor_user_id ?? null]);
  return {
    closure, session, operation, programme,
    regionName: await regionName(manager, operation.territory),
    trainingOrganisation: await manager.findOneBy(Organisation, { id: session.trainingOrganisationId }),
    convention: await manager.findOneBy(Convention, { trainingSessionId: session.id }),
    finalReview,
    outcomes: {
      trainees: outcomes.length,
      certified: outcomes.filter((o) => o.certificationLevel !== CertificationLevel.NONE).length,
      contracts: outcomes.filter((o) => o.contractType).length,
    },
    qualification: sessionQualification(session, programme, (await activePairings(manager, [session.id])).get(session.id) ?? []),
    attestationIssuer: users.get(closure.attestationIssuedByUserId ?? ""),
    bonusRequester: users.get(requested[0]?.actor_user_id ?? ""),
  };
}
