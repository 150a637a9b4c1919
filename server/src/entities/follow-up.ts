import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ContractType, EmploymentStatus } from "../domain/vocabulary.js";
import { LocalDate } from "../graphql/scalars.js";
import { Candidacy } from "./candidacy.js";

@ObjectType({ description: "Employment follow-up of a trainee, 3 or 6 months after the end" })
@Entity("follow_up")
@Index(["candidacyId", "milestoneMonths"], { unique: true })
export class FollowUp {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Column() candidacyId: string;
  @ManyToOne(() => Candidacy) @JoinColumn() candidacy?: Candidacy;
  @Field(() => Int) @Column({ type: "int" }) milestoneMonths: number;
  @Field(() => LocalDate) @Column({ type: "date" }) dueDate: string;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) reportedAt: Date | null;
  @Field(() => EmploymentStatus, { nullable: true }) @Column({ type: "text", nullable: true }) employmentStatus: EmploymentStatus | null;
  @Field(() => ContractType, { nullable: true }) @Column({ type: "text", nullable: true }) contractType: ContractType | null;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) employerName: string | null;
}
