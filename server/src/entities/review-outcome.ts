import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { CertificationLevel, ContractType } from "../domain/vocabulary.js";
import { LocalDate } from "../graphql/scalars.js";
import { Candidacy } from "./candidacy.js";
import { Organisation } from "./organisation.js";
import { Review } from "./review.js";

@ObjectType({ description: "One trainee's outcome at the review: certification and employment contract" })
@Entity("review_outcome")
@Index(["reviewId", "candidacyId"], { unique: true })
export class ReviewOutcome {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Column() reviewId: string;
  @ManyToOne(() => Review) @JoinColumn() review?: Review;
  @Index() @Column() candidacyId: string;
  @ManyToOne(() => Candidacy) @JoinColumn() candidacy?: Candidacy;
  @Field(() => CertificationLevel) @Column({ type: "text" }) certificationLevel: CertificationLevel;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) certificationTitle: string | null;
  @Field(() => ContractType, { nullable: true }) @Column({ type: "text", nullable: true }) contractType: ContractType | null;
  @Field(() => LocalDate, { nullable: true }) @Column({ type: "date", nullable: true }) contractStartDate: string | null;
  @Column({ type: "uuid", nullable: true }) employerId: string | null;
  @ManyToOne(() => Organisation) @JoinColumn() employer?: Organisation;
}
