import type { DataSource } from "typeorm";
import type { Viewer } from "../access/viewer.js";
import { AuthSession } from "../entities/auth-session.js";
import { User } from "../entities/user.js";
import { Organisation } from "../entities/organisation.js";
import { hashToken } from "./tokens.js";

/** The viewer behind a session token, or null when unknown, ended or expired. */
export async function viewerForToken(dataSource: DataSource, token: string | null): Promise<Viewer | null> {
  if (!token) return null;
  const row = await dataSource
    .createQueryBuilder(AuthSession, "s")
    .innerJoin(User, "u", "u.id = s.user_id")
    .innerJoin(Organisation, "o", "o.id = u.organisation_id")
    .select(["u.id AS user_id", "u.role AS role", "o.id AS organisation_id", "o.kind AS kind", "o.territory AS territory"])
    .where("s.token_hash = :hash AND s.ended_at IS NULL AND s.expires_at > now()", { hash: hashToken(token) })
    .getRawOne<{ user_id: string; role: Viewer["role"]; organisation_id: string; kind: Viewer["kind"]; territory: Viewer["territory"] }>();
  if (!row) return null;
  return { userId: row.user_id, organisationId: row.organisation_id, kind: row.kind, territory: row.territory, role: row.role };
}
