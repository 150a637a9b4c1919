import { OutboundEmail } from "../entities/outbound-email.js";
import { QUEUES } from "../jobs/queue.js";
import type { MutationTransaction } from "../realtime/journal.js";
import type { EmailDraft } from "./compose.js";

/** Writes the message in the caller's transaction and queues its delivery there too: both exist exactly when the event does. */
export async function queueEmail(tx: MutationTransaction, draft: EmailDraft, eventType: string): Promise<void> {
  const row = await tx.manager.save(OutboundEmail, { toAddress: draft.to, subject: draft.subject, text: draft.text, html: draft.html, eventType });
  await tx.queueJob(QUEUES.deliverEmail, { emailId: row.id });
}
