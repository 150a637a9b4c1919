import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { lateness, signaturePlanning } from "../../domain/deadlines.js";
import { Operation } from "../../entities/operation.js";
import { Programme } from "../../entities/programme.js";
import { LocalDate } from "../../graphql/scalars.js";
import { ConventionSignatory } from "../../entities/convention-signatory.js";
import { Convention } from "../../entities/convention.js";
import { Organisation } from "../../entities/organisation.js";
import { Signature } from "../../entities/signature.js";
import { TrainingSession } from "../../entities/training-session.js";
import { Candidacy } from "../../entities/candidacy.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { visibleAll } from "../shared/attendees.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";

export const ConventionPage = PageOf(Convention);

@ObjectType({ description: "A step of the signature organisation, with its due date (counted back from the session start) and lateness" })
class SignaturePlanningStep {
  @Field() code: string;
  @Field() label: string;
  @Field(() => LocalDate, { nullable: true, description: "Calendar date, not moved off weekends" }) dueDate: string | null;
  @Field(() => Date, { nullable: true }) doneAt: Date | null;
  @Field() late: boolean;
  @Field(() => Int) daysLate: number;
}

const toDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

@Resolver(() => Convention)
export class ConventionResolver {
  @Query(() => ConventionPage)
  conventions(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.page(Convention, { ...page, orderBy: "createdAt" });
  }

  @Query(() => Convention, { nullable: true })
  convention(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Convention, id);
  }

  @FieldResolver(() => TrainingSession, { nullable: true })
  trainingSession(@Root() c: Convention, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(TrainingSession, c.trainingSessionId);
  }

  @FieldResolver(() => [SignaturePlanningStep], { description: "J-28 date options, J-20 draft and contact sheet, Cabinet, invitations, save the date" })
  async planning(@Root() c: Convention, @Ctx() ctx: Context): Promise<SignaturePlanningStep[]> {
    const { reader, clock } = authenticated(ctx);
    const session = await reader.one(TrainingSession, c.trainingSessionId);
    const operation = session && (await reader.one(Operation, session.operationId));
    const programme = operation && (await reader.one(Programme, operation.programmeId));
    if (!session || !programme) return [];
    const today = clock.today();
    const due = new Map(signaturePlanning(programme.rules, session.startDate).map((s) => [s.code, s]));
    const step = (code: string, label: string, doneAt: Date | null): SignaturePlanningStep => {
      const dueDate = due.get(code)?.dueDate ?? null;
      const late = dueDate ? lateness(dueDate, toDay(doneAt), today) : { late: false, daysLate: 0 };
      return { code, label: due.get(code)?.label ?? label, dueDate, doneAt, ...late };
    };
    return [
      step("DATE_OPTIONS_TO_RTF", "Options de dates de signature transmises au RTF", c.dateOptionsSentAt),
      step("DRAFT_TO_RTF", "Projet de convention et fiche contact transmis au RTF", c.draftSentAt),
      step("FORWARDED_TO_CABINET", "Transmis au Cabinet de la Région", c.forwardedToCabinetAt),
      step("OFFICIAL_INVITATIONS", "Invitations officielles envoyées par le Cabinet", c.invitationsSentAt),
      step("SAVE_THE_DATE", "« Save the date » envoyé aux signataires", c.saveTheDateSentAt),
    ];
  }

  @FieldResolver(() => [ConventionSignatory], { description: "Signatories, those who left the team included (withdrawnAt set)" })
  signatories(@Root() c: Convention, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(ConventionSignatory, "conventionId", c.id);
  }

  @FieldResolver(() => [Organisation], { description: "Partners who attended the signature (those the viewer may see)" })
  signatureAttendingOrganisations(@Root() c: Convention, @Ctx() ctx: Context) {
    return visibleAll(ctx, Organisation, c.signatureAttendeeOrganisationIds);
  }

  @FieldResolver(() => [Candidacy], { description: "Trainees who attended the signature, among those the viewer may see" })
  signatureAttendingTrainees(@Root() c: Convention, @Ctx() ctx: Context) {
    return visibleAll(ctx, Candidacy, c.signatureAttendeeCandidacyIds);
  }

  @FieldResolver(() => Int, { description: "How many trainees attended the signature" })
  signatureAttendingTraineeCount(@Root() c: Convention): number {
    return c.signatureAttendeeCandidacyIds.length;
  }
}

@Resolver(() => ConventionSignatory)
export class ConventionSignatoryResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() s: ConventionSignatory, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, s.organisationId);
  }

  @FieldResolver(() => Boolean, { description: "Signed the convention's current version" })
  async signed(@Root() s: ConventionSignatory, @Ctx() ctx: Context): Promise<boolean> {
    const { reader } = authenticated(ctx);
    const [convention, signatures] = await Promise.all([reader.one(Convention, s.conventionId), reader.many(Signature, "signatoryId", s.id, "signedAt")]);
    return signatures.some((sig) => !sig.invalidatedAt && sig.conventionVersion === convention?.version);
  }

  @FieldResolver(() => [Signature], { description: "Signatures given, including those invalidated by an edit" })
  signatures(@Root() s: ConventionSignatory, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(Signature, "signatoryId", s.id, "signedAt");
  }
}

@Resolver(() => Signature)
export class SignatureResolver {
  @FieldResolver(() => ConventionSignatory, { nullable: true })
  signatory(@Root() s: Signature, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(ConventionSignatory, s.signatoryId);
  }
}
