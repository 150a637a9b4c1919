import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A deadline that fell due and was announced; unique, so several instances raise it once. */
@Entity("deadline_alert")
@Index(["kind", "subjectId", "dueDate"], { unique: true })
export class DeadlineAlert {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column() kind: string;
  @Column({ type: "uuid" }) subjectId: string;
  @Column({ type: "date" }) dueDate: string;
  @Column({ type: "timestamptz", default: () => "now()" }) raisedAt: Date;
}
