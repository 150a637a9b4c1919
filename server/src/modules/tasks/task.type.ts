import { Field, ID, ObjectType } from "type-graphql";
import { LocalDate } from "../../graphql/scalars.js";

@ObjectType({ description: "Something the viewer's organisation must do now" })
export class Task {
  @Field({ description: "Stable code: SIGN_CONVENTION, SEND_DATE_OPTIONS, VALIDATE_PURCHASE_ORDER..." }) code: string;
  @Field({ description: "What to do, in French" }) label: string;
  @Field(() => LocalDate, { nullable: true }) dueDate: string | null;
  @Field() late: boolean;
  @Field(() => ID, { nullable: true }) operationId: string | null;
  @Field(() => String, { nullable: true }) operationTitle: string | null;
  @Field(() => ID, { nullable: true, description: "The session, convention, order... the task is about" }) subjectId: string | null;
}
