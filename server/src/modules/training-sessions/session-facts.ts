import type { EntityManager } from "typeorm";
import { isDurableEmployment } from "../../domain/durable-employment.js";
import { PlaceKind } from "../../domain/vocabulary.js";
import { qualify, type Qualification } from "../../domain/qualification.js";
import type { Programme } from "../../entities/programme.js";
import { TrainingSession } from "../../entities/training-session.js";
import type { MutationTransaction } from "../../realtime/journal.js";
import { programmeOf } from "../shared/process-gate.js";

interface PairingRow {
  session: string;
  place: PlaceKind | null;
  contract_type: Parameters<typeof isDurableEmployment>[0];
  duration: number | null;
}

/** Active pairings of the sessions (trainee still admitted, intention not withdrawn), by session. */
export async function activePairings(manager: EntityManager, sessionIds: readonly string[]): Promise<Map<string, PairingRow[]>> {
  const rows: PairingRow[] = await manager.query(
    `SELECT c.training_session_id AS session, c.place, hi.contract_type, hi.contract_duration_months AS duration
       FROM pairing p
       JOIN candidacy c ON c.id = p.candidacy_id
       JOIN hiring_intention hi ON hi.id = p.hiring_intention_id
      WHERE p.ended_at IS NULL AND c.status = 'ADMITTED' AND hi.status = 'SUBMITTED' AND c.training_session_id = ANY($1)`,
    [sessionIds],
  );
  const bySession = new Map<string, PairingRow[]>();
  for (const row of rows) bySession.set(row.session, [...(bySession.get(row.session) ?? []), row]);
  return bySession;
}

/** The programme's qualification rule applied to the session's active pairings. */
export function sessionQualification(session: TrainingSession, programme: Programme, pairings: PairingRow[]): Qualification {
  const minimumMonths = programme.rules.durableContractMinimumMonths;
  return qualify({
    rules: programme.rules,
    programmeName: programme.name,
    fundedPlaces: session.fundedPlaces,
    extraPlaces: session.extraPlaces,
    pairedTrainees: pairings.map((p) => ({ durableJob: isDurableEmployment(p.contract_type, p.duration, minimumMonths), place: p.place ?? PlaceKind.FUNDED })),
    smallerGroupAccepted: session.smallerGroupAccepted,
    permanentEntryExit: session.permanentEntryExit,
  });
}

/**
 * After a trainee left, a pairing ended or an intention was withdrawn: a constituted group that
 * fell below its programme's minimum is no longer « constitué »; the training organisation and
 * the Region are told (an event with its notifications, and a task until it is constituted again).
 */
export async function recheckGroup(tx: MutationTransaction, trainingSessionId: string, now: Date): Promise<void> {
  const session = await tx.manager.findOneByOrFail(TrainingSession, { id: trainingSessionId });
  if (!session.groupConstitutedAt) return;
  const programme = await programmeOf(tx.manager, session.operationId);
  const qualification = sessionQualification(session, programme, (await activePairings(tx.manager, [session.id])).get(session.id) ?? []);
  if (qualification.qualified) return;
  session.groupConstitutedAt = null;
  session.groupBelowMinimumAt = now;
  await tx.manager.save(session);
  await tx.record({
    type: "GROUP_BELOW_MINIMUM", operationId: session.operationId, concerned: [session.trainingOrganisationId],
    payload: { trainingSessionId: session.id, title: session.title, explanation: qualification.explanation, missing: qualification.missing },
  });
}
