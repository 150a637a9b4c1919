import { canSeeCandidateContactDetails } from "../access/field-rules.js";
import type { ScopedReader } from "../access/reader.js";
import { OrganisationKind } from "../domain/kinds.js";
import { CandidacyStatus } from "../domain/vocabulary.js";
import { Candidacy } from "../entities/candidacy.js";
import { Candidate } from "../entities/candidate.js";
import { FollowUp } from "../entities/follow-up.js";
import { HiringIntention } from "../entities/hiring-intention.js";
import { Operation } from "../entities/operation.js";
import { Organisation } from "../entities/organisation.js";
import { Pairing } from "../entities/pairing.js";
import { ReviewOutcome } from "../entities/review-outcome.js";
import { TrainingSession } from "../entities/training-session.js";
import { CERTIFICATION_RANK } from "../modules/reporting/insertion-figures.js";
import { followUpMilestones } from "../modules/reporting/insertion-report.js";
import type { ExportDefinition } from "./definition.js";
import { CERTIFICATION_LABELS, CONTRACT_LABELS, EMPLOYMENT_STATUS_LABELS, PLACE_LABELS, TRAINEE_STATUS_LABELS } from "./labels.js";
import { date, dayOf, text, type Cell, type Column } from "./sheet.js";

/** One trainee and what the training organisation knows of it, every part read through its scope. */
interface Trainee {
  candidacy: Candidacy;
  session: TrainingSession | null;
  operation: Operation | null;
  candidate: Candidate | null;
  contactDetails: boolean;
  proposedBy: Organisation | null;
  job: HiringIntention | null;
  company: Organisation | null;
  outcome: ReviewOutcome | null;
  employer: Organisation | null;
  followUps: FollowUp[];
}

const rank = (o: ReviewOutcome) => CERTIFICATION_RANK.indexOf(o.certificationLevel);

async function traineeOf(reader: ScopedReader, candidacy: Candidacy): Promise<Trainee> {
  const [session, candidate, proposedBy, pairings, outcomes, followUps] = await Promise.all([
    reader.one(TrainingSession, candidacy.trainingSessionId),
    reader.one(Candidate, candidacy.candidateId),
    reader.one(Organisation, candidacy.proposedByOrganisationId),
    reader.many(Pairing, "candidacyId", candidacy.id, "pairedAt"),
    reader.many(ReviewOutcome, "candidacyId", candidacy.id),
    reader.many(FollowUp, "candidacyId", candidacy.id, "milestoneMonths"),
  ]);
  const pairing = pairings.filter((p) => !p.endedAt).at(-1);
  const outcome = [...outcomes].sort((a, b) => rank(a) - rank(b))[0] ?? null;
  const [operation, job, employer] = await Promise.all([
    reader.one(Operation, session?.operationId),
    reader.one(HiringIntention, pairing?.hiringIntentionId),
    reader.one(Organisation, outcome?.employerId),
  ]);
  const company = await reader.one(Organisation, job?.companyId);
  const contactDetails = candidate !== null && canSeeCandidateContactDetails(reader.viewer, candidate);
  return { candidacy, session, operation, candidate, contactDetails, proposedBy, job, company, outcome, employer, followUps };
}

const contact = (t: Trainee, value: (c: Candidate) => string | null): Cell => (t.contactDetails && t.candidate ? value(t.candidate) : null);

