import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Organisation } from "./organisation.js";

/**
 * A person proposed for training. Contact details and the adviser's private notes are exposed
 * only through the access policy's field rules (see CandidateResolver).
 */
@ObjectType({ description: "A candidate (future trainee) proposed by an adviser" })
@Entity("candidate")
export class Candidate {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field() @Column() firstName: string;
  @Field() @Column() lastName: string;
  @Column({ type: "text", nullable: true }) email: string | null;
  @Column({ type: "text", nullable: true }) phone: string | null;
  @Column({ type: "text", nullable: true }) postalAddress: string | null;
  @Column({ type: "text", nullable: true }) privateNotes: string | null;
  @Index() @Column() proposedByOrganisationId: string;
  @ManyToOne(() => Organisation) @JoinColumn() proposedByOrganisation?: Organisation;
  @Field() @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}
