import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn } from "typeorm";
import { ConventionStatus } from "../domain/vocabulary.js";
import { LocalDate } from "../graphql/scalars.js";
import { TrainingSession } from "./training-session.js";

@ObjectType({ description: "A signature option: a date and its times (HH:MM)" })
@InputType("SignatureOptionInput")
export class SignatureOption {
  @Field(() => LocalDate) date: string;
  @Field({ description: "HH:MM" }) startTime: string;
  @Field(() => String, { nullable: true, description: "HH:MM" }) endTime?: string | null;
}

@ObjectType({ description: "The partnership convention of a session and its signature planning" })
@Entity("convention")
export class Convention {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ unique: true }) trainingSessionId: string;
  @OneToOne(() => TrainingSession) @JoinColumn() trainingSession?: TrainingSession;
  @Field(() => Int, { description: "Raised by every edit; signatures are for one version" }) @Column({ type: "int", default: 1 }) version: number;
  @Field(() => ConventionStatus) @Column({ type: "text", default: ConventionStatus.DRAFT }) status: ConventionStatus;
  @Field() @Column() title: string;
  @Field({ description: "Body of the convention, pre-drafted by the training organisation" }) @Column({ type: "text" }) body: string;
  @Field(() => [SignatureOption], { description: "Signature options proposed to the RTF at J-28: date and times" })
  @Column({ type: "jsonb", default: () => "'[]'" })
  signatureOptions: SignatureOption[];
  @Field(() => LocalDate, { nullable: true }) @Column({ type: "date", nullable: true }) plannedSignatureDate: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) signaturePlace: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) dateOptionsSentAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) draftSentAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) forwardedToCabinetAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) invitationsSentAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) saveTheDateSentAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) signedAt: Date | null;
  @Field(() => Date, { nullable: true, description: "When the training organisation recorded who attended the signature" })
  @Column({ type: "timestamptz", nullable: true })
  signatureAttendanceRecordedAt: Date | null;
  @Column({ type: "uuid", array: true, default: () => "'{}'" }) signatureAttendeeOrganisationIds: string[];
  @Column({ type: "uuid", array: true, default: () => "'{}'" }) signatureAttendeeCandidacyIds: string[];
  /** raised each time the signature's day, time or place changes once set: calendars update the same event (.ics SEQUENCE) */
  @Column({ type: "int", default: 0 }) signatureCalendarSequence: number;
  @Field() @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}
