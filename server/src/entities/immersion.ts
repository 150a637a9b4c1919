import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ImmersionKind } from "../domain/vocabulary.js";
import { LocalDate } from "../graphql/scalars.js";
import { Candidacy } from "./candidacy.js";
import { Organisation } from "./organisation.js";

@ObjectType({ description: "A period in a company (PMSMP, internship) with the training organisation's debrief" })
@Entity("immersion")
export class Immersion {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Index() @Column() candidacyId: string;
  @ManyToOne(() => Candidacy) @JoinColumn() candidacy?: Candidacy;
  @Index() @Column() companyId: string;
  @ManyToOne(() => Organisation) @JoinColumn() company?: Organisation;
  @Field(() => ImmersionKind) @Column({ type: "text" }) kind: ImmersionKind;
  @Field(() => LocalDate) @Column({ type: "date" }) startDate: string;
  @Field(() => LocalDate) @Column({ type: "date" }) endDate: string;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) debrief: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) debriefedAt: Date | null;
}
