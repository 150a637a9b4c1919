import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Convention } from "./convention.js";
import { Organisation } from "./organisation.js";

@ObjectType({ description: "An organisation that signs a convention" })
@Entity("convention_signatory")
@Index(["conventionId", "organisationId"], { unique: true })
export class ConventionSignatory {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Column() conventionId: string;
  @ManyToOne(() => Convention) @JoinColumn() convention?: Convention;
  @Column() organisationId: string;
  @ManyToOne(() => Organisation) @JoinColumn() organisation?: Organisation;
  @Field({ description: "Required by the programme's rules" }) @Column({ default: true }) required: boolean;
  @Field({ description: "When the partner became a signatory (at drafting, or on joining the team later)" })
  @Column({ type: "timestamptz", default: () => "now()" })
  addedAt: Date;
  @Field(() => Date, { nullable: true, description: "When the partner left the team: no longer awaited, its signatures kept as history" })
  @Column({ type: "timestamptz", nullable: true })
  withdrawnAt: Date | null;
}
