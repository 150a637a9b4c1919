import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A file sent with a message (a calendar event): its bytes in base64. */
export interface EmailAttachment {
  filename: string;
  /** with its parameters: « text/calendar; charset=utf-8; method=REQUEST » */
  contentType: string;
  contentBase64: string;
}

/**
 * The outbox: a message is written in the same transaction as the event that causes it, then
 * delivered by the job queue. `sentAt` is set once, under the row's lock: a message is never sent
 * twice. `keptAt`: no SMTP server configured, the message stays on the development mailbox page.
 */
@Entity("outbound_email")
export class OutboundEmail {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Index() @Column() toAddress: string;
  @Column() subject: string;
  @Column({ type: "text" }) text: string;
  @Column({ type: "text" }) html: string;
  @Column({ type: "jsonb", default: () => "'[]'" }) attachments: EmailAttachment[];
  /** the journal event that caused the message */
  @Column({ type: "text", nullable: true }) eventType: string | null;
  @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
  @Column({ default: 0 }) attempts: number;
  @Column({ type: "text", nullable: true }) lastError: string | null;
  @Column({ type: "timestamptz", nullable: true }) sentAt: Date | null;
  @Column({ type: "timestamptz", nullable: true }) keptAt: Date | null;
}
