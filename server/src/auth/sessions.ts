import type { DataSource } from "typeorm";
import type { Viewer } from "../access/viewer.js";
import { AuthSession } from "../entities/auth-session.js";
import { User } from "../entities/user.js";
import { Organisation } from "../entities/organisation.js";
import { hashToken } from "./tokens.js";

/** A live login: who, and until when. */
export interface OpenSession {
  sessionId: string;
  expiresAt: Date;
  viewer: Viewer;
}

interface SessionRow {
  session_id: string;
  expires_at: Date;
  user_id: string;
  role: Viewer["role"];
  is_admin: boolean;
  organisation_id: string;
  kind: Viewer["kind"];
  territory: Viewer["territory"];
}

/** The session behind a token, or null when unknown, ended, expired or its account deactivated. */
export async function sessionForToken(dataSource: DataSource, token: string | null): Promise<OpenSession | null> {
  if (!token) return null;
  const row = await dataSource
    .createQueryBuilder(AuthSession, "s")
    .innerJoin(User, "u", "u.id = s.user_id")
    .innerJoin(Organisation, "o", "o.id = u.organisation_id")
    .select(["s.id AS session_id", "s.expires_at AS expires_at", "u.id AS user_id", "u.role AS role", "u.is_admin AS is_admin", "o.id AS organisation_id", "o.kind AS kind", "o.territory AS territory"])
    .where("s.token_hash = :hash AND s.ended_at IS NULL AND s.expires_at > now() AND u.deactivated_at IS NULL AND o.deactivated_at IS NULL", { hash: hashToken(token) })
    .getRawOne<SessionRow>();
  if (!row) return null;
  return {
    sessionId: row.session_id,
    expiresAt: new Date(row.expires_at),
    viewer: { userId: row.user_id, organisationId: row.organisation_id, kind: row.kind, territory: row.territory, role: row.role, isAdmin: row.is_admin },
  };
}

export async function viewerForToken(dataSource: DataSource, token: string | null): Promise<Viewer | null> {
  return (await sessionForToken(dataSource, token))?.viewer ?? null;
}

/** Of these sessions, the ones that no longer hold: ended, expired or their account deactivated. */
export async function endedSessions(dataSource: DataSource, sessionIds: string[]): Promise<string[]> {
  if (sessionIds.length === 0) return [];
  const rows = await dataSource
    .createQueryBuilder(AuthSession, "s")
    .innerJoin(User, "u", "u.id = s.user_id")
    .innerJoin(Organisation, "o", "o.id = u.organisation_id")
    .select("s.id", "id")
    .where("s.id IN (:...ids)", { ids: sessionIds })
    .andWhere("(s.ended_at IS NOT NULL OR s.expires_at <= now() OR u.deactivated_at IS NOT NULL OR o.deactivated_at IS NOT NULL)")
    .getRawMany<{ id: string }>();
  return rows.map((r) => r.id);
}
