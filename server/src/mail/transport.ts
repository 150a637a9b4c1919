import nodemailer from "nodemailer";
import type { EmailDraft } from "./compose.js";

export interface MailTransport {
  send(message: EmailDraft & { messageId: string }): Promise<void>;
  close(): void;
}

/** Nodemailer over SMTP (SMTP_URL, e.g. smtp://user:pass@host:587); null when none is configured. */
export function smtpTransport(smtpUrl: string | null, from: string): MailTransport | null {
  if (!smtpUrl) return null;
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text, html: message.html, messageId: message.messageId });
    },
    close: () => transporter.close(),
  };
}
