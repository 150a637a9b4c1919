import { ORGANISATION_KIND_LABELS } from "../kinds.js";
import { PERMISSIONS, type Action } from "../permissions.js";
import { MeetingKind, ReviewKind } from "../vocabulary.js";
import { STEP_PROGRESS, type OperationFacts, type StepProgressCode, type StepStatus } from "./progress.js";
import { REQUIREMENTS, type RequirementCode, type SessionFacts } from "./requirements.js";

/** Actions a process places in its steps: the guarded mutations, and the two state machines' moves. */
export type ProcessAction = Action | "moveCandidacy" | "movePurchaseOrder";

/** An action of a step, with what must hold first. */
export interface ActionRule {
  action: ProcessAction;
  requires?: RequirementCode[];
  /** still allowed once the session is closed (follow-ups, paying the bonus) */
  afterClosure?: boolean;
}

export interface ProcessStep {
  code: string;
  label: string;
  /** what ends the step, in the users' words */
  endsWhen: string;
  progress: StepProgressCode;
  actions: ActionRule[];
}

/**
 * A programme's process, as data: its steps in order, each with its actions (who may take them is
 * PERMISSIONS or the state machines), what each action requires first, and what ends the step.
 * An action no step lists is not part of the programme.
 */
export interface ProcessDefinition {
  steps: ProcessStep[];
  reviewKinds: ReviewKind[];
  meetingKinds: MeetingKind[];
  /** DEFI sessions are entered in EOS (number, DEFI flag); 1 emploi = 1 formation has no EOS step */
  usesEos: boolean;
  /** why an action absent from the process is refused, when there is more to say than its absence */
  absentBecause?: Partial<Record<ProcessAction, string>>;
}

export interface Refusal {
  code: string;
  message: string;
}

export function actionRule(process: ProcessDefinition, action: ProcessAction): ActionRule | undefined {
  for (const step of process.steps) {
    const rule = step.actions.find((a) => a.action === action);
    if (rule) return rule;
  }
  return undefined;
}

const labelOf = (action: ProcessAction): string =>
  action === "moveCandidacy" ? "faire avancer une candidature" : action === "movePurchaseOrder" ? "instruire un bon de commande" : PERMISSIONS[action].label;

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Whether the programme's process lets `action` happen for a session with these facts; null when it may. */
export function refusal(process: ProcessDefinition, programmeName: string, action: ProcessAction, facts: SessionFacts | null): Refusal | null {
  const rule = actionRule(process, action);
  if (!rule) {
    return { code: "NOT_IN_PROGRAMME", message: process.absentBecause?.[action] ?? `« ${capitalise(labelOf(action))} » ne fait pas partie du processus ${programmeName}.` };
  }
  if (!facts) return null;
  if (facts.sessionClosed && !rule.afterClosure) {
    return { code: "SESSION_CLOSED", message: `Session clôturée : on ne peut plus ${labelOf(action)}.` };
  }
  for (const code of rule.requires ?? []) {
    const requirement = REQUIREMENTS[code];
    if (!requirement.holds(facts)) return { code: requirement.code, message: `${capitalise(labelOf(action))} : ${requirement.explain(facts)}.` };
  }
  return null;
}

export interface StepView {
  number: number;
  code: string;
  label: string;
  endsWhen: string;
  status: StepStatus;
  /** who acts in this step, in the users' words */
  actors: string[];
}

/** The process's steps in order, each with its status on the operation's facts. */
export function processSteps(process: ProcessDefinition, facts: OperationFacts): StepView[] {
  return process.steps.map((step, i) => ({
    number: i + 1,
    code: step.code,
    label: step.label,
    endsWhen: step.endsWhen,
    status: STEP_PROGRESS[step.progress](facts),
    actors: [...new Set(step.actions.flatMap((a) => (a.action in PERMISSIONS ? PERMISSIONS[a.action as Action].kinds : [])))].map((k) => ORGANISATION_KIND_LABELS[k]),
  }));
}
