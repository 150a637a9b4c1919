import { Ctx, Query, Resolver } from "type-graphql";
import { authenticated, type Context } from "../../graphql/context.js";
import { insertionReport, INSERTION_REPORT_KINDS, type InsertionReport } from "./insertion-report.js";
import { InsertionReportType } from "./insertion-report.type.js";

@Resolver()
export class InsertionReportResolver {
  @Query(() => InsertionReportType, {
    nullable: true,
    description: "The Region's reporting on insertion over its territory (what /exports/insertion-report exports); null for other partners",
  })
  insertionReport(@Ctx() ctx: Context): Promise<InsertionReport> | null {
    const { viewer, reader } = authenticated(ctx);
    return INSERTION_REPORT_KINDS.includes(viewer.kind) ? insertionReport(reader) : null;
  }
}
