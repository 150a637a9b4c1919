import { ArrayMinSize } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { EventCategory } from "../../domain/event-audience.js";
import { EmailFrequency } from "../../domain/notification-preferences.js";

@ObjectType("NotificationPreference", { description: "How the signed-in user gets one category of notifications by e-mail" })
export class NotificationPreferenceType {
  @Field(() => EventCategory) category: EventCategory;
  @Field(() => EmailFrequency, { description: "The user's choice, or its role's default" }) frequency: EmailFrequency;
  @Field(() => EmailFrequency, { description: "What the user's role gets when it chooses nothing" }) defaultFrequency: EmailFrequency;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => EventCategory) category: EventCategory;
  @Field(() => EmailFrequency) frequency: EmailFrequency;
}

@InputType({ description: "The categories to change (the others keep their setting); always the signed-in user's own" })
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput])
  @ArrayMinSize(1, { message: "preferences : au moins une catégorie" })
  preferences: NotificationPreferenceInput[];
}
