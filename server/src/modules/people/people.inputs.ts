import { IsEmail, IsOptional, Length, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { MemberRole } from "../../domain/kinds.js";

const PHONE = /^\+?[0-9 .()-]{6,25}$/;

@InputType()
export class InviteMemberInput {
  @Field(() => ID) organisationId: string;
  @Field() @IsEmail({}, { message: "email : adresse e-mail invalide" }) email: string;
  @Field() @Length(1, 100, { message: "firstName : prénom de 1 à 100 caractères" }) firstName: string;
  @Field() @Length(1, 100, { message: "lastName : nom de 1 à 100 caractères" }) lastName: string;
  @Field(() => MemberRole, { defaultValue: MemberRole.MEMBER }) role: MemberRole;
  @Field({ defaultValue: false, description: "Administrator of the organisation (the first person of an organisation always is)" }) isAdmin: boolean;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @Length(20, 100, { message: "token : lien d'invitation invalide" }) token: string;
  @Field() password: string;
  @Field(() => String, { nullable: true, description: "The invited person's phone, if they give it" })
  @IsOptional()
  @Matches(PHONE, { message: "phone : numéro de téléphone attendu (ex. 06 12 34 56 78)" })
  phone?: string | null;
}

@InputType()
export class ResetPasswordInput {
  @Field() @Length(20, 100, { message: "token : lien de réinitialisation invalide" }) token: string;
  @Field() password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @Length(1, 200, { message: "currentPassword : mot de passe actuel requis" }) currentPassword: string;
  @Field() newPassword: string;
}

@InputType()
export class ProfileInput {
  @Field() @Length(1, 100, { message: "firstName : prénom de 1 à 100 caractères" }) firstName: string;
  @Field() @Length(1, 100, { message: "lastName : nom de 1 à 100 caractères" }) lastName: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: "phone : numéro de téléphone attendu (ex. 06 12 34 56 78)" })
  phone: string | null;
}

@InputType()
export class UpdateMemberInput {
  @Field(() => ID) userId: string;
  @Field(() => MemberRole) role: MemberRole;
  @Field() isAdmin: boolean;
}

@InputType()
export class DeactivateMemberInput {
  @Field(() => ID) userId: string;
  @Field() @Length(3, 500, { message: "reason : motif de 3 à 500 caractères" }) reason: string;
}
