import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "./user.js";

/** A login. Only the SHA-256 of the bearer token is stored. */
@Entity("auth_session")
export class AuthSession {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Index() @Column() userId: string;
  @ManyToOne(() => User) @JoinColumn() user?: User;
  @Column({ unique: true }) tokenHash: string;
  @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
  @Column({ type: "timestamptz" }) expiresAt: Date;
  @Column({ type: "timestamptz", nullable: true }) endedAt: Date | null;
}
