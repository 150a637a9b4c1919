import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "A file attached as evidence (e.g. the company's letter)" })
@Entity("attachment")
export class Attachment {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field() @Column() fileName: string;
  @Field() @Column() mediaType: string;
  @Field(() => Int) @Column({ type: "int" }) sizeBytes: number;
  @Field() @Column() sha256: string;
  @Column({ type: "bytea", select: false }) content: Buffer;
  @Column({ type: "uuid" }) uploadedByUserId: string;
  @Field() @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}
