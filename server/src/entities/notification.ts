import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { JournalEvent } from "./journal-event.js";
import { User } from "./user.js";

/** A journal event brought to one user's attention (EVENT_AUDIENCE's `notifies`). */
@ObjectType({ description: "An event brought to the signed-in user's attention" })
@Entity("notification")
@Index(["userId", "eventId"], { unique: true })
export class Notification {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Column() userId: string;
  @ManyToOne(() => User) @JoinColumn() user?: User;
  @Column({ type: "bigint" }) eventId: string;
  @ManyToOne(() => JournalEvent) @JoinColumn() event?: JournalEvent;
  @Field() @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) readAt: Date | null;
}
