import type { EntityManager } from "typeorm";
import { OutboundEmail } from "../entities/outbound-email.js";
import { QUEUES, type JobQueue } from "../jobs/queue.js";
import type { MutationTransaction } from "../realtime/journal.js";
import type { EmailDraft } from "./compose.js";

const row = (draft: EmailDraft, eventType: string) => ({
  toAddress: draft.to, subject: draft.subject, text: draft.text, html: draft.html, attachments: draft.attachments ?? [], eventType,
});

/** Writes the message in the caller's transaction and queues its delivery there too: both exist exactly when the event does. */
export async function queueEmail(tx: MutationTransaction, draft: EmailDraft, eventType: string): Promise<void> {
  const saved = await tx.manager.save(OutboundEmail, row(draft, eventType));
  await tx.queueJob(QUEUES.deliverEmail, { emailId: saved.id });
}

/**
 * The same, for background work that changes no business data (a notification's e-mail): in the
 * job's own transaction. Returns the message's id; the caller wakes the delivery after its commit.
 */
export async function queueEmailInJob(manager: EntityManager, jobs: JobQueue, draft: EmailDraft, eventType: string): Promise<string> {
  const saved = await manager.save(OutboundEmail, row(draft, eventType));
  await jobs.sendInTransaction(manager, QUEUES.deliverEmail, { emailId: saved.id });
  return saved.id;
}
