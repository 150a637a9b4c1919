import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { MeetingKind } from "../domain/vocabulary.js";
import { Operation } from "./operation.js";
import { TrainingSession } from "./training-session.js";

@ObjectType({ description: "A dated meeting of an operation (preparatory meeting, information session, steering committee) and who attended" })
@Entity("meeting")
export class Meeting {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Index() @Column() operationId: string;
  @ManyToOne(() => Operation) @JoinColumn() operation?: Operation;
  @Column({ type: "uuid", nullable: true }) trainingSessionId: string | null;
  @ManyToOne(() => TrainingSession) @JoinColumn() trainingSession?: TrainingSession;
  @Field(() => MeetingKind) @Column({ type: "text" }) kind: MeetingKind;
  @Field() @Column({ type: "timestamptz" }) scheduledAt: Date;
  @Field() @Column() place: string;
  @Column({ type: "uuid" }) organisedByOrganisationId: string;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) heldAt: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) notes: string | null;
  @Column({ type: "uuid", array: true, default: () => "'{}'" }) attendeeOrganisationIds: string[];
  @Column({ type: "uuid", array: true, default: () => "'{}'" }) attendeeCandidacyIds: string[];
  /** raised each time its date or place changes: calendars update the same event (.ics SEQUENCE) */
  @Column({ type: "int", default: 0 }) calendarSequence: number;
  @Field() @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}
