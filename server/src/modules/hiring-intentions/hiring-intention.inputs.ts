import { ArrayMaxSize, IsBase64, IsOptional, Length, Matches, Max, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { CompanyCommitment, ContractType } from "../../domain/vocabulary.js";

@InputType({ description: "A file sent inline, base64-encoded (at most 5 Mio)" })
export class FileUpload {
  @Field() @Length(1, 200, { message: "fileName : nom de fichier de 1 à 200 caractères" }) fileName: string;
  @Field() @Matches(/^[\w.+-]+\/[\w.+-]+$/, { message: "mediaType : type de fichier attendu (ex. application/pdf)" }) mediaType: string;
  @Field() @IsBase64({}, { message: "contentBase64 : contenu encodé en base64 attendu" }) contentBase64: string;
}

@InputType({ description: "The company's written hiring intention" })
export class SubmitHiringIntentionInput {
  @Field(() => ID) operationId: string;
  @Field(() => ID, { description: "The session (and so the training organisation) the company commits to" }) trainingSessionId: string;
  @Field(() => ID, { nullable: true, description: "Training organisation entering the intention on the employer's behalf: the company (of the team)" }) companyId?: string | null;
  @Field() @Length(2, 200, { message: "jobTitle : intitulé du poste de 2 à 200 caractères" }) jobTitle: string;
  @Field(() => ContractType) contractType: ContractType;
  @Field(() => Int, { nullable: true, description: "Contract length in months (not for a CDI)" })
  @IsOptional() @Min(1, { message: "contractDurationMonths : au moins 1 mois" }) @Max(120, { message: "contractDurationMonths : au plus 120 mois" })
  contractDurationMonths?: number | null;
  @Field(() => Int) @Min(1, { message: "positions : au moins 1 poste" }) @Max(100, { message: "positions : au plus 100 postes" }) positions: number;
  @Field({ description: "The e-mail or letter's text" }) @Length(20, 20000, { message: "evidenceText : texte de l'e-mail ou du courrier (20 caractères au moins)" }) evidenceText: string;
  @Field(() => FileUpload, { nullable: true }) @IsOptional() @ValidateNested() evidenceFile?: FileUpload | null;
  @Field(() => [CompanyCommitment], { description: "Steps the company commits to take part in" })
  @ArrayMaxSize(5, { message: "committedSteps : au plus 5 étapes" })
  committedSteps: CompanyCommitment[];
}

@InputType()
export class ReasonInput {
  @Field(() => ID) id: string;
  @Field() @Length(3, 2000, { message: "reason : motif de 3 à 2000 caractères" }) reason: string;
}

@InputType()
export class WithdrawalSolutionInput {
  @Field(() => ID) hiringIntentionId: string;
  @Field({ description: "What was arranged: continue on a full path, referral to France Travail..." })
  @Length(3, 2000, { message: "solution : description de 3 à 2000 caractères" })
  solution: string;
}
