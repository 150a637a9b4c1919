import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { MemberRole } from "../domain/kinds.js";

/** A single-use link sent by e-mail to join an organisation; only its token's hash is kept. */
@ObjectType({ description: "An invitation to join an organisation, pending until accepted, revoked or expired" })
@Entity("invitation")
export class Invitation {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field(() => ID) @Index() @Column({ type: "uuid" }) organisationId: string;
  @Field() @Column() email: string;
  @Field() @Column() firstName: string;
  @Field() @Column() lastName: string;
  @Field(() => MemberRole) @Column({ type: "text" }) role: MemberRole;
  @Field() @Column({ default: false }) isAdmin: boolean;
  @Index({ unique: true }) @Column() tokenHash: string;
  @Column({ type: "uuid" }) invitedByUserId: string;
  @Field() @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
  @Field() @Column({ type: "timestamptz" }) expiresAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) acceptedAt: Date | null;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) revokedAt: Date | null;
  @Column({ type: "uuid", nullable: true }) userId: string | null;
}
