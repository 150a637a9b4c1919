import { Field, Int, ObjectType } from "type-graphql";
import type { Qualification, QualificationRule } from "../../domain/qualification.js";

@ObjectType("Qualification", { description: "Whether the session meets its programme's threshold, and by which rule" })
export class QualificationType implements Qualification {
  @Field() qualified: boolean;
  @Field(() => String, { description: "Which rule applied (THRESHOLD_TABLE, ALL_PLACES_BELOW_TABLE, SHARE_ABOVE_TABLE, MINIMUM_GROUP...)" }) rule: QualificationRule;
  @Field({ description: "The rule, in the users' words" }) ruleLabel: string;
  @Field(() => Int, { description: "Trainees engaged with a company that the rule requires" }) required: number;
  @Field(() => Int, { description: "Trainees engaged with a company that count toward it" }) counted: number;
  @Field(() => Int, { description: "Pairings still needed" }) missing: number;
  @Field() explanation: string;
}
