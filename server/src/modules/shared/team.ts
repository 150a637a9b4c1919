import type { EntityManager } from "typeorm";
import { OrganisationKind } from "../../domain/kinds.js";
import { badInput } from "../../graphql/errors.js";

/** The organisations on the operation's active project team, with their kind. */
export async function activeTeam(manager: EntityManager, operationId: string): Promise<{ id: string; kind: OrganisationKind; name: string }[]> {
  return manager.query(
    `SELECT o.id, o.kind, o.name FROM team_membership tm JOIN organisation o ON o.id = tm.organisation_id
      WHERE tm.operation_id = $1 AND tm.left_at IS NULL ORDER BY tm.joined_at, o.name`,
    [operationId],
  );
}

/** A company on the operation's active team, or a clear refusal naming the field. */
export async function assertCompanyOnTeam(manager: EntityManager, operationId: string, companyId: string, field: string): Promise<void> {
  const team = await activeTeam(manager, operationId);
  if (!team.some((o) => o.id === companyId && o.kind === OrganisationKind.COMPANY)) {
    throw badInput(field, "une entreprise de l'équipe projet de l'opération est attendue");
  }
}

/**
 * Who attended (a signature, a review, a meeting): organisations of the active team and trainees
 * of the session; anything else is refused, naming the field.
 */
export async function checkAttendees(
  manager: EntityManager,
  operationId: string,
  trainingSessionId: string | null,
  organisationIds: string[],
  candidacyIds: string[],
  /** a signature or a review: trainees; an information session: every candidate of the operation */
  traineesOnly = true,
): Promise<{ organisationIds: string[]; candidacyIds: string[] }> {
  const team = new Set((await activeTeam(manager, operationId)).map((o) => o.id));
  const organisations = [...new Set(organisationIds)];
  if (organisations.some((id) => !team.has(id))) throw badInput("attendingOrganisationIds", "seuls les partenaires de l'équipe projet peuvent être présents");
  const candidacies = [...new Set(candidacyIds)];
  if (candidacies.length) {
    const trainees: { id: string }[] = await manager.query(
      `SELECT c.id FROM candidacy c JOIN training_session ts ON ts.id = c.training_session_id
        WHERE c.id = ANY($1) AND ts.operation_id = $2 AND ($3::uuid IS NULL OR ts.id = $3) AND (NOT $4 OR c.status IN ('ADMITTED', 'LEFT'))`,
      [candidacies, operationId, trainingSessionId, traineesOnly],
    );
    if (trainees.length !== candidacies.length) {
      throw badInput("attendingCandidacyIds", traineesOnly ? "seuls les stagiaires de la session peuvent être présents" : "seuls les candidats de l'opération peuvent être présents");
    }
  }
  return { organisationIds: organisations, candidacyIds: candidacies };
}
