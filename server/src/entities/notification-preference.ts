import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from "typeorm";
import type { EventCategory } from "../domain/event-audience.js";
import type { EmailFrequency } from "../domain/notification-preferences.js";
import { User } from "./user.js";

/**
 * A user's own choice of e-mail for one category of notifications. Absent: the role's default
 * (domain/notification-preferences.ts), so a better default later reaches everyone who chose nothing.
 */
@Entity("notification_preference")
export class NotificationPreference {
  @PrimaryColumn({ type: "uuid" }) userId: string;
  @ManyToOne(() => User, { onDelete: "CASCADE" }) @JoinColumn() user?: User;
  @PrimaryColumn({ type: "text" }) category: EventCategory;
  @Column({ type: "text" }) frequency: EmailFrequency;
  @UpdateDateColumn({ type: "timestamptz" }) updatedAt: Date;
}
