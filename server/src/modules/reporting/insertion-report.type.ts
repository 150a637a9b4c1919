import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { LocalDate } from "../../graphql/scalars.js";
import type { InsertionFigures, MilestoneFigures } from "./insertion-figures.js";
import type { InsertionReport, InsertionReportRow } from "./insertion-report.js";

const RATE = "Share from 0 to 1; null when there is nothing to divide by";

@ObjectType("MilestoneFigures", { description: "Employment at one follow-up milestone (3 or 6 months after the session's end)" })
export class MilestoneFiguresType implements MilestoneFigures {
  @Field(() => Int) milestoneMonths: number;
  @Field(() => Int, { description: "Follow-ups planned at this milestone" }) planned: number;
  @Field(() => Int, { description: "Follow-ups reported by the training organisation" }) reported: number;
  @Field(() => Int, { description: "Reported in employment, durable or short" }) employed: number;
  @Field(() => Int, { description: "Reported in durable employment" }) employedDurable: number;
  @Field(() => Float, { nullable: true, description: `employed / reported. ${RATE}` }) employmentRate: number | null;
  @Field(() => Float, { nullable: true, description: `employedDurable / reported. ${RATE}` }) durableEmploymentRate: number | null;
}

@ObjectType("InsertionFigures", { description: "Insertion figures of a group of trainees (admitted to the training, those who left included)" })
export class InsertionFiguresType implements InsertionFigures {
  @Field(() => Int) trainees: number;
  @Field(() => Int, { description: "Trainees who left the training" }) left: number;
  @Field(() => Int, { description: "Certified at the final review: full, block of competences or specific register" }) certified: number;
  @Field(() => Int) certifiedFull: number;
  @Field(() => Int) certifiedSkillsBlock: number;
  @Field(() => Int) certifiedSpecificRegister: number;
  @Field(() => Int, { description: "Employment contracts recorded at the final review" }) contracts: number;
  @Field(() => Float, { nullable: true, description: `certified / trainees. ${RATE}` }) certificationRate: number | null;
  @Field(() => Float, { nullable: true, description: `contracts / trainees. ${RATE}` }) contractRate: number | null;
  @Field(() => [MilestoneFiguresType]) followUps: MilestoneFigures[];
}

@ObjectType("InsertionReportRow", { description: "One training session of the reporting on insertion" })
export class InsertionReportRowType implements InsertionReportRow {
  @Field(() => ID) trainingSessionId: string;
  @Field() trainingSessionTitle: string;
  @Field(() => String, { nullable: true }) eosNumber: string | null;
  @Field(() => LocalDate) startDate: string;
  @Field(() => LocalDate) endDate: string;
  @Field(() => Int) fundedPlaces: number;
  @Field(() => String, { nullable: true }) trainingOrganisationName: string | null;
  @Field(() => ID) operationId: string;
  @Field() operationTitle: string;
  @Field() department: string;
  @Field(() => String, { nullable: true }) programmeName: string | null;
  @Field(() => InsertionFiguresType) figures: InsertionFigures;
}

@ObjectType("InsertionReport", { description: "The Region's reporting on insertion: per session, and totals; the same figures as its export" })
export class InsertionReportType implements InsertionReport {
  @Field(() => [Int], { description: "Follow-up milestones, in months after the session's end" }) milestones: number[];
  @Field(() => [InsertionReportRowType]) rows: InsertionReportRow[];
  @Field(() => InsertionFiguresType, { description: "Over every trainee of the rows; rates from the sums" }) totals: InsertionFigures;
}
