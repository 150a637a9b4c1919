import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn } from "typeorm";
import { PurchaseOrderStatus } from "../domain/vocabulary.js";
import { HiringIntention } from "./hiring-intention.js";
import { Operation } from "./operation.js";
import { Organisation } from "./organisation.js";

@ObjectType({ description: "A purchase order (bon de commande) for one hiring intention, 1 emploi = 1 formation" })
@Entity("purchase_order")
export class PurchaseOrder {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Index() @Column() operationId: string;
  @ManyToOne(() => Operation) @JoinColumn() operation?: Operation;
  @Column({ unique: true }) hiringIntentionId: string;
  @OneToOne(() => HiringIntention) @JoinColumn() hiringIntention?: HiringIntention;
  @Index() @Column() leadOrganisationId: string;
  @ManyToOne(() => Organisation) @JoinColumn() leadOrganisation?: Organisation;
  @Column() requestedByOrganisationId: string;
  @ManyToOne(() => Organisation) @JoinColumn() requestedByOrganisation?: Organisation;
  @Field({ description: "Orders are served in order of arrival" }) @Column({ type: "timestamptz", default: () => "now()" }) receivedAt: Date;
  @Field(() => PurchaseOrderStatus) @Column({ type: "text", default: PurchaseOrderStatus.QUEUED }) status: PurchaseOrderStatus;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) headOfUnitValidatedAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) headOfServiceValidatedAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) refusedAt: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) refusalReason: string | null;
}
