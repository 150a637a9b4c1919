import { In, type DataSource } from "typeorm";
import { hashPassword } from "../../server/src/auth/password";
import { CandidacyStatus, CertificationLevel, ContractType, EmploymentStatus, PlaceKind } from "../../server/src/domain/vocabulary";
import * as E from "../../server/src/entities";
import { WORLD_PASSWORD } from "../support/world";

/**
 * What happened to the world's trainees after their sessions (30 June 2027), told as data: the
 * test world (test/support/world.ts) grown with more trainees in Session A (OF1, Op A) and
 * Session B (OF2, Op B), their review outcomes, their follow-ups at 3 and 6 months and Session A's
 * closure and DEFI bonus. The exports' expected figures are counted from this table.
 */
export type Milestone = 3 | 6;

export interface TraineeStory {
  lastName: string;
  session: "Session A" | "Session B";
  /** the adviser's organisation that proposed the candidate */
  adviser: "ML1" | "FT1" | "ML2";
  status: CandidacyStatus.ADMITTED | CandidacyStatus.LEFT;
  /** the hiring intention it is paired with (a trainee who left has its pairing ended) */
  job: string | null;
  /** outcome at the final review; null: none recorded */
  outcome: { certification: CertificationLevel; contract: ContractType | null; employer: string | null } | null;
  /** situation reported at each milestone; null: not reported yet */
  followUps: Record<Milestone, EmploymentStatus | null>;
}

const S = EmploymentStatus;
const C = CertificationLevel;

export const STORY: TraineeStory[] = [
  // in the world already (their outcome and 3-month follow-up are rewritten by this story)
  { lastName: "Martin", session: "Session A", adviser: "ML1", status: CandidacyStatus.ADMITTED, job: "Cariste A", outcome: { certification: C.FULL, contract: ContractType.CDI, employer: "Company A" }, followUps: { 3: S.EMPLOYED_DURABLE, 6: S.EMPLOYED_DURABLE } },
  { lastName: "Bernard", session: "Session A", adviser: "FT1", status: CandidacyStatus.ADMITTED, job: "Préparateur B", outcome: { certification: C.FULL, contract: ContractType.CDD, employer: "Company B" }, followUps: { 3: S.EMPLOYED_SHORT, 6: null } },
  { lastName: "Durand", session: "Session B", adviser: "ML2", status: CandidacyStatus.ADMITTED, job: "Soudeur C", outcome: { certification: C.FULL, contract: ContractType.CDI, employer: "Company C" }, followUps: { 3: S.EMPLOYED_DURABLE, 6: S.EMPLOYED_DURABLE } },
  // new trainees
  { lastName: "Leroy", session: "Session A", adviser: "ML1", status: CandidacyStatus.ADMITTED, job: "Cariste A", outcome: { certification: C.SKILLS_BLOCK, contract: null, employer: null }, followUps: { 3: S.JOB_SEEKING, 6: S.EMPLOYED_DURABLE } },
  { lastName: "Roux", session: "Session A", adviser: "FT1", status: CandidacyStatus.ADMITTED, job: null, outcome: { certification: C.SPECIFIC_REGISTER, contract: ContractType.CDD, employer: "Company B" }, followUps: { 3: null, 6: null } },
  { lastName: "Fournier", session: "Session A", adviser: "ML1", status: CandidacyStatus.ADMITTED, job: null, outcome: { certification: C.NONE, contract: null, employer: null }, followUps: { 3: S.IN_TRAINING, 6: S.UNKNOWN } },
  { lastName: "Girard", session: "Session A", adviser: "ML1", status: CandidacyStatus.LEFT, job: "Préparateur B", outcome: null, followUps: { 3: S.JOB_SEEKING, 6: null } },
  { lastName: "Lambert", session: "Session B", adviser: "ML2", status: CandidacyStatus.ADMITTED, job: null, outcome: { certification: C.FULL, contract: null, employer: null }, followUps: { 3: S.EMPLOYED_SHORT, 6: null } },
];

export const MILESTONES: Milestone[] = [3, 6];
export const FOLLOW_UP_DUE: Record<Milestone, string> = { 3: "2027-09-30", 6: "2027-12-30" };
export const REPORTED_ON: Record<Milestone, string> = { 3: "2027-10-05", 6: "2028-01-05" };
/** the platform's day when the files are downloaded: every follow-up is due */
export const EXPORT_DAY = "2028-01-15";
/** Session A's closure, as the Region's board shows it */
export const CLOSURE_A = { attestationIssuedAt: "2027-07-01", bonusRequestedAt: "2027-07-01", closedAt: "2027-07-05", bonusAcknowledgedAt: "2027-07-06", bonusPaidAt: "2027-07-20" };
/** OF2 gets an account, to download its own trainees */
export const OF2_EMAIL = "of2@world.test";

const at = (day: string) => new Date(`${day}T09:00:00.000Z`);
const EMPLOYED: (EmploymentStatus | null)[] = [S.EMPLOYED_DURABLE, S.EMPLOYED_SHORT];

