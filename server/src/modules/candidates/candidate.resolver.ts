import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { canSeeCandidateContactDetails, canSeeCandidatePrivateNotes } from "../../access/field-rules.js";
import { Candidacy } from "../../entities/candidacy.js";
import { Candidate } from "../../entities/candidate.js";
import { Organisation } from "../../entities/organisation.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";

export const CandidatePage = PageOf(Candidate);

const MASKED = "null when the viewer may not see candidates' contact details";

@Resolver(() => Candidate)
export class CandidateResolver {
  @Query(() => CandidatePage)
  candidates(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.page(Candidate, { ...page, orderBy: "lastName" });
  }

  @Query(() => Candidate, { nullable: true })
  candidate(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Candidate, id);
  }

  @FieldResolver(() => String, { nullable: true, description: MASKED })
  email(@Root() c: Candidate, @Ctx() ctx: Context) {
    return canSeeCandidateContactDetails(authenticated(ctx).viewer, c) ? c.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: MASKED })
  phone(@Root() c: Candidate, @Ctx() ctx: Context) {
    return canSeeCandidateContactDetails(authenticated(ctx).viewer, c) ? c.phone : null;
  }

  @FieldResolver(() => String, { nullable: true, description: MASKED })
  postalAddress(@Root() c: Candidate, @Ctx() ctx: Context) {
    return canSeeCandidateContactDetails(authenticated(ctx).viewer, c) ? c.postalAddress : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The proposing adviser's private notes; null for anyone else" })
  privateNotes(@Root() c: Candidate, @Ctx() ctx: Context) {
    return canSeeCandidatePrivateNotes(authenticated(ctx).viewer, c) ? c.privateNotes : null;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  proposedBy(@Root() c: Candidate, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, c.proposedByOrganisationId);
  }

  @FieldResolver(() => [Candidacy])
  candidacies(@Root() c: Candidate, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(Candidacy, "candidateId", c.id, "createdAt");
  }
}
