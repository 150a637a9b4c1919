import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Territory } from "../domain/kinds.js";
import { OperationStatus, ProcurementRoute } from "../domain/vocabulary.js";
import { Organisation } from "./organisation.js";
import { Programme } from "./programme.js";

@ObjectType({ description: "One operation: a training for jobs promised by companies, run by a project team" })
@Entity("operation")
export class Operation {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Index() @Column() programmeId: string;
  @ManyToOne(() => Programme) @JoinColumn() programme?: Programme;
  @Field() @Column() title: string;
  @Field(() => Territory) @Column({ type: "text" }) territory: Territory;
  @Field() @Column() department: string;
  @Field(() => ProcurementRoute) @Column({ type: "text" }) procurementRoute: ProcurementRoute;
  @Field(() => OperationStatus) @Column({ type: "text", default: OperationStatus.OPEN }) status: OperationStatus;
  @Column() createdByOrganisationId: string;
  @ManyToOne(() => Organisation) @JoinColumn() createdByOrganisation?: Organisation;
  @Field() @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) closedAt: Date | null;
}
