import type { DataSource } from "typeorm";
import type { Clock } from "../clock.js";
import type { EmailAttachment } from "../entities/outbound-email.js";
import type { MailTransport } from "./transport.js";

interface Row {
  id: string;
  to_address: string;
  subject: string;
  text: string;
  html: string;
  attachments: EmailAttachment[];
  sent_at: Date | null;
  kept_at: Date | null;
}

/**
 * Delivers one message of the outbox. The row is locked for the whole delivery and marked in the
 * same transaction, so two instances (or a retry racing a slow first attempt) never both send it:
 * the second finds it sent. Its Message-ID is fixed by its id, so the one case left (the SMTP server
 * accepted it, then this instance died before the mark was committed) resends the same message,
 * which receiving servers recognise. Without an SMTP server the message is kept for the
 * development mailbox. A failure is recorded, then rethrown for the queue to retry later.
 */
export async function deliverEmail(dataSource: DataSource, transport: MailTransport | null, clock: Clock, emailId: string): Promise<"sent" | "kept" | "already-done"> {
  let failure: unknown = null;
  const outcome = await dataSource.transaction(async (manager) => {
    const [row]: Row[] = await manager.query(`SELECT id, to_address, subject, text, html, attachments, sent_at, kept_at FROM outbound_email WHERE id = $1 FOR UPDATE`, [emailId]);
    if (!row || row.sent_at || row.kept_at) return "already-done" as const;
    if (!transport) {
      await manager.query(`UPDATE outbound_email SET kept_at = $2, attempts = attempts + 1 WHERE id = $1`, [emailId, clock.now()]);
      return "kept" as const;
    }
    try {
      await transport.send({ to: row.to_address, subject: row.subject, text: row.text, html: row.html, attachments: row.attachments, messageId: `<${row.id}@cordee>` });
    } catch (error) {
      failure = error;
      await manager.query(`UPDATE outbound_email SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [emailId, String((error as Error).message ?? error).slice(0, 500)]);
      return "failed" as const;
    }
    await manager.query(`UPDATE outbound_email SET sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1`, [emailId, clock.now()]);
    return "sent" as const;
  });
  if (outcome === "failed") throw failure;
  return outcome;
}
