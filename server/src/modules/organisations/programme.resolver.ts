import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { OrganisationKind } from "../../domain/kinds.js";
import { actionRule } from "../../domain/process/process.js";
import type { ProgrammeRules } from "../../domain/programme-rules.js";
import { MeetingKind, ReviewKind } from "../../domain/vocabulary.js";
import { Programme } from "../../entities/programme.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";

@ObjectType()
class ThresholdRow {
  @Field(() => Int) fundedPlaces: number;
  @Field(() => Int) minimumEngaged: number;
}

@ObjectType()
class SignatureDeadline {
  @Field() code: string;
  @Field(() => Int) daysBeforeStart: number;
  @Field() label: string;
}

@ObjectType({ description: "A programme's rules, as data" })
class ProgrammeRulesType implements Omit<ProgrammeRules, "process"> {
  @Field(() => [ThresholdRow]) thresholdTable: ThresholdRow[];
  @Field(() => Float, { nullable: true }) minimumEngagedShareOutsideTable: number | null;
  @Field(() => Int, { nullable: true }) minimumGroupSize: number | null;
  @Field(() => [OrganisationKind]) requiredSignatoryKinds: OrganisationKind[];
  @Field(() => [SignatureDeadline]) signatureDeadlines: ProgrammeRules["signatureDeadlines"];
  @Field(() => [Int]) followUpMonths: number[];
  @Field(() => Int) durableContractMinimumMonths: number;
  @Field() excludesSiaeEmployers: boolean;
  @Field() paysCompletionBonus: boolean;
  @Field() usesPurchaseOrders: boolean;
  @Field() shortContractsNeedDerogation: boolean;
  @Field({ description: "Whether sessions are entered in EOS (DEFI)" }) usesEos: boolean;
  @Field({ description: "Whether the programme has a multi-partner convention (DEFI); 1 emploi = 1 formation contracts through the purchase order" }) hasPartnershipConvention: boolean;
  @Field(() => [ReviewKind]) reviewKinds: ReviewKind[];
  @Field(() => [MeetingKind]) meetingKinds: MeetingKind[];
}

export const ProgrammePage = PageOf(Programme);

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => ProgrammePage)
  programmes(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.page(Programme, { ...page, orderBy: "code" });
  }

  @Query(() => Programme, { nullable: true })
  programme(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Programme, id);
  }

  @FieldResolver(() => ProgrammeRulesType)
  rules(@Root() programme: Programme): ProgrammeRulesType {
    const { process, ...rules } = programme.rules;
    return {
      ...rules, usesEos: process.usesEos, reviewKinds: process.reviewKinds, meetingKinds: process.meetingKinds,
      hasPartnershipConvention: !!actionRule(process, "draftConvention"),
    };
  }
}
