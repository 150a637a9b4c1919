import { IsIn, Length, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ProcurementRoute } from "../../domain/vocabulary.js";

@InputType()
export class CreateOperationInput {
  @Field({ description: "DEFI or UN_EMPLOI_UNE_FORMATION" })
  @IsIn(["DEFI", "UN_EMPLOI_UNE_FORMATION"], { message: "programmeCode : programme inconnu (DEFI ou UN_EMPLOI_UNE_FORMATION)" })
  programmeCode: string;

  @Field() @Length(3, 200, { message: "title : intitulé de 3 à 200 caractères" }) title: string;

  @Field({ description: "Département, e.g. 45" })
  @Matches(/^(\d{2}|2A|2B|97\d)$/, { message: "department : numéro de département attendu (ex. 45)" })
  department: string;

  @Field(() => ProcurementRoute) procurementRoute: ProcurementRoute;
}

@InputType()
export class TeamMemberInput {
  @Field(() => ID) operationId: string;
  @Field(() => ID) organisationId: string;
  @Field({ defaultValue: false, description: "Lead of a group of co-contractors (mandataire)" }) isLead: boolean;
}

@InputType()
export class RemoveTeamMemberInput {
  @Field(() => ID) operationId: string;
  @Field(() => ID) organisationId: string;
  @Field() @Length(3, 1000, { message: "reason : motif de 3 à 1000 caractères" }) reason: string;
}
