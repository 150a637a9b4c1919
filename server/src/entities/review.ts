import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ReviewKind } from "../domain/vocabulary.js";
import { TrainingSession } from "./training-session.js";

@ObjectType({ description: "The review (bilan) with the whole project team" })
@Entity("review")
export class Review {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Index() @Column() trainingSessionId: string;
  @ManyToOne(() => TrainingSession) @JoinColumn() trainingSession?: TrainingSession;
  @Field(() => ReviewKind) @Column({ type: "text", default: ReviewKind.FINAL }) kind: ReviewKind;
  @Field() @Column({ type: "timestamptz" }) scheduledAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) heldAt: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) qualitativeNotes: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) strengths: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) areasToImprove: string | null;
  @Column({ type: "uuid", array: true, default: () => "'{}'" }) attendeeOrganisationIds: string[];
  @Column({ type: "uuid", array: true, default: () => "'{}'" }) attendeeCandidacyIds: string[];
  /** raised each time its date changes: calendars update the same event (.ics SEQUENCE) */
  @Column({ type: "int", default: 0 }) calendarSequence: number;
  @Field() @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}
