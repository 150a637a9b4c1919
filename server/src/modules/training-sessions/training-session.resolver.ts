import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { CandidacyStatus } from "../../domain/vocabulary.js";
import { Candidacy } from "../../entities/candidacy.js";
import { Closure } from "../../entities/closure.js";
import { Convention } from "../../entities/convention.js";
import { HiringIntention } from "../../entities/hiring-intention.js";
import { Operation } from "../../entities/operation.js";
import { Organisation } from "../../entities/organisation.js";
import { Review } from "../../entities/review.js";
import { TrainingSession } from "../../entities/training-session.js";
import { In } from "typeorm";
import type { Qualification } from "../../domain/qualification.js";
import { Programme } from "../../entities/programme.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { QualificationType } from "./qualification.type.js";
import { activePairings, sessionQualification } from "./session-facts.js";
import { PageArgs, PageOf } from "../../graphql/pagination.js";

@ObjectType()
class CandidacyStatusCount {
  @Field(() => CandidacyStatus) status: CandidacyStatus;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "Counts over all the session's candidacies, whoever proposed them" })
class CandidacyCounts {
  @Field(() => Int) total: number;
  @Field(() => [CandidacyStatusCount]) byStatus: CandidacyStatusCount[];
}

export const TrainingSessionPage = PageOf(TrainingSession);

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @Query(() => TrainingSessionPage)
  trainingSessions(@Args() page: PageArgs, @Arg("operationId", () => ID, { nullable: true }) operationId: string | null, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.page(TrainingSession, { ...page, filter: { operationId }, orderBy: "startDate" });
  }

  @Query(() => TrainingSession, { nullable: true })
  trainingSession(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(TrainingSession, id);
  }

  @FieldResolver(() => Operation, { nullable: true })
  operation(@Root() s: TrainingSession, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Operation, s.operationId);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  trainingOrganisation(@Root() s: TrainingSession, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.one(Organisation, s.trainingOrganisationId);
  }

  @FieldResolver(() => [Candidacy], { description: "The candidacies the viewer may see in full" })
  candidacies(@Root() s: TrainingSession, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(Candidacy, "trainingSessionId", s.id, "createdAt");
  }

  @FieldResolver(() => CandidacyCounts)
  candidacyCounts(@Root() s: TrainingSession, @Ctx() ctx: Context): Promise<CandidacyCounts> {
    const { reader, dataSource } = authenticated(ctx);
    return reader
      .batch<CandidacyCounts>("candidacyCounts", async (ids) => {
        const rows: { session: string; status: CandidacyStatus; count: number }[] = await dataSource.query(
          `SELECT training_session_id AS session, status, count(*)::int AS count FROM candidacy
            WHERE training_session_id = ANY($1) GROUP BY 1, 2 ORDER BY 2`,
          [ids],
        );
        return ids.map((id) => {
          const byStatus = rows.filter((r) => r.session === id).map(({ status, count }) => ({ status, count }));
          return { total: byStatus.reduce((sum, r) => sum + r.count, 0), byStatus };
        });
      })
      .load(s.id);
  }

  @FieldResolver(() => QualificationType, { description: "Live qualification: DEFI threshold or minimum group, the rule applied and pairings still needed" })
  qualification(@Root() s: TrainingSession, @Ctx() ctx: Context): Promise<Qualification> {
    const { reader, dataSource } = authenticated(ctx);
    return reader
      .batch<Qualification>("qualification", async (ids) => {
        const sessions = await dataSource.getRepository(TrainingSession).findBy({ id: In([...ids]) });
        const programmes: (Programme & { operation_id: string })[] = await dataSource.query(
          `SELECT p.*, o.id AS operation_id FROM programme p JOIN operation o ON o.programme_id = p.id WHERE o.id = ANY($1)`,
          [sessions.map((x) => x.operationId)],
        );
        const pairings = await activePairings(dataSource.manager, ids);
        return ids.map((id) => {
          const session = sessions.find((x) => x.id === id)!;
          const programme = programmes.find((p) => p.operation_id === session.operationId)!;
          return sessionQualification(session, programme, pairings.get(id) ?? []);
        });
      })
      .load(s.id);
  }

  @FieldResolver(() => [HiringIntention])
  hiringIntentions(@Root() s: TrainingSession, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(HiringIntention, "trainingSessionId", s.id, "receivedAt");
  }

  @FieldResolver(() => Convention, { nullable: true })
  async convention(@Root() s: TrainingSession, @Ctx() ctx: Context) {
    return (await authenticated(ctx).reader.many(Convention, "trainingSessionId", s.id))[0] ?? null;
  }

  @FieldResolver(() => [Review])
  reviews(@Root() s: TrainingSession, @Ctx() ctx: Context) {
    return authenticated(ctx).reader.many(Review, "trainingSessionId", s.id, "scheduledAt");
  }

  @FieldResolver(() => Closure, { nullable: true })
  async closure(@Root() s: TrainingSession, @Ctx() ctx: Context) {
    return (await authenticated(ctx).reader.many(Closure, "trainingSessionId", s.id))[0] ?? null;
  }
}
