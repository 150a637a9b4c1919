import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { MemberRole } from "../domain/kinds.js";
import { Organisation } from "./organisation.js";

@ObjectType({ description: "A person who acts for one organisation" })
@Entity("app_user")
export class User {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field() @Column({ unique: true }) email: string;
  @Column() passwordHash: string;
  @Field() @Column() firstName: string;
  @Field() @Column() lastName: string;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) phone: string | null;
  @Column() organisationId: string;
  @ManyToOne(() => Organisation) @JoinColumn() organisation?: Organisation;
  @Field(() => MemberRole) @Column({ type: "text", default: MemberRole.MEMBER }) role: MemberRole;
  @Field({ description: "Administrators invite colleagues, give roles and deactivate accounts of their organisation" })
  @Column({ default: false })
  isAdmin: boolean;
  @Field() @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
  /** a deactivated account can no longer sign in, and its open sessions and sockets end */
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) deactivatedAt: Date | null;
}
