import type { EntityManager } from "typeorm";
import { isDurableEmployment } from "../../domain/durable-employment.js";
import { qualify, type Qualification } from "../../domain/qualification.js";
import type { Programme } from "../../entities/programme.js";
import type { TrainingSession } from "../../entities/training-session.js";

interface PairingRow {
  session: string;
  contract_type: Parameters<typeof isDurableEmployment>[0];
  duration: number | null;
}

/** Active pairings of the sessions (trainee still admitted, intention not withdrawn), by session. */
export async function activePairings(manager: EntityManager, sessionIds: readonly string[]): Promise<Map<string, PairingRow[]>> {
  const rows: PairingRow[] = await manager.query(
    `SELECT c.training_session_id AS session, hi.contract_type, hi.contract_duration_months AS duration
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
    pairedTrainees: pairings.map((p) => ({ durableJob: isDurableEmployment(p.contract_type, p.duration, minimumMonths) })),
    smallerGroupAccepted: session.smallerGroupAccepted,
    permanentEntryExit: session.permanentEntryExit,
  });
}
