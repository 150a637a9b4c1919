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
  @Index() @Column({ type: "bigint" }) eventId: string;
  @ManyToOne(() => JournalEvent) @JoinColumn() event?: JournalEvent;
  @Field() @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
  @Field(() => Date, { nullable: true }) @Column({ type: "timestamptz", nullable: true }) readAt: Date | null;
  /**
   * When the e-mail question of this notification was settled, once: sent at once, gathered in a
   * daily digest, or not sent (the user wants none, or no longer sees it). A retried job finds it
   * settled and sends nothing.
   */
  @Column({ type: "timestamptz", nullable: true }) emailSettledAt: Date | null;
  /** the outbox message that carried it (null: settled without an e-mail) */
  @Column({ type: "uuid", nullable: true }) emailId: string | null;
}