/** Writes the story into the world (ids: the world's, completed with the new trainees' candidacies). */
export async function tellStory(dataSource: DataSource, ids: Record<string, string>): Promise<void> {
  await dataSource.transaction(async (m) => {
    await m.save(E.User, { email: OF2_EMAIL, passwordHash: await hashPassword(WORLD_PASSWORD), firstName: "Prénom", lastName: "OF2", organisationId: ids.OF2, isAdmin: true });
    // the world's own trainees: their outcome and follow-ups are this story's
    const known = In(STORY.flatMap((t) => (ids[`candidacy:${t.lastName}`] ? [ids[`candidacy:${t.lastName}`]] : [])));
    await m.delete(E.FollowUp, { candidacyId: known });
    await m.delete(E.ReviewOutcome, { candidacyId: known });
    for (const t of STORY) {
      let candidacyId = ids[`candidacy:${t.lastName}`];
      if (!candidacyId) {
        const lower = t.lastName.toLowerCase();
        const candidate = await m.save(E.Candidate, { firstName: "Cand", lastName: t.lastName, email: `${lower}@mail.test`, phone: "0611111111", postalAddress: `2 rue ${t.lastName}`, privateNotes: `notes ${t.lastName}`, proposedByOrganisationId: ids[t.adviser] });
        candidacyId = (await m.save(E.Candidacy, {
          candidateId: candidate.id, trainingSessionId: ids[t.session], hiringIntentionId: t.job ? ids[t.job] : null, proposedByOrganisationId: ids[t.adviser], proposedByUserId: ids["user:OF1"],
          status: t.status, place: PlaceKind.FUNDED, pathReferent: `référent ${t.lastName}`,
          statusReason: t.status === CandidacyStatus.LEFT ? "Déménagement" : null, exitSolution: t.status === CandidacyStatus.LEFT ? "Orienté vers France Travail Tours" : null,
        })).id;
        ids[`candidacy:${t.lastName}`] = candidacyId;
        if (t.job) await m.save(E.Pairing, { candidacyId, hiringIntentionId: ids[t.job], pairedByUserId: ids["user:OF1"], endedAt: t.status === CandidacyStatus.LEFT ? at("2027-03-15") : null, endReason: t.status === CandidacyStatus.LEFT ? "Sortie de formation" : null });
      }
      if (t.outcome) {
        await m.save(E.ReviewOutcome, {
          reviewId: ids[`review:${t.session}`], candidacyId, certificationLevel: t.outcome.certification, certificationTitle: t.outcome.certification === C.NONE ? null : `certif ${t.lastName}`,
          contractType: t.outcome.contract, contractStartDate: t.outcome.contract ? "2027-07-05" : null, employerId: t.outcome.employer ? ids[t.outcome.employer] : null,
        });
      }
      for (const months of MILESTONES) {
        const status = t.followUps[months];
        await m.save(E.FollowUp, {
          candidacyId, milestoneMonths: months, dueDate: FOLLOW_UP_DUE[months], reportedAt: status ? at(REPORTED_ON[months]) : null, employmentStatus: status,
          contractType: EMPLOYED.includes(status) ? ContractType.CDI : null, employerName: EMPLOYED.includes(status) ? `employeur ${t.lastName} à ${months} mois` : null,
        });
      }
    }
    await m.update(E.Closure, { id: ids["closure:Session A"] }, {
      attestationIssuedAt: at(CLOSURE_A.attestationIssuedAt), bonusRequestedAt: at(CLOSURE_A.bonusRequestedAt), closedAt: at(CLOSURE_A.closedAt),
      bonusAcknowledgedAt: at(CLOSURE_A.bonusAcknowledgedAt), bonusPaidAt: at(CLOSURE_A.bonusPaidAt),
    });
    await m.update(E.Closure, { id: ids["closure:Session B"] }, { attestationIssuedAt: at("2027-07-02") });
  });
}

/** What the story says of a group of trainees, counted directly from the table. */
export function expectedFigures(trainees: TraineeStory[]) {
  const certified = (level: CertificationLevel) => trainees.filter((t) => t.outcome?.certification === level).length;
  const ratio = (part: number, whole: number) => (whole ? part / whole : null);
  const certifiedAll = certified(C.FULL) + certified(C.SKILLS_BLOCK) + certified(C.SPECIFIC_REGISTER);
  const contracts = trainees.filter((t) => t.outcome?.contract).length;
  return {
    trainees: trainees.length,
    left: trainees.filter((t) => t.status === CandidacyStatus.LEFT).length,
    certified: certifiedAll,
    certifiedFull: certified(C.FULL),
    certifiedSkillsBlock: certified(C.SKILLS_BLOCK),
    certifiedSpecificRegister: certified(C.SPECIFIC_REGISTER),
    contracts,
    certificationRate: ratio(certifiedAll, trainees.length),
    contractRate: ratio(contracts, trainees.length),
    followUps: MILESTONES.map((months) => {
      const reported = trainees.map((t) => t.followUps[months]).filter((s): s is EmploymentStatus => s !== null);
      const employed = reported.filter((s) => EMPLOYED.includes(s)).length;
      const employedDurable = reported.filter((s) => s === S.EMPLOYED_DURABLE).length;
      return {
        milestoneMonths: months, planned: trainees.length, reported: reported.length, employed, employedDurable,
        employmentRate: ratio(employed, reported.length), durableEmploymentRate: ratio(employedDurable, reported.length),
      };
    }),
  };
}

export const inSession = (session: TraineeStory["session"]) => STORY.filter((t) => t.session === session);
