import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { PurchaseOrderStatus } from "../domain/vocabulary.js";
import { HiringIntention } from "./hiring-intention.js";
import { Operation } from "./operation.js";
import { Organisation } from "./organisation.js";

@ObjectType({ description: "A purchase order (bon de commande) for one hiring intention, 1 emploi = 1 formation" })
@Entity("purchase_order")
// one standing order per intention; a refused or cancelled one can be requested again
@Index("UQ_purchase_order_standing_intention", ["hiringIntentionId"], { unique: true, where: "status NOT IN ('REFUSED', 'CANCELLED')" })
export class PurchaseOrder {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Index() @Column() operationId: string;
  @ManyToOne(() => Operation) @JoinColumn() operation?: Operation;
  @Column() hiringIntentionId: string;
  @ManyToOne(() => HiringIntention) @JoinColumn() hiringIntention?: HiringIntention;
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
  @Field(() => Date, { nullable: true, description: "Cancelled when its hiring intention was withdrawn" }) @Column({ type: "timestamptz", nullable: true }) cancelledAt: Date | null;
}
