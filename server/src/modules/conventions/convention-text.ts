import { ORGANISATION_KIND_LABELS } from "../../domain/kinds.js";
import type { HiringIntention } from "../../entities/hiring-intention.js";
import type { Organisation } from "../../entities/organisation.js";
import type { Programme } from "../../entities/programme.js";
import type { TrainingSession } from "../../entities/training-session.js";

/** The convention pre-drafted from the data: partners, session, jobs promised. */
export function draftConventionText(programme: Programme, session: TrainingSession, signatories: Organisation[], intentions: (HiringIntention & { companyName: string })[]): { title: string; body: string } {
  const title = `Convention de partenariat ${programme.name} — ${session.title}${session.eosNumber ? ` (EOS ${session.eosNumber})` : ""}`;
  const body = [
    `Programme : ${programme.name}.`,
    `Session : ${session.title}, du ${session.startDate} au ${session.endDate}, à ${session.location}.`,
    `Durée : ${session.hoursInCentre} heures en centre et ${session.hoursInCompany} heures en entreprise.`,
    `Certification visée : ${session.certificationTitle}.`,
    `Places financées par la Région : ${session.fundedPlaces}${session.extraPlaces ? `, places supplémentaires : ${session.extraPlaces}` : ""}.`,
    "",
    "Engagements des entreprises :",
    ...intentions.map((i) => `- ${i.companyName} : ${i.positions} poste(s) de ${i.jobTitle} (${i.contractType}${i.contractDurationMonths ? `, ${i.contractDurationMonths} mois` : ""}).`),
    "",
    "Signataires :",
    ...signatories.map((o) => `- ${o.name} (${ORGANISATION_KIND_LABELS[o.kind]})`),
  ].join("\n");
  return { title, body };
}
