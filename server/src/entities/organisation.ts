import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { GroupementRole, OrganisationKind, Territory } from "../domain/kinds.js";

@ObjectType({ description: "A partner organisation: training organisation, adviser, company or Region" })
@Entity("organisation")
export class Organisation {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field(() => OrganisationKind) @Column({ type: "text" }) kind: OrganisationKind;
  @Field() @Column() name: string;
  @Field(() => Territory) @Column({ type: "text" }) territory: Territory;
  @Field({ description: "Département number, e.g. 45" }) @Column() department: string;
  @Field() @Column() city: string;
  /** one organisation per SIRET: the partial unique index is created by the migration */
  @Field(() => String, { nullable: true })
  @Index("UQ_organisation_siret", { synchronize: false })
  @Column({ type: "text", nullable: true })
  siret: string | null;
  @Field({ description: "Structure d'insertion par l'activité économique (employers only)" })
  @Column({ default: false })
  isSiae: boolean;
  @Field(() => GroupementRole, { nullable: true, description: "Training organisations: place in a groupement (mandataire, cotraitant, sous-traitant)" })
  @Column({ type: "text", nullable: true })
  groupementRole: GroupementRole | null;
  @Field(() => ID, { nullable: true, description: "Cotraitants and sous-traitants: their groupement's mandataire" })
  @Column({ type: "uuid", nullable: true })
  groupementLeadId: string | null;
  /** who brought it onto the platform (the Region, or a training organisation adding a partner to its team) */
  @Column({ type: "uuid", nullable: true }) createdByOrganisationId: string | null;
  @Field(() => Date, { nullable: true, description: "Deactivated organisations keep their history; their members can no longer sign in" })
  @Column({ type: "timestamptz", nullable: true })
  deactivatedAt: Date | null;
  @Field() @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}
