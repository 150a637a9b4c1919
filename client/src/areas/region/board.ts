import type { RegionBoardQuery } from "../../../generated/gql/graphql";

export type BoardOperation = RegionBoardQuery["operations"]["nodes"][number];
export type BoardSession = BoardOperation["trainingSessions"][number];
export type PlanningItem = NonNullable<BoardSession["convention"]>["planning"][number];

/** How many days ahead a deadline counts as « bientôt ». */
export const SOON_DAYS = 14;

/** A calendar date "YYYY-MM-DD" moved by whole calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The step in progress: the first one neither done nor without object. */
export function currentStep(operation: BoardOperation): BoardOperation["steps"][number] | null {
  return [...operation.steps]
    .sort((a, b) => a.number - b.number)
    .find((s) => s.status !== "DONE" && s.status !== "NOT_APPLICABLE") ?? null;
}

export interface Deadline {
  sessionTitle: string;
  item: PlanningItem;
  kind: "late" | "soon";
}

/** Late planning steps, then the ones not done that fall within SOON_DAYS, soonest first. */
export function deadlines(operation: BoardOperation, today: string): Deadline[] {
  const horizon = addDays(today, SOON_DAYS);
  const result: Deadline[] = [];
  for (const session of operation.trainingSessions) {
    for (const item of session.convention?.planning ?? []) {
      if (item.late) result.push({ sessionTitle: session.title, item, kind: "late" });
      else if (!item.doneAt && item.dueDate && item.dueDate >= today && item.dueDate <= horizon) {
        result.push({ sessionTitle: session.title, item, kind: "soon" });
      }
    }
  }
  const rank = (d: Deadline) => (d.kind === "late" ? 0 : 1);
  return result.sort((a, b) => rank(a) - rank(b) || (a.item.dueDate ?? "").localeCompare(b.item.dueDate ?? "") || a.sessionTitle.localeCompare(b.sessionTitle, "fr"));
}

/** Required signatories that have not signed the convention's current version. */
export function missingSignatures(session: BoardSession): number | null {
  if (!session.convention) return null;
  return session.convention.signatories.filter((s) => s.required && !s.signed && !s.withdrawnAt).length;
}

/** The operation's steps, in the order of its programme's process. */
export function orderedSteps(operation: BoardOperation): BoardOperation["steps"] {
  return [...operation.steps].sort((a, b) => a.number - b.number);
}

/** Purchase orders still waiting for the chef de pôle or the cheffe de service. */
export function purchaseOrdersToValidate(operation: BoardOperation): number {
  return operation.purchaseOrders.filter((p) => p.status === "QUEUED" || p.status === "VALIDATED_BY_HEAD_OF_UNIT").length;
}

/** Something is late: a signature planning step or an employment follow-up. */
export function hasDelay(operation: BoardOperation): boolean {
  return operation.overdueFollowUpCount > 0
    || operation.trainingSessions.some((s) => s.convention?.planning.some((p) => p.late) ?? false);
}

/** Lower case, without accents, for a forgiving search. */
export function normalise(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
}

export interface BoardFilters {
  programme: string;
  status: "" | "OPEN" | "CLOSED";
  lateOnly: boolean;
  search: string;
}

export const NO_FILTERS: BoardFilters = { programme: "", status: "", lateOnly: false, search: "" };

export function matches(operation: BoardOperation, filters: BoardFilters): boolean {
  if (filters.programme && operation.programme?.code !== filters.programme) return false;
  if (filters.status && operation.status !== filters.status) return false;
  if (filters.lateOnly && !hasDelay(operation)) return false;
  const query = normalise(filters.search);
  if (query) {
    const haystack = normalise([operation.title, operation.programme?.name ?? "", operation.department, ...operation.trainingSessions.map((s) => s.title)].join(" "));
    if (!haystack.includes(query)) return false;
  }
  return true;
}

/** Programmes seen among the operations, by name. */
export function programmesOf(operations: BoardOperation[]): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const op of operations) if (op.programme) seen.set(op.programme.code, op.programme.name);
  return [...seen].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, "fr"));
}
