import { ArrayMaxSize, IsOptional, Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { LocalDate } from "../../graphql/scalars.js";

@InputType({ description: "An edit of the convention; any edit after a signature resets the signatures" })
export class UpdateConventionInput {
  @Field(() => ID) conventionId: string;
  @Field({ nullable: true }) @IsOptional() @Length(3, 300, { message: "title : intitulé de 3 à 300 caractères" }) title?: string;
  @Field({ nullable: true }) @IsOptional() @Length(20, 100000, { message: "body : texte de la convention (20 caractères au moins)" }) body?: string;
  @Field(() => [LocalDate], { nullable: true, description: "Signature date options proposed to the RTF" })
  @IsOptional() @ArrayMaxSize(5, { message: "signatureDateOptions : au plus 5 dates" })
  signatureDateOptions?: string[];
  @Field(() => LocalDate, { nullable: true }) plannedSignatureDate?: string;
  @Field({ nullable: true }) @IsOptional() @Length(3, 300, { message: "signaturePlace : lieu de 3 à 300 caractères" }) signaturePlace?: string;
}
