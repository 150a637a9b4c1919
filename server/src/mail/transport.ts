import nodemailer from "nodemailer";
import type { EmailDraft } from "./compose.js";

export interface MailTransport {
  send(message: EmailDraft & { messageId: string }): Promise<void>;
  close(): void;
}

/** Nodemailer over SMTP (SMTP_URL, e.g. smtp://user:pass@host:587); null when none is configured. */
export function smtpTransport(smtpUrl: string | null, from: string): MailTransport | null {
  if (!smtpUrl) return null;
  // bounded waits: a delivery holds its outbox row (and a database connection) while it talks to the server
  const transporter = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 });
  return {
    async send(message) {
      const attachments = (message.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, "base64") }));
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html, attachments, messageId: message.messageId });
    },
    close: () => transporter.close(),
  };
}
