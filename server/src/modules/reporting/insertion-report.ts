import type { ScopedReader } from "../../access/reader.js";
import { OrganisationKind } from "../../domain/kinds.js";
import { CandidacyStatus } from "../../domain/vocabulary.js";
import { Candidacy } from "../../entities/candidacy.js";
import { FollowUp } from "../../entities/follow-up.js";
import { Operation } from "../../entities/operation.js";
import { Organisation } from "../../entities/organisation.js";
import { Programme } from "../../entities/programme.js";
import { ReviewOutcome } from "../../entities/review-outcome.js";
import { TrainingSession } from "../../entities/training-session.js";
import { bestCertification, insertionFigures, type InsertionFigures, type TraineeFacts } from "./insertion-figures.js";

/** The reporting on insertion is the Region's: other partners get no report (null, or 403 for the files). */
export const INSERTION_REPORT_KINDS: readonly OrganisationKind[] = [OrganisationKind.REGION];

export interface InsertionReportRow {
  trainingSessionId: string;
  trainingSessionTitle: string;
  eosNumber: string | null;
  startDate: string;
  endDate: string;
  fundedPlaces: number;
  trainingOrganisationName: string | null;
  operationId: string;
  operationTitle: string;
  department: string;
  programmeName: string | null;
  figures: InsertionFigures;
}

export interface InsertionReport {
  /** the follow-up milestones reported (months after the session's end), from the programmes' rules */
  milestones: number[];
  /** one per session the viewer sees, by operation then start date */
  rows: InsertionReportRow[];
  /** the same figures over every trainee of the rows: rates from the sums, never averaged */
  totals: InsertionFigures;
}

const TRAINEE_STATUSES = [CandidacyStatus.ADMITTED, CandidacyStatus.LEFT];

/** A trainee's facts, read through the viewer's reader (batched: one statement per table). */
async function traineeFacts(reader: ScopedReader, candidacy: Candidacy): Promise<TraineeFacts> {
  const [outcomes, followUps] = await Promise.all([
    reader.many(ReviewOutcome, "candidacyId", candidacy.id),
    reader.many(FollowUp, "candidacyId", candidacy.id, "milestoneMonths"),
  ]);
  return {
    left: candidacy.status === CandidacyStatus.LEFT,
    certification: bestCertification(outcomes.map((o) => o.certificationLevel)),
    hasContract: outcomes.some((o) => o.contractType !== null),
    followUps: followUps.map((f) => ({ milestoneMonths: f.milestoneMonths, reported: f.reportedAt !== null, employmentStatus: f.employmentStatus })),
  };
}

async function sessionRow(reader: ScopedReader, session: TrainingSession, milestones: number[]): Promise<InsertionReportRow & { trainees: TraineeFacts[] }> {
  const [operation, organisation, candidacies] = await Promise.all([
    reader.one(Operation, session.operationId),
    reader.one(Organisation, session.trainingOrganisationId),
    reader.many(Candidacy, "trainingSessionId", session.id, "createdAt"),
  ]);
  const programme = operation && (await reader.one(Programme, operation.programmeId));
  const trainees = await Promise.all(candidacies.filter((c) => TRAINEE_STATUSES.includes(c.status)).map((c) => traineeFacts(reader, c)));
  return {
    trainingSessionId: session.id,
    trainingSessionTitle: session.title,
    eosNumber: session.eosNumber,
    startDate: session.startDate,
    endDate: session.endDate,
    fundedPlaces: session.fundedPlaces,
    trainingOrganisationName: organisation?.name ?? null,
    operationId: session.operationId,
    operationTitle: operation?.title ?? "",
    department: operation?.department ?? "",
    programmeName: programme?.name ?? null,
    figures: insertionFigures(trainees, milestones),
    trainees,
  };
}

/** The follow-up milestones of the programmes of the viewer's territory and of the sessions it sees. */
export async function followUpMilestones(reader: ScopedReader, sessions: TrainingSession[]): Promise<number[]> {
  const operations = await Promise.all(sessions.map((s) => reader.one(Operation, s.operationId)));
  const programmes = [
    ...(await reader.query(Programme).andWhere("a.territory = :territory", { territory: reader.viewer.territory }).getMany()),
    ...(await Promise.all(operations.map((o) => reader.one(Programme, o?.programmeId)))),
  ];
  return [...new Set(programmes.flatMap((p) => p?.rules.followUpMonths ?? []))].sort((a, b) => a - b);
}

/**
 * The reporting on insertion, per session the viewer sees, and its totals. Every row is read
 * through the viewer's scope: a session, trainee, outcome or follow-up it may not see counts nowhere.
 */
export async function insertionReport(reader: ScopedReader): Promise<InsertionReport> {
  const sessions = await reader.query(TrainingSession).getMany();
  const milestones = await followUpMilestones(reader, sessions);
  const rows = await Promise.all(sessions.map((s) => sessionRow(reader, s, milestones)));
  rows.sort((a, b) => a.operationTitle.localeCompare(b.operationTitle, "fr") || a.startDate.localeCompare(b.startDate) || a.trainingSessionTitle.localeCompare(b.trainingSessionTitle, "fr"));
  return {
    milestones,
    rows: rows.map(({ trainees: _trainees, ...row }) => row),
    totals: insertionFigures(rows.flatMap((r) => r.trainees), milestones),
  };
}
