import { createHash, randomBytes } from "node:crypto";
import { parse } from "cookie";

export const SESSION_COOKIE = "cordee_session";

export const newSessionToken = (): string => randomBytes(32).toString("base64url");
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

/** The session token of an HTTP request or WebSocket upgrade: bearer header first, then cookie. */
export function tokenFromHeaders(headers: { authorization?: string; cookie?: string }): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? "");
  if (bearer) return bearer[1];
  return parse(headers.cookie ?? "")[SESSION_COOKIE] ?? null;
}
