import { ArrayMaxSize, IsOptional, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { SignatureOption } from "../../entities/convention.js";
import { LocalDate } from "../../graphql/scalars.js";

@InputType({ description: "An edit of the convention; any edit after a signature resets the signatures" })
export class UpdateConventionInput {
  @Field(() => ID) conventionId: string;
  @Field({ nullable: true }) @IsOptional() @Length(3, 300, { message: "title : intitulé de 3 à 300 caractères" }) title?: string;
  @Field({ nullable: true }) @IsOptional() @Length(20, 100000, { message: "body : texte de la convention (20 caractères au moins)" }) body?: string;
  @Field(() => [SignatureOption], { nullable: true, description: "Signature options proposed to the RTF (J-28): dates with their times" })
  @IsOptional() @ArrayMaxSize(5, { message: "signatureOptions : au plus 5 options" })
  signatureOptions?: SignatureOption[];
  @Field(() => LocalDate, { nullable: true, description: "The signature day; null clears it" }) plannedSignatureDate?: string | null;
  @Field({ nullable: true }) @IsOptional() @Length(3, 300, { message: "signaturePlace : lieu de 3 à 300 caractères" }) signaturePlace?: string;
}

@InputType({ description: "Who attended the signature: partners of the team and trainees of the session" })
export class SignatureAttendanceInput {
  @Field(() => ID) conventionId: string;
  // list lengths and ids: graphql/input-guard.ts
  @Field(() => [ID]) attendingOrganisationIds: string[];
  @Field(() => [ID]) attendingCandidacyIds: string[];
}
