import { CONTRACT_TYPE_LABELS } from "../../domain/durable-employment.js";
import { count, dateRange, frenchSpacing, ofNoun } from "../../domain/french.js";
import { ORGANISATION_KIND_LABELS } from "../../domain/kinds.js";
import type { HiringIntention } from "../../entities/hiring-intention.js";
import type { Organisation } from "../../entities/organisation.js";
import type { Programme } from "../../entities/programme.js";
import type { TrainingSession } from "../../entities/training-session.js";

/** The convention pre-drafted from the data: partners, session, jobs promised; in French typography. */
export function draftConventionText(programme: Programme, session: TrainingSession, signatories: Organisation[], intentions: (HiringIntention & { companyName: string })[]): { title: string; body: string } {
  const title = `Convention de partenariat ${programme.name} — ${session.title}${session.eosNumber ? ` (EOS ${session.eosNumber})` : ""}`;
  const body = [
    `Programme : ${programme.name}.`,
    `Session : ${session.title}, ${dateRange(session.startDate, session.endDate)}, à ${session.location}.`,
    `Durée : ${count(session.hoursInCentre, "heure")} en centre et ${count(session.hoursInCompany, "heure")} en entreprise.`,
    `Certification visée : ${session.certificationTitle}.`,
    `Places financées par la Région : ${session.fundedPlaces}${session.extraPlaces ? `, places complémentaires : ${session.extraPlaces}` : ""}.`,
    "",
    "Engagements des entreprises :",
    ...intentions.map((i) => `- ${i.companyName} : ${count(i.positions, "poste")} ${ofNoun(i.jobTitle)} (${contract(i)}).`),
    "",
    "Signataires :",
    ...signatories.map((o) => `- ${o.name} (${ORGANISATION_KIND_LABELS[o.kind]})`),
  ].join("\n");
  return { title: frenchSpacing(title), body: frenchSpacing(body) };
}

function contract(intention: HiringIntention): string {
  const label = CONTRACT_TYPE_LABELS[intention.contractType];
  return intention.contractDurationMonths ? `${label}, ${intention.contractDurationMonths} mois` : label;
}
