import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { CompanyCommitment, ContractType, HiringIntentionStatus } from "../domain/vocabulary.js";
import { Attachment } from "./attachment.js";
import { Operation } from "./operation.js";
import { Organisation } from "./organisation.js";
import { TrainingSession } from "./training-session.js";

@ObjectType({ description: "A company's written hiring intention (promesse d'emploi / intention d'embauche)" })
@Entity("hiring_intention")
export class HiringIntention {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Index() @Column() operationId: string;
  @ManyToOne(() => Operation) @JoinColumn() operation?: Operation;
  @Index() @Column() companyId: string;
  @ManyToOne(() => Organisation) @JoinColumn() company?: Organisation;
  @Column() trainingOrganisationId: string;
  @ManyToOne(() => Organisation) @JoinColumn() trainingOrganisation?: Organisation;
  @Index() @Column({ type: "uuid", nullable: true }) trainingSessionId: string | null;
  @ManyToOne(() => TrainingSession) @JoinColumn() trainingSession?: TrainingSession;
  @Field() @Column() jobTitle: string;
  @Field(() => ContractType) @Column({ type: "text" }) contractType: ContractType;
  @Field(() => Int, { nullable: true }) @Column({ type: "int", nullable: true }) contractDurationMonths: number | null;
  @Field(() => Int) @Column({ type: "int" }) positions: number;
  @Field({ description: "Text of the e-mail or letter" }) @Column({ type: "text" }) evidenceText: string;
  @Column({ type: "uuid", nullable: true }) evidenceAttachmentId: string | null;
  @ManyToOne(() => Attachment) @JoinColumn() evidenceAttachment?: Attachment;
  @Field(() => [CompanyCommitment]) @Column({ type: "text", array: true }) committedSteps: CompanyCommitment[];
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) derogationGrantedAt: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) derogationReason: string | null;
  @Field(() => HiringIntentionStatus) @Column({ type: "text", default: HiringIntentionStatus.SUBMITTED }) status: HiringIntentionStatus;
  @Field({ description: "Arrival time: purchase orders are served in this order" })
  @Column({ type: "timestamptz", default: () => "now()" })
  receivedAt: Date;
  @Column({ type: "uuid" }) submittedByUserId: string;
  @Field(() => Boolean, { description: "Entered by the training organisation on the employer's behalf, with its written evidence" })
  @Column({ default: false })
  enteredByTrainingOrganisation: boolean;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) withdrawnAt: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) withdrawalReason: string | null;
  @Field(() => String, { nullable: true, description: "What the training organisation arranged after the withdrawal" })
  @Column({ type: "text", nullable: true })
  withdrawalSolution: string | null;
}
