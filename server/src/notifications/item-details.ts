import type { EntityManager } from "typeorm";
import { capitalised, count, longDate, longDateTime } from "../domain/french.js";
import { MEETING_KINDS } from "../domain/meetings.js";
import { MeetingKind, ReviewKind } from "../domain/vocabulary.js";

type Payload = Record<string, unknown>;

const text = (payload: Payload, key: string): string | null => {
  const value = payload[key];
  return typeof value === "string" && value.trim() ? value.trim() : null;
};
const instant = (payload: Payload, key: string): Date | null => {
  const value = text(payload, key);
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
};
const isoDay = (payload: Payload, key: string): string | null => {
  const value = text(payload, key);
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
};
const isMeetingKind = (value: unknown): value is MeetingKind => typeof value === "string" && value in MEETING_KINDS;

/** « Réunion d'information collective le 12 janvier 2027 à 10 h 00, salle A » */
function meetingLine(payload: Payload): string | null {
  if (!text(payload, "meetingId") || !isMeetingKind(payload.kind)) return null;
  const when = instant(payload, "scheduledAt") ?? instant(payload, "heldAt");
  const place = text(payload, "place");
  return `${capitalised(MEETING_KINDS[payload.kind].label)}${when ? ` le ${longDateTime(when)}` : ""}${place ? `, ${place}` : ""}`;
}

/** « Bilan final le 30 juin 2027 à 10 h 00 » */
function reviewLine(payload: Payload): string | null {
  if (!text(payload, "reviewId")) return null;
  const when = instant(payload, "scheduledAt") ?? instant(payload, "heldAt");
  return `Bilan ${payload.kind === ReviewKind.INTERMEDIATE ? "intermédiaire" : "final"}${when ? ` le ${longDateTime(when)}` : ""}`;
}

/** « Signature prévue le 1er février 2027, Hôtel de Région » */
function signatureLine(payload: Payload): string | null {
  const day = isoDay(payload, "plannedSignatureDate");
  if (!day) return null;
  const place = text(payload, "place");
  return `Signature prévue le ${longDate(day)}${place ? `, ${place}` : ""}`;
}

/** « Échéance : options de date de signature au RTF (J-28), le 4 janvier 2027 — dans 3 jours » */
function dueLine(payload: Payload): string | null {
  const day = isoDay(payload, "dueDate");
  if (!day) return null;
  const what = text(payload, "label") ?? text(payload, "step");
  const left = typeof payload.daysLeft === "number" ? (payload.daysLeft === 0 ? " — aujourd'hui" : ` — dans ${count(payload.daysLeft, "jour")}`) : "";
  return `Échéance${what ? ` : ${what}` : ""}, le ${longDate(day)}${left}`;
}

/**
 * What the event is about, line by line, from what its payload says (all of it already visible to
 * its audience, as the journal shows it) and the session's title: the item the message names.
 */
export function itemLines(payload: Payload, sessionTitle: string | null): string[] {
  const lines = [meetingLine(payload), reviewLine(payload), signatureLine(payload), dueLine(payload)];
  const session = sessionTitle ?? text(payload, "sessionTitle");
  if (session) lines.push(`Session : ${session}`);
  const labelled: [string, string][] = [["jobTitle", "Poste"], ["candidate", "Candidat"], ["trainee", "Stagiaire"], ["company", "Entreprise"], ["name", "Nom"], ["reason", "Motif"]];
  for (const [key, label] of labelled) {
    const value = text(payload, key);
    if (value) lines.push(`${label} : ${value}`);
  }
  if (typeof payload.milestoneMonths === "number") lines.push(`Suivi à ${payload.milestoneMonths} mois après la fin de la formation`);
  return lines.filter((line): line is string => !!line);
}

/** The title of the session the event is about (by its session, convention, review or meeting), if any. */
export async function sessionTitleOf(manager: EntityManager, payload: Payload): Promise<string | null> {
  const ids = [text(payload, "trainingSessionId"), text(payload, "conventionId"), text(payload, "reviewId"), text(payload, "meetingId")];
  if (ids.every((id) => !id)) return null;
  const rows: { title: string }[] = await manager.query(
    `SELECT ts.title FROM training_session ts
      WHERE ts.id::text = $1
         OR ts.id IN (SELECT c.training_session_id FROM convention c WHERE c.id::text = $2)
         OR ts.id IN (SELECT r.training_session_id FROM review r WHERE r.id::text = $3)
         OR ts.id IN (SELECT m.training_session_id FROM meeting m WHERE m.id::text = $4)
      LIMIT 1`,
    ids.map((id) => id ?? ""),
  );
  return rows[0]?.title ?? null;
}