const BASE_COLUMNS: { column: Column; value(t: Trainee): Cell }[] = [
  { column: text("Opération", 30), value: (t) => t.operation?.title ?? null },
  { column: text("Session", 30), value: (t) => t.session?.title ?? null },
  { column: text("N° EOS", 12), value: (t) => t.session?.eosNumber ?? null },
  { column: date("Début de session"), value: (t) => t.session?.startDate ?? null },
  { column: date("Fin de session"), value: (t) => t.session?.endDate ?? null },
  { column: text("Nom", 18), value: (t) => t.candidate?.lastName ?? null },
  { column: text("Prénom", 18), value: (t) => t.candidate?.firstName ?? null },
  { column: text("Courriel", 28), value: (t) => contact(t, (c) => c.email) },
  { column: text("Téléphone", 14), value: (t) => contact(t, (c) => c.phone) },
  { column: text("Adresse postale", 30), value: (t) => contact(t, (c) => c.postalAddress) },
  { column: text("Proposé par", 24), value: (t) => t.proposedBy?.name ?? null },
  { column: text("Statut", 20), value: (t) => TRAINEE_STATUS_LABELS[t.candidacy.status] ?? null },
  { column: text("Motif de sortie", 24), value: (t) => (t.candidacy.status === CandidacyStatus.LEFT ? t.candidacy.statusReason : null) },
  { column: text("Solution après la sortie", 28), value: (t) => t.candidacy.exitSolution },
  { column: text("Place", 22), value: (t) => (t.candidacy.place ? PLACE_LABELS[t.candidacy.place] : null) },
  { column: text("Référent de parcours", 20), value: (t) => t.candidacy.pathReferent },
  { column: text("Entreprise (appairage)", 24), value: (t) => t.company?.name ?? null },
  { column: text("Poste visé", 24), value: (t) => t.job?.jobTitle ?? null },
  { column: text("Certification obtenue", 22), value: (t) => (t.outcome ? CERTIFICATION_LABELS[t.outcome.certificationLevel] : null) },
  { column: text("Intitulé de la certification", 28), value: (t) => t.outcome?.certificationTitle ?? null },
  { column: text("Contrat signé au bilan", 20), value: (t) => (t.outcome?.contractType ? CONTRACT_LABELS[t.outcome.contractType] : null) },
  { column: date("Début du contrat"), value: (t) => t.outcome?.contractStartDate ?? null },
  { column: text("Employeur", 24), value: (t) => t.employer?.name ?? null },
];

function followUpColumns(milestones: number[]): { column: Column; value(t: Trainee): Cell }[] {
  return milestones.flatMap((months) => {
    const at = (t: Trainee) => t.followUps.find((f) => f.milestoneMonths === months);
    return [
      { column: date(`Suivi à ${months} mois : échéance`, 14), value: (t: Trainee) => at(t)?.dueDate ?? null },
      { column: date(`Suivi à ${months} mois : renseigné le`, 14), value: (t: Trainee) => dayOf(at(t)?.reportedAt) },
      { column: text(`Situation à ${months} mois`, 22), value: (t: Trainee) => { const s = at(t)?.employmentStatus; return s ? EMPLOYMENT_STATUS_LABELS[s] : null; } },
      { column: text(`Contrat à ${months} mois`, 18), value: (t: Trainee) => { const c = at(t)?.contractType; return c ? CONTRACT_LABELS[c] : null; } },
      { column: text(`Employeur à ${months} mois`, 22), value: (t: Trainee) => at(t)?.employerName ?? null },
    ];
  });
}

const order = (a: Trainee, b: Trainee) =>
  (a.operation?.title ?? "").localeCompare(b.operation?.title ?? "", "fr")
  || (a.session?.startDate ?? "").localeCompare(b.session?.startDate ?? "")
  || (a.session?.title ?? "").localeCompare(b.session?.title ?? "", "fr")
  || (a.candidate?.lastName ?? "").localeCompare(b.candidate?.lastName ?? "", "fr")
  || (a.candidate?.firstName ?? "").localeCompare(b.candidate?.firstName ?? "", "fr");

/**
 * The training organisation's trainees (admitted to one of its sessions, those who left
 * included) and their follow-ups at 3 and 6 months. Contact details as the field rules allow.
 */
export const TRAINEES_EXPORT: ExportDefinition = {
  name: "trainees",
  fileName: "stagiaires-et-suivis",
  kinds: [OrganisationKind.TRAINING_ORGANISATION],
  refusal: "L'export des stagiaires et de leurs suivis est réservé aux organismes de formation.",
  async build({ ctx }) {
    const { reader } = ctx;
    const candidacies = await reader.query(Candidacy)
      .andWhere("a.status IN (:...traineeStatuses)", { traineeStatuses: [CandidacyStatus.ADMITTED, CandidacyStatus.LEFT] })
      .getMany();
    const trainees = (await Promise.all(candidacies.map((c) => traineeOf(reader, c)))).sort(order);
    const sessions = trainees.flatMap((t) => (t.session ? [t.session] : []));
    const columns = [...BASE_COLUMNS, ...followUpColumns(await followUpMilestones(reader, sessions))];
    return {
      title: "Stagiaires et suivis",
      columns: columns.map((c) => c.column),
      rows: trainees.map((t) => columns.map((c) => c.value(t))),
    };
  },
};
