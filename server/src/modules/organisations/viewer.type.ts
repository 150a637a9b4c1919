import { Field, ObjectType } from "type-graphql";
import { MemberRole, OrganisationKind } from "../../domain/kinds.js";
import { Organisation } from "../../entities/organisation.js";
import { User } from "../../entities/user.js";

@ObjectType("Viewer", { description: "Who is signed in, and for which organisation" })
export class ViewerType {
  @Field(() => User) user: User;
  @Field(() => Organisation) organisation: Organisation;
  @Field(() => OrganisationKind) kind: OrganisationKind;
  @Field(() => MemberRole) role: MemberRole;
}
