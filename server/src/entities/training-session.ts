import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { CertificationLevel } from "../domain/vocabulary.js";
import { LocalDate } from "../graphql/scalars.js";
import { Operation } from "./operation.js";
import { Organisation } from "./organisation.js";

@ObjectType({ description: "A training session (entered in EOS for DEFI)" })
@Entity("training_session")
export class TrainingSession {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Index() @Column() operationId: string;
  @ManyToOne(() => Operation) @JoinColumn() operation?: Operation;
  @Index() @Column() trainingOrganisationId: string;
  @ManyToOne(() => Organisation) @JoinColumn() trainingOrganisation?: Organisation;
  @Field() @Column() title: string;
  @Field(() => String, { nullable: true, description: "Session number in EOS" }) @Column({ type: "text", nullable: true }) eosNumber: string | null;
  @Field(() => LocalDate) @Column({ type: "date" }) startDate: string;
  @Field(() => LocalDate) @Column({ type: "date" }) endDate: string;
  @Field(() => Int) @Column({ type: "int" }) hoursInCentre: number;
  @Field(() => Int) @Column({ type: "int" }) hoursInCompany: number;
  @Field(() => Int, { description: "Places funded by the Region" }) @Column({ type: "int" }) fundedPlaces: number;
  @Field(() => Int, { description: "Places beyond Region funding" }) @Column({ type: "int", default: 0 }) extraPlaces: number;
  @Field() @Column({ default: false }) defiFlag: boolean;
  @Field({ description: "1 emploi = 1 formation: the training organisation accepts a group under the minimum" })
  @Column({ default: false })
  smallerGroupAccepted: boolean;
  @Field({ description: "Permanent entry/exit platform: one trainee is enough" }) @Column({ default: false }) permanentEntryExit: boolean;
  @Field() @Column() certificationTitle: string;
  @Field(() => CertificationLevel) @Column({ type: "text" }) certificationLevel: CertificationLevel;
  @Field() @Column() location: string;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) groupConstitutedAt: Date | null;
  @Field(() => Date, { nullable: true, description: "When a constituted group fell below the programme's minimum (cleared when constituted again)" })
  @Column({ type: "timestamptz", nullable: true })
  groupBelowMinimumAt: Date | null;
  @Field() @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}
