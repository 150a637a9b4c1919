import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** The official documents kept as issued: a signed convention is frozen when its last signature completes it. */
export type FrozenDocumentKind = "CONVENTION";

@ObjectType({ description: "One version of an official document, frozen: the exact PDF bytes as issued, never rewritten" })
@Entity("document_version")
@Index(["kind", "subjectId", "version"], { unique: true })
export class DocumentVersion {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "text" }) kind: FrozenDocumentKind;
  /** the row the document is about (the convention) */
  @Column({ type: "uuid" }) subjectId: string;
  @Field(() => Int, { description: "The subject's version the document shows (the convention's version signed)" }) @Column({ type: "int" }) version: number;
  @Field({ description: "SHA-256 of the PDF bytes (hexadecimal): what the download's Repr-Digest header also carries" }) @Column() sha256: string;
  @Field(() => Int) @Column({ type: "int" }) sizeBytes: number;
  @Column({ type: "bytea", select: false }) content: Buffer;
  @Field({ description: "When it was frozen" }) @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}
