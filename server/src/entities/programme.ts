import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Territory } from "../domain/kinds.js";
import type { ProgrammeRules } from "../domain/programme-rules.js";

@ObjectType({ description: "A regional programme and the rules its operations run under" })
@Entity("programme")
export class Programme {
  @Field(() => ID) @PrimaryGeneratedColumn("uuid") id: string;
  @Field({ description: "Stable code, e.g. DEFI or UN_EMPLOI_UNE_FORMATION" }) @Column({ unique: true }) code: string;
  @Field() @Column() name: string;
  @Field(() => Territory) @Column({ type: "text" }) territory: Territory;
  @Field({ description: "Funding act, in the programme's words" }) @Column() fundingAct: string;
  @Column({ type: "jsonb" }) rules: ProgrammeRules;
}
