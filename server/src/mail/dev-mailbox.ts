import type { Request, Response } from "express";
import type { DataSource } from "typeorm";
import type { EmailAttachment } from "../entities/outbound-email.js";

interface MailboxRow {
  id: string;
  to_address: string;
  subject: string;
  text: string;
  attachments: EmailAttachment[];
  created_at: Date;
  sent_at: Date | null;
  kept_at: Date | null;
  last_error: string | null;
}

const escapeHtml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** the message's plain text, its links made clickable */
const linkify = (text: string) => escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
const when = (date: Date) => new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "medium" }).format(date);

function status(row: MailboxRow): string {
  if (row.sent_at) return `envoyé le ${when(row.sent_at)}`;
  if (row.kept_at) return "gardé ici (aucun serveur SMTP configuré)";
  return row.last_error ? `en attente d'un nouvel essai : ${escapeHtml(row.last_error)}` : "en attente d'envoi";
}

/** The message's files: name, type and size (« invitation.ics — text/calendar — 1,2 ko »). */
function attachmentList(attachments: EmailAttachment[]): string {
  if (!attachments.length) return "";
  const size = (a: EmailAttachment) => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(Buffer.byteLength(a.contentBase64, "base64") / 1024);
  const items = attachments.map((a) => `<li>${escapeHtml(a.filename)} — ${escapeHtml(a.contentType.split(";")[0])} — ${size(a)}\u00a0ko</li>`);
  return `\n        <p class="meta">Pièces jointes\u00a0:</p><ul>${items.join("")}</ul>`;
}

/**
 * The development mailbox: on a machine without SMTP server, every message the platform would have
 * sent, newest first, so that `npm start` shows whole journeys (an invitation, its link, the account).
 * Never served in production unless DEV_MAILBOX=true says so.
 */
export function devMailboxHandler(dataSource: DataSource) {
  return async (req: Request, res: Response) => {
    const to = typeof req.query.to === "string" ? req.query.to.trim().toLowerCase() : "";
    const rows: MailboxRow[] = await dataSource.query(
      `SELECT id, to_address, subject, text, attachments, created_at, sent_at, kept_at, last_error FROM outbound_email
        WHERE ($1 = '' OR to_address = $1) ORDER BY created_at DESC LIMIT 50`,
      [to],
    );
    const items = rows.map((row) => `
      <article>
        <h2>${escapeHtml(row.subject)}</h2>
        <p class="meta">À : <strong>${escapeHtml(row.to_address)}</strong> — ${when(row.created_at)} — ${status(row)}</p>
        <pre>${linkify(row.text)}</pre>${attachmentList(row.attachments)}
      </article>`);
    res.type("html").send(`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Boîte aux lettres de développement — Cordée</title>
<style>body{font-family:Marianne,Arial,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#161616}
article{border:1px solid #ddd;padding:0 1rem;margin:1rem 0}.meta{color:#555}pre{white-space:pre-wrap;font-family:inherit}
a{color:#000091}</style></head>
<body><h1>Boîte aux lettres de développement</h1>
<p>Aucun serveur SMTP n'est configuré (variable <code>SMTP_URL</code>) : les messages que Cordée enverrait sont gardés ici, du plus récent au plus ancien.</p>
<form method="get"><label>Destinataire <input name="to" type="email" value="${escapeHtml(to)}"></label> <button>Filtrer</button></form>
${items.join("\n") || "<p>Aucun message pour l'instant.</p>"}
</body></html>`);
  };
}
