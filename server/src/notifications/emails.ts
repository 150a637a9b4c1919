import type { EventCategory, EventType } from "../domain/event-audience.js";
import { count, frenchSpacing, longDate, longDateTime } from "../domain/french.js";
import { CATEGORY_SHORT_LABELS } from "../domain/notification-preferences.js";
import type { EmailAttachment } from "../entities/outbound-email.js";
import { composeEmail, escapeHtml, SIGNATURE, type EmailDraft } from "../mail/compose.js";
import { EVENT_SENTENCES } from "./event-sentences.js";

/** One notified event, as a message tells it. */
export interface NotifiedEvent {
  type: EventType;
  category: EventCategory;
  occurredAt: Date;
  operationId: string | null;
  operationTitle: string | null;
  /** what the event is about (item-details.ts) */
  lines: string[];
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const operationUrl = (publicUrl: string, operationId: string | null) => (operationId ? `${publicUrl}/operations/${operationId}` : `${publicUrl}/`);
const preferencesNote = (publicUrl: string, what: string) =>
  `Vous recevez ce message selon vos préférences de notification (${what}). Pour les changer : ${publicUrl}/profil`;

/** « [Cordée] Convention signée — Opération DEFI Cariste » */
export function notificationSubject(event: Pick<NotifiedEvent, "type" | "operationTitle">): string {
  const sentence = EVENT_SENTENCES[event.type];
  return frenchSpacing(`[Cordée] ${sentence}${event.operationTitle ? ` — Opération ${event.operationTitle}` : ""}`);
}

/** The message of one event, sent at once: the operation, the item, the link to it, the calendar event if dated. */
export function notificationEmail(p: { to: string; firstName: string; event: NotifiedEvent; publicUrl: string; attachments: EmailAttachment[] }): EmailDraft {
  const { event } = p;
  const sentence = EVENT_SENTENCES[event.type];
  const opening = event.operationTitle ? `Opération « ${event.operationTitle} » : ${lowerFirst(sentence)}.` : `${sentence}.`;
  const calendar = p.attachments.length
    ? ["Le fichier joint ajoute cet événement à votre agenda ; s'il est déjà dans votre agenda, il le met à jour."]
    : [];
  const draft = composeEmail({
    to: p.to,
    subject: notificationSubject(event),
    greeting: `Bonjour ${p.firstName},`,
    paragraphs: [opening, ...event.lines, ...calendar].map(frenchSpacing),
    action: { label: event.operationId ? "Voir l'opération sur Cordée" : "Ouvrir Cordée", url: operationUrl(p.publicUrl, event.operationId) },
    notes: [frenchSpacing(preferencesNote(p.publicUrl, `« ${CATEGORY_SHORT_LABELS[event.category]} » : immédiatement`))],
  });
  return { ...draft, attachments: p.attachments };
}

interface OperationGroup {
  title: string;
  url: string;
  events: NotifiedEvent[];
}

/** The digest's sections: one per operation, in the order of their first event; events outside any operation last. */
function byOperation(events: NotifiedEvent[], publicUrl: string): OperationGroup[] {
  const groups = new Map<string, OperationGroup>();
  for (const event of events) {
    const key = event.operationId ?? "";
    const group = groups.get(key) ?? {
      title: event.operationId ? `Opération « ${event.operationTitle ?? ""} »` : "Votre compte et votre organisation",
      url: operationUrl(publicUrl, event.operationId),
      events: [],
    };
    group.events.push(event);
    groups.set(key, group);
  }
  return [...groups.entries()].sort(([a], [b]) => Number(a === "") - Number(b === "")).map(([, group]) => group);
}

/** « 12 janvier 2027 à 10 h 05 — Réunion planifiée — Réunion d'information collective le … » */
const eventLine = (event: NotifiedEvent) => frenchSpacing([longDateTime(event.occurredAt), EVENT_SENTENCES[event.type], ...event.lines].join(" — "));

/** The daily digest: every notification not e-mailed yet, grouped by operation, each with its link. */
export function digestEmail(p: { to: string; firstName: string; today: string; events: NotifiedEvent[]; publicUrl: string; attachments: EmailAttachment[] }): EmailDraft {
  const groups = byOperation(p.events, p.publicUrl);
  const intro = frenchSpacing(`Voici ${count(p.events.length, "nouvelle notification", "nouvelles notifications")} de vos opérations, depuis votre dernier résumé.`);
  const calendar = p.attachments.length ? [frenchSpacing("Les fichiers joints ajoutent les réunions, bilans et signatures datés à votre agenda (ou les y mettent à jour).")] : [];
  const note = frenchSpacing(preferencesNote(p.publicUrl, "résumé quotidien"));
  const text = [
    `Bonjour ${p.firstName},`, "", intro, "",
    ...groups.flatMap((g) => [frenchSpacing(g.title), ...g.events.map((e) => `- ${eventLine(e)}`), `Voir sur Cordée : ${g.url}`, ""]),
    ...calendar.flatMap((c) => [c, ""]),
    note, "", "--", SIGNATURE,
  ].join("\n");
  const html = [
    `<!doctype html><html lang="fr"><body style="font-family: Marianne, Arial, sans-serif; color: #161616; max-width: 40rem">`,
    `<p>${escapeHtml(`Bonjour ${p.firstName},`)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...groups.map((g) => [
      `<h2 style="font-size: 1.125rem">${escapeHtml(frenchSpacing(g.title))}</h2>`,
      `<ul>${g.events.map((e) => `<li>${escapeHtml(eventLine(e))}</li>`).join("")}</ul>`,
      `<p><a href="${escapeHtml(g.url)}" style="color: #000091">Voir sur Cordée</a></p>`,
    ].join("\n")),
    ...calendar.map((c) => `<p>${escapeHtml(c)}</p>`),
    `<p style="font-size: .875rem">${escapeHtml(note)}</p>`,
    `<hr><p style="font-size: .75rem; color: #666">${escapeHtml(SIGNATURE)}</p>`,
    `</body></html>`,
  ].join("\n");
  return {
    to: p.to,
    subject: frenchSpacing(`[Cordée] Résumé du ${longDate(p.today)} : ${count(p.events.length, "notification")}`),
    text, html, attachments: p.attachments,
  };
}
