import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";
import { OrganisationKind, Territory } from "../domain/kinds.js";

@ObjectType({ description: "A partner organisation: training organisation, adviser, company or Region" })
@Entity("organisation")
export class Organisation {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field(() => OrganisationKind) @Column({ type: "text" }) kind: OrganisationKind;
  @Field() @Column() name: string;
  @Field(() => Territory) @Column({ type: "text" }) territory: Territory;
  @Field({ description: "Département number, e.g. 45" }) @Column() department: string;
  @Field() @Column() city: string;
  @Field(() => String, { nullable: true }) @Column({ type: "text", nullable: true }) siret: string | null;
  @Field({ description: "Structure d'insertion par l'activité économique (companies only)" })
  @Column({ default: false })
  isSiae: boolean;
  @Field() @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}
