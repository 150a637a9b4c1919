import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** A single-use password reset link; only its token's hash is kept. */
@Entity("password_reset")
export class PasswordReset {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Index() @Column({ type: "uuid" }) userId: string;
  @Index({ unique: true }) @Column() tokenHash: string;
  @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
  @Column({ type: "timestamptz" }) expiresAt: Date;
  @Column({ type: "timestamptz", nullable: true }) usedAt: Date | null;
}
