import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn } from "typeorm";
import { TrainingSession } from "./training-session.js";

@ObjectType({ description: "Closure of a session: conformity attestation, DEFI bonus request, closing" })
@Entity("closure")
export class Closure {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ unique: true }) trainingSessionId: string;
  @OneToOne(() => TrainingSession) @JoinColumn() trainingSession?: TrainingSession;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) attestationIssuedAt: Date | null;
  @Column({ type: "uuid", nullable: true }) attestationIssuedByUserId: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) bonusRequestedAt: Date | null;
  @Field(() => Date, { nullable: true, description: "The management unit acknowledged the bonus request" }) @Column({ type: "timestamptz", nullable: true }) bonusAcknowledgedAt: Date | null;
  @Field(() => Date, { nullable: true, description: "The management unit paid the DEFI bonus" }) @Column({ type: "timestamptz", nullable: true }) bonusPaidAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) closedAt: Date | null;
}
