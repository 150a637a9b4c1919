import type { EntityManager } from "typeorm";
import type { Viewer } from "../../access/viewer.js";
import { OrganisationKind, rolesOf, MEMBER_ROLE_LABELS, type MemberRole } from "../../domain/kinds.js";
import { Organisation } from "../../entities/organisation.js";
import { badInput } from "../../graphql/errors.js";
import { forbidden } from "../shared/guard.js";

/**
 * Who manages the people of an organisation (invites, roles, deactivation):
 * - its own administrators;
 * - while it has no active administrator yet, whoever brought it in can invite its first person:
 *   the Region of its territory, or the training organisation that created it for its team.
 * A deactivated organisation takes nobody in.
 */
export async function peopleManagement(
  manager: EntityManager, viewer: Viewer, organisation: Organisation,
  loadAdministratorCounts?: (organisationIds: readonly string[]) => Promise<number[]>,
): Promise<"admin" | "first-contact" | null> {
  if (organisation.deactivatedAt) return null;
  if (viewer.organisationId === organisation.id) return viewer.isAdmin ? "admin" : null;
  const bringsItIn = (viewer.kind === OrganisationKind.REGION && viewer.territory === organisation.territory)
    || (viewer.kind === OrganisationKind.TRAINING_ORGANISATION && organisation.createdByOrganisationId === viewer.organisationId);
  if (!bringsItIn) return null;
  const admins = await (loadAdministratorCounts ?? ((ids) => activeAdministratorCounts(manager, ids)))([organisation.id]);
  return admins[0] === 0 ? "first-contact" : null;
}

/** How many active administrators each organisation has (in the order of the ids), leaving one account out if asked. */
export async function activeAdministratorCounts(manager: EntityManager, organisationIds: readonly string[], exceptUserId: string | null = null): Promise<number[]> {
  const rows: { organisation_id: string; admins: number }[] = await manager.query(
    `SELECT organisation_id, count(*)::int AS admins FROM app_user
      WHERE organisation_id = ANY($1::uuid[]) AND is_admin AND deactivated_at IS NULL AND ($2::uuid IS NULL OR id <> $2)
      GROUP BY organisation_id`,
    [[...organisationIds], exceptUserId],
  );
  const byId = new Map(rows.map((row) => [row.organisation_id, row.admins]));
  return organisationIds.map((id) => byId.get(id) ?? 0);
}

export async function assertManagesPeople(manager: EntityManager, viewer: Viewer, organisation: Organisation, only: "admin" | "any" = "any"): Promise<"admin" | "first-contact"> {
  const right = await peopleManagement(manager, viewer, organisation);
  if (!right || (only === "admin" && right !== "admin")) {
    throw forbidden(organisation.deactivatedAt
      ? `${organisation.name} est désactivée : personne ne peut y être invité.`
      : `Seuls les administrateurs de ${organisation.name} gèrent ses membres${only === "any" ? " (ou, tant qu'elle n'en a aucun, la Région ou l'organisme de formation qui l'a ajoutée)" : ""}.`);
  }
  return right;
}

/** The Region's functions (RTF, chef de pôle...) belong to the Region's people only. */
export function assertRoleFits(field: string, organisation: Organisation, role: MemberRole): void {
  if (!rolesOf(organisation.kind).includes(role)) {
    throw badInput(field, `le rôle « ${MEMBER_ROLE_LABELS[role]} » est réservé aux agents de la Région`);
  }
}
