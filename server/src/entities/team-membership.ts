import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Operation } from "./operation.js";
import { Organisation } from "./organisation.js";

@ObjectType({ description: "A partner's place on an operation's project team; leaving keeps the row" })
@Entity("team_membership")
@Index(["operationId", "organisationId"])
export class TeamMembership {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Column() operationId: string;
  @ManyToOne(() => Operation) @JoinColumn() operation?: Operation;
  @Index() @Column() organisationId: string;
  @ManyToOne(() => Organisation) @JoinColumn() organisation?: Organisation;
  @Field({ description: "Lead of a group of co-contractors (mandataire)" }) @Column({ default: false }) isLead: boolean;
  @Field() @Column({ type: "timestamptz", default: () => "now()" }) joinedAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) leftAt: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) leftReason: string | null;
}
