import { CertificationLevel, EmploymentStatus } from "../../domain/vocabulary.js";

/**
 * The insertion figures of a group of trainees (a session, or all of them for the totals), as the
 * Region reports them. Pure: the same function gives the GraphQL report and the exported files.
 *
 * - A trainee is a candidacy admitted to the training, including those who left it since
 *   (status ADMITTED or LEFT): everyone who entered counts, so leaving early lowers the rates.
 * - Certified: a certification recorded at the final review, full, a block of competences or from
 *   the specific register (CertificationLevel.NONE is not certified).
 * - Contract: an employment contract recorded at the final review.
 * - Certification and contract rates are over the trainees; null when there is none.
 * - At each follow-up milestone (3 and 6 months): the follow-ups planned, those reported, and the
 *   trainees in employment (durable or short) and in durable employment. Those rates are over the
 *   follow-ups reported, the only situations known; null until one is reported.
 */

export interface TraineeFacts {
  left: boolean;
  /** the highest certification recorded for the trainee at the final review, if any */
  certification: CertificationLevel | null;
  hasContract: boolean;
  followUps: { milestoneMonths: number; reported: boolean; employmentStatus: EmploymentStatus | null }[];
}

export interface MilestoneFigures {
  milestoneMonths: number;
  planned: number;
  reported: number;
  employed: number;
  employedDurable: number;
  employmentRate: number | null;
  durableEmploymentRate: number | null;
}

export interface InsertionFigures {
  trainees: number;
  left: number;
  certified: number;
  certifiedFull: number;
  certifiedSkillsBlock: number;
  certifiedSpecificRegister: number;
  contracts: number;
  certificationRate: number | null;
  contractRate: number | null;
  followUps: MilestoneFigures[];
}

const EMPLOYED: readonly EmploymentStatus[] = [EmploymentStatus.EMPLOYED_DURABLE, EmploymentStatus.EMPLOYED_SHORT];

/** From the highest certification to none: a trainee with several outcomes counts once, at its best. */
export const CERTIFICATION_RANK: readonly CertificationLevel[] = [
  CertificationLevel.FULL, CertificationLevel.SKILLS_BLOCK, CertificationLevel.SPECIFIC_REGISTER, CertificationLevel.NONE,
];

export function bestCertification(levels: CertificationLevel[]): CertificationLevel | null {
  return CERTIFICATION_RANK.find((level) => levels.includes(level)) ?? null;
}

/** part / whole, or null when the whole is 0 (no rate rather than a misleading 0 %). */
export const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function milestoneFigures(trainees: TraineeFacts[], milestoneMonths: number): MilestoneFigures {
  const followUps = trainees.flatMap((t) => t.followUps.filter((f) => f.milestoneMonths === milestoneMonths));
  const reported = followUps.filter((f) => f.reported);
  const employed = reported.filter((f) => f.employmentStatus !== null && EMPLOYED.includes(f.employmentStatus)).length;
  const employedDurable = reported.filter((f) => f.employmentStatus === EmploymentStatus.EMPLOYED_DURABLE).length;
  return {
    milestoneMonths,
    planned: followUps.length,
    reported: reported.length,
    employed,
    employedDurable,
    employmentRate: share(employed, reported.length),
    durableEmploymentRate: share(employedDurable, reported.length),
  };
}

export function insertionFigures(trainees: TraineeFacts[], milestones: readonly number[]): InsertionFigures {
  const withLevel = (level: CertificationLevel) => trainees.filter((t) => t.certification === level).length;
  const certifiedFull = withLevel(CertificationLevel.FULL);
  const certifiedSkillsBlock = withLevel(CertificationLevel.SKILLS_BLOCK);
  const certifiedSpecificRegister = withLevel(CertificationLevel.SPECIFIC_REGISTER);
  const certified = certifiedFull + certifiedSkillsBlock + certifiedSpecificRegister;
  const contracts = trainees.filter((t) => t.hasContract).length;
  return {
    trainees: trainees.length,
    left: trainees.filter((t) => t.left).length,
    certified,
    certifiedFull,
    certifiedSkillsBlock,
    certifiedSpecificRegister,
    contracts,
    certificationRate: share(certified, trainees.length),
    contractRate: share(contracts, trainees.length),
    followUps: milestones.map((m) => milestoneFigures(trainees, m)),
  };
}
