import type { StepStatus } from "../domain/process/progress.js";
import type { ConventionStatus, OperationStatus, ProcurementRoute } from "../domain/vocabulary.js";
import type { AuthenticatedContext } from "../graphql/context.js";
import type { GraphQLSchema } from "graphql";
import { queryAsViewer } from "./graphql.js";

/** The Region's board (client/src/areas/region/queries.ts), as the export needs it; a page of operations at a time. */
const OPERATIONS = `
  query ExportOperations($after: String) {
    today
    operations(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id title status department procurementRoute
        programme { name rules { hasPartnershipConvention paysCompletionBonus } }
        steps { number label status }
        purchaseOrders { status }
        trainingSessions {
          id title eosNumber startDate endDate fundedPlaces extraPlaces
          trainingOrganisation { name }
          qualification { qualified counted required ruleLabel }
          candidacies { followUps { overdue } }
          convention {
            status plannedSignatureDate signedAt
            signatories { required signed withdrawnAt }
            planning { label dueDate doneAt late }
          }
          closure { attestationIssuedAt bonusRequestedAt bonusAcknowledgedAt bonusPaidAt closedAt }
        }
      }
    }
  }
`;

export interface BoardPlanningItem {
  label: string;
  dueDate: string | null;
  doneAt: string | null;
  late: boolean;
}

export interface BoardSession {
  id: string;
  title: string;
  eosNumber: string | null;
  startDate: string;
  endDate: string;
  fundedPlaces: number;
  extraPlaces: number;
  trainingOrganisation: { name: string } | null;
  qualification: { qualified: boolean; counted: number; required: number; ruleLabel: string };
  candidacies: { followUps: { overdue: boolean }[] }[];
  convention: {
    status: ConventionStatus;
    plannedSignatureDate: string | null;
    signedAt: string | null;
    signatories: { required: boolean; signed: boolean; withdrawnAt: string | null }[];
    planning: BoardPlanningItem[];
  } | null;
  closure: { attestationIssuedAt: string | null; bonusRequestedAt: string | null; bonusAcknowledgedAt: string | null; bonusPaidAt: string | null; closedAt: string | null } | null;
}

export interface BoardOperation {
  id: string;
  title: string;
  status: OperationStatus;
  department: string;
  procurementRoute: ProcurementRoute;
  programme: { name: string; rules: { hasPartnershipConvention: boolean; paysCompletionBonus: boolean } } | null;
  steps: { number: number; label: string; status: StepStatus }[];
  purchaseOrders: { status: string }[];
  trainingSessions: BoardSession[];
}

interface Answer {
  today: string;
  operations: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: BoardOperation[] };
}

/** Every operation the viewer sees, page after page, with the platform's day they were read on. */
export async function boardOperations(schema: GraphQLSchema, ctx: AuthenticatedContext): Promise<{ today: string; operations: BoardOperation[] }> {
  const operations: BoardOperation[] = [];
  let after: string | null = null;
  let today = ctx.clock.today();
  for (;;) {
    const answer: Answer = await queryAsViewer<Answer>(schema, ctx, OPERATIONS, { after });
    today = answer.today;
    operations.push(...answer.operations.nodes);
    if (!answer.operations.pageInfo.hasNextPage) return { today, operations };
    after = answer.operations.pageInfo.endCursor;
  }
}
