import { AuthSession } from "../entities/auth-session.js";
import type { Context } from "../graphql/context.js";
import type { MutationTransaction } from "../realtime/journal.js";
import { hashToken, newSessionToken } from "./tokens.js";

/** A new session in the caller's transaction; browsers get it as the HTTP-only cookie, API clients as the token. */
export async function openSession(ctx: Context, tx: MutationTransaction, userId: string): Promise<{ token: string | null; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + ctx.config.sessionTtlHours * 3600_000);
  await tx.manager.insert(AuthSession, { userId, tokenHash: hashToken(token), expiresAt, endedAt: null });
  await tx.record({ type: "USER_LOGGED_IN", payload: { userId } });
  ctx.cookie?.set(token, expiresAt);
  // a token in a page's JavaScript could be stolen by a script injection; the cookie cannot
  return { token: ctx.browser ? null : token, expiresAt };
}
