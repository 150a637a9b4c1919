import type { EmailAttachment } from "../entities/outbound-email.js";

/** A message as the outbox keeps it: French, a plain-text part and its HTML twin, and its files. */
export interface EmailDraft {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: EmailAttachment[];
}

export interface MessageContent {
  to: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** the one thing to do, with the link to the exact item */
  action: { label: string; url: string };
  /** after the link: validity, what to do if the message is unexpected */
  notes?: string[];
}

export const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

export const SIGNATURE = "L'équipe Cordée — l'espace de travail partagé des opérations DEFI et « 1 emploi = 1 formation »";

export function composeEmail(content: MessageContent): EmailDraft {
  const notes = content.notes ?? [];
  const text = [
    content.greeting,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    `${content.action.label} : ${content.action.url}`,
    "",
    ...notes.flatMap((n) => [n, ""]),
    "--",
    SIGNATURE,
  ].join("\n");
  const html = [
    `<!doctype html><html lang="fr"><body style="font-family: Marianne, Arial, sans-serif; color: #161616; max-width: 40rem">`,
    `<p>${escapeHtml(content.greeting)}</p>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(content.action.url)}" style="display: inline-block; background: #000091; color: #fff; padding: .5rem 1rem; text-decoration: none">${escapeHtml(content.action.label)}</a></p>`,
    `<p style="font-size: .875rem">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur : ${escapeHtml(content.action.url)}</p>`,
    ...notes.map((n) => `<p style="font-size: .875rem">${escapeHtml(n)}</p>`),
    `<hr><p style="font-size: .75rem; color: #666">${escapeHtml(SIGNATURE)}</p>`,
    `</body></html>`,
  ].join("\n");
  return { to: content.to, subject: content.subject, text, html };
}

/** « lundi 30 novembre 2026 à 14 h 05 », in Paris time */
export function frenchDateTime(date: Date): string {
  const day = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(date);
  const time = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit" }).format(date).replace(":", " h ");
  return `${day} à ${time}`;
}
