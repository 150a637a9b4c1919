import { IsEmail, IsOptional, Length, Matches, ValidateNested } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { CandidacyStatus, PlaceKind, SelectionMethod } from "../../domain/vocabulary.js";

@InputType({ description: "A new candidate, as the adviser knows them" })
export class NewCandidateInput {
  @Field() @Length(1, 100, { message: "firstName : prénom requis" }) @Matches(/\S/, { message: "firstName : prénom requis" }) firstName: string;
  @Field() @Length(1, 100, { message: "lastName : nom requis" }) @Matches(/\S/, { message: "lastName : nom requis" }) lastName: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail({}, { message: "email : adresse e-mail invalide" }) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\+?[\d .-]{8,20}$/, { message: "phone : numéro de téléphone invalide" }) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(5, 300, { message: "postalAddress : adresse de 5 à 300 caractères" }) postalAddress?: string | null;
  @Field(() => String, { nullable: true, description: "Seen by the adviser's organisation only" }) @IsOptional() @Length(0, 5000, { message: "privateNotes : 5000 caractères au plus" }) privateNotes?: string | null;
}

@InputType()
export class ProposeCandidateInput {
  @Field(() => ID) trainingSessionId: string;
  @Field(() => ID, { nullable: true, description: "The company's job the candidate is proposed for" }) hiringIntentionId?: string | null;
  @Field(() => ID, { nullable: true, description: "A candidate the adviser proposed before" }) candidateId?: string | null;
  @Field(() => NewCandidateInput, { nullable: true }) @IsOptional() @ValidateNested() candidate?: NewCandidateInput | null;
}

@InputType()
export class MoveCandidacyInput {
  @Field(() => ID) candidacyId: string;
  @Field(() => CandidacyStatus) to: CandidacyStatus;
  @Field(() => SelectionMethod, { nullable: true, description: "When moving to selection: MRS, PMSMP or company visit" }) selectionMethod?: SelectionMethod | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(3, 2000, { message: "reason : motif de 3 à 2000 caractères" }) reason?: string | null;
  @Field(() => PlaceKind, { nullable: true, description: "When admitting: a funded place (default while one is left) or an extra place" }) place?: PlaceKind | null;
  @Field(() => String, { nullable: true, description: "When a trainee leaves: what was arranged" }) @IsOptional() @Length(3, 2000, { message: "exitSolution : solution de 3 à 2000 caractères" }) exitSolution?: string | null;
}

@InputType()
export class PathReferentInput {
  @Field(() => ID) candidacyId: string;
  @Field({ description: "Name of the trainee's path referent at the training organisation" })
  @Length(2, 200, { message: "pathReferent : nom du référent de parcours de 2 à 200 caractères" })
  pathReferent: string;
}
