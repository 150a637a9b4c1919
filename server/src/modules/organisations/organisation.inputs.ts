import { IsOptional, Length, Matches, ValidateNested } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { GroupementRole, OrganisationKind } from "../../domain/kinds.js";

@InputType({ description: "An organisation's details; its territory is the Region's (or the operation's)" })
export class OrganisationFields {
  @Field() @Length(2, 200, { message: "name : raison sociale de 2 à 200 caractères" }) name: string;
  @Field({ description: "Département, e.g. 45" })
  @Matches(/^(\d{2}|2A|2B|97\d)$/, { message: "department : numéro de département attendu (ex. 45)" })
  department: string;
  @Field() @Length(1, 100, { message: "city : commune de 1 à 100 caractères" }) city: string;
  @Field(() => String, { nullable: true, description: "14 digits; required for companies and training organisations" })
  @IsOptional()
  siret: string | null;
  @Field({ defaultValue: false, description: "Employers only: structure d'insertion par l'activité économique" }) isSiae: boolean;
  @Field(() => GroupementRole, { nullable: true, description: "Training organisations only" }) groupementRole: GroupementRole | null;
  @Field(() => ID, { nullable: true, description: "Cotraitants and sous-traitants: their mandataire" }) groupementLeadId: string | null;
}

@InputType()
export class CreateOrganisationInput extends OrganisationFields {
  @Field(() => OrganisationKind) kind: OrganisationKind;
}

@InputType()
export class NewTeamPartnerInput {
  @Field(() => ID) operationId: string;
  @Field(() => CreateOrganisationInput) @ValidateNested() organisation: CreateOrganisationInput;
  @Field({ defaultValue: false, description: "Lead of a group of co-contractors (mandataire)" }) isLead: boolean;
}

@InputType()
export class DeactivateOrganisationInput {
  @Field(() => ID) organisationId: string;
  @Field() @Length(3, 500, { message: "reason : motif de 3 à 500 caractères" }) reason: string;
}
