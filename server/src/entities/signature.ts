import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ConventionSignatory } from "./convention-signatory.js";
import { User } from "./user.js";

@ObjectType({ description: "A signature given for one version of a convention; an edit invalidates it" })
@Entity("signature")
export class Signature {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Index() @Column() signatoryId: string;
  @ManyToOne(() => ConventionSignatory) @JoinColumn() signatory?: ConventionSignatory;
  @Field(() => Int) @Column({ type: "int" }) conventionVersion: number;
  @Column() signedByUserId: string;
  @ManyToOne(() => User) @JoinColumn() signedByUser?: User;
  @Field() @Column({ type: "timestamptz", default: () => "now()" }) signedAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) invalidatedAt: Date | null;
}
