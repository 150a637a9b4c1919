import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Candidacy } from "./candidacy.js";
import { HiringIntention } from "./hiring-intention.js";

@ObjectType({ description: "Trainee ↔ hiring intention pairing (appairage); ending it keeps the row" })
@Entity("pairing")
export class Pairing {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Index() @Column() candidacyId: string;
  @ManyToOne(() => Candidacy) @JoinColumn() candidacy?: Candidacy;
  @Index() @Column() hiringIntentionId: string;
  @ManyToOne(() => HiringIntention) @JoinColumn() hiringIntention?: HiringIntention;
  @Field() @Column({ type: "timestamptz", default: () => "now()" }) pairedAt: Date;
  @Column({ type: "uuid" }) pairedByUserId: string;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) endedAt: Date | null;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) endReason: string | null;
}
