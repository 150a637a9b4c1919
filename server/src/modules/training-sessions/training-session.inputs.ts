import { IsOptional, Length, Max, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { CertificationLevel } from "../../domain/vocabulary.js";
import { LocalDate } from "../../graphql/scalars.js";

@InputType({ description: "What the training organisation enters for a session (EOS for DEFI)" })
export class TrainingSessionFields {
  @Field({ nullable: true }) @IsOptional() @Length(3, 200, { message: "title : intitulé de 3 à 200 caractères" }) title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 40, { message: "eosNumber : numéro EOS de 1 à 40 caractères" }) eosNumber?: string | null;
  @Field(() => LocalDate, { nullable: true }) startDate?: string;
  @Field(() => LocalDate, { nullable: true }) endDate?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0, { message: "hoursInCentre : nombre d'heures positif" }) @Max(5000, { message: "hoursInCentre : au plus 5000 heures" }) hoursInCentre?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0, { message: "hoursInCompany : nombre d'heures positif" }) @Max(5000, { message: "hoursInCompany : au plus 5000 heures" }) hoursInCompany?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0, { message: "fundedPlaces : nombre de places positif" }) @Max(500, { message: "fundedPlaces : au plus 500 places" }) fundedPlaces?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0, { message: "extraPlaces : nombre de places positif" }) @Max(500, { message: "extraPlaces : au plus 500 places" }) extraPlaces?: number;
  @Field({ nullable: true }) defiFlag?: boolean;
  @Field({ nullable: true }) @IsOptional() @Length(2, 300, { message: "certificationTitle : intitulé de la certification requis" }) certificationTitle?: string;
  @Field(() => CertificationLevel, { nullable: true }) certificationLevel?: CertificationLevel;
  @Field({ nullable: true }) @IsOptional() @Length(2, 200, { message: "location : lieu de formation requis" }) location?: string;
  @Field({ nullable: true }) smallerGroupAccepted?: boolean;
  @Field({ nullable: true }) permanentEntryExit?: boolean;
}

@InputType()
export class CreateTrainingSessionInput extends TrainingSessionFields {
  @Field(() => ID) operationId: string;
}

@InputType()
export class PairTraineeInput {
  @Field(() => ID) candidacyId: string;
  @Field(() => ID) hiringIntentionId: string;
}

@InputType()
export class EndPairingInput {
  @Field(() => ID) pairingId: string;
  @Field() @Length(3, 1000, { message: "reason : motif de 3 à 1000 caractères" }) reason: string;
}
