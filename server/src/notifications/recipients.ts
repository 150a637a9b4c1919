import type { EntityManager } from "typeorm";
import { AccessScopes, scopeParameters } from "../access/scopes.js";
import type { Viewer } from "../access/viewer.js";
import type { EventCategory } from "../domain/event-audience.js";
import type { EmailFrequency } from "../domain/notification-preferences.js";
import { Notification } from "../entities/notification.js";

/** A notified user as the e-mail needs them: address, name, and who they are for the access policy. */
export interface Recipient {
  viewer: Viewer;
  email: string;
  firstName: string;
  /** the account and its organisation are active: a deactivated one gets nothing */
  active: boolean;
}

export interface RecipientRow {
  user_id: string;
  email: string;
  first_name: string;
  role: Viewer["role"];
  is_admin: boolean;
  organisation_id: string;
  kind: Viewer["kind"];
  territory: Viewer["territory"];
  active: boolean;
}

/** Columns of app_user `u` joined to its organisation `o`, as a RecipientRow. */
export const RECIPIENT_COLUMNS = `u.id AS user_id, u.email, u.first_name, u.role, u.is_admin, o.id AS organisation_id, o.kind, o.territory,
  (u.deactivated_at IS NULL AND o.deactivated_at IS NULL) AS active`;

export function recipientOf(row: RecipientRow): Recipient {
  return {
    viewer: { userId: row.user_id, organisationId: row.organisation_id, kind: row.kind, territory: row.territory, role: row.role, isAdmin: row.is_admin },
    email: row.email,
    firstName: row.first_name,
    active: row.active,
  };
}

export type ChosenFrequencies = Partial<Record<EventCategory, EmailFrequency>>;

/** Each user's own choices (categories without one take their role's default). */
export async function chosenFrequencies(manager: EntityManager, userIds: string[]): Promise<Map<string, ChosenFrequencies>> {
  const rows: { user_id: string; category: EventCategory; frequency: EmailFrequency }[] = userIds.length
    ? await manager.query(`SELECT user_id, category, frequency FROM notification_preference WHERE user_id = ANY($1)`, [userIds])
    : [];
  const chosen = new Map<string, ChosenFrequencies>();
  for (const row of rows) chosen.set(row.user_id, { ...chosen.get(row.user_id), [row.category]: row.frequency });
  return chosen;
}

/**
 * Of these notifications of one user, those the user may still see under the access policy (the
 * same rule as the notifications query: not those of an operation their organisation has left).
 */
export async function visibleNotificationIds(manager: EntityManager, viewer: Viewer, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows: { id: string }[] = await manager
    .createQueryBuilder(Notification, "a")
    .select("a.id", "id")
    .where(new AccessScopes(viewer).where("notification", "a"), scopeParameters(viewer))
    .andWhere("a.id IN (:...ids)", { ids })
    .getRawMany();
  return new Set(rows.map((r) => r.id));
}

/** Marks notifications as settled for e-mail (by this message, or by none). */
export async function settle(manager: EntityManager, ids: string[], emailId: string | null, at: Date): Promise<void> {
  if (ids.length) await manager.query(`UPDATE notification SET email_settled_at = $2, email_id = $3 WHERE id = ANY($1)`, [ids, at, emailId]);
}
