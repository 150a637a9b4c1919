import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { CandidacyStatus, PlaceKind, SelectionMethod } from "../domain/vocabulary.js";
import { Candidate } from "./candidate.js";
import { HiringIntention } from "./hiring-intention.js";
import { Organisation } from "./organisation.js";
import { TrainingSession } from "./training-session.js";

@ObjectType({ description: "A candidate's path toward one training session" })
@Entity("candidacy")
export class Candidacy {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Index() @Column() candidateId: string;
  @ManyToOne(() => Candidate) @JoinColumn() candidate?: Candidate;
  @Index() @Column() trainingSessionId: string;
  @ManyToOne(() => TrainingSession) @JoinColumn() trainingSession?: TrainingSession;
  @Index() @Column({ type: "uuid", nullable: true }) hiringIntentionId: string | null;
  @ManyToOne(() => HiringIntention) @JoinColumn() hiringIntention?: HiringIntention;
  @Index() @Column() proposedByOrganisationId: string;
  @ManyToOne(() => Organisation) @JoinColumn() proposedByOrganisation?: Organisation;
  @Column({ type: "uuid" }) proposedByUserId: string;
  @Field(() => CandidacyStatus) @Column({ type: "text", default: CandidacyStatus.PROPOSED }) status: CandidacyStatus;
  @Field(() => SelectionMethod, { nullable: true }) @Column({ type: "text", nullable: true }) selectionMethod: SelectionMethod | null;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) statusReason: string | null;
  @Field(() => String, { nullable: true, description: "When a trainee leaves or a job is withdrawn: what was arranged (full path, referral to France Travail...)" })
  @Column({ type: "text", nullable: true })
  exitSolution: string | null;
  @Field(() => PlaceKind, { nullable: true, description: "The place an admitted trainee holds: funded by the Region, or beyond its funding" })
  @Column({ type: "text", nullable: true })
  place: PlaceKind | null;
  @Field(() => String, { nullable: true, description: "The trainee's path referent (référent de parcours) at the training organisation" })
  @Column({ type: "text", nullable: true })
  pathReferent: string | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) profileValidatedByFranceTravailAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) profileValidatedByEmployerAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) profileValidatedByTrainingOrganisationAt: Date | null;
  @Field() @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}
