import type { ProgrammeRules, ThresholdRow } from "./programme-rules.js";
import { PlaceKind } from "./vocabulary.js";

/**
 * Whether a session has enough trainees paired with a company to run under its programme.
 *
 * DEFI (threshold table): the table is the rule for the sizes it lists. Outside it we chose:
 * - fewer funded places than its smallest row: every funded place must be engaged (100 %),
 *   as the process sheet expects for small sessions;
 * - more funded places than its largest row: at least `minimumEngagedShareOutsideTable` (70 %)
 *   of funded places, rounded up, and never fewer than the largest row requires (16 → 12);
 * - a size missing between two rows (not the case for DEFI): the row just below applies;
 * - no funded place: the session cannot qualify.
 * Each trainee holds a funded or an extra place (chosen at admission). Trainees on funded places
 * count whatever their job; trainees on extra places beyond Region funding count only when their
 * job is durable (seed 000). Never more than the places there are.
 *
 * 1 emploi = 1 formation (minimum group): 5 trainees on Region-funded places (the group may then
 * be completed with trainees outside Region funding), 1 when the training organisation accepts a
 * smaller group or runs a permanent entry/exit platform.
 */

export interface PairedTrainee {
  durableJob: boolean;
  /** the place the trainee holds (chosen at admission) */
  place: PlaceKind;
}

export interface QualificationInput {
  rules: ProgrammeRules;
  programmeName: string;
  fundedPlaces: number;
  extraPlaces: number;
  /** trainees paired with a company's hiring intention (active pairings) */
  pairedTrainees: PairedTrainee[];
  /** 1E1F: the training organisation accepts a group under the minimum */
  smallerGroupAccepted: boolean;
  /** 1E1F: permanent entry/exit platform (1 trainee suffices) */
  permanentEntryExit: boolean;
}

export type QualificationRule =
  | "THRESHOLD_TABLE"
  | "ALL_PLACES_BELOW_TABLE"
  | "SHARE_ABOVE_TABLE"
  | "MINIMUM_GROUP"
  | "SMALLER_GROUP_ACCEPTED"
  | "PERMANENT_ENTRY_EXIT"
  | "NO_MINIMUM";

export interface Qualification {
  qualified: boolean;
  rule: QualificationRule;
  ruleLabel: string;
  required: number;
  counted: number;
  missing: number;
  explanation: string;
}

/** Minimum engaged trainees for a session of `fundedPlaces`, before any 1E1F exception. */
export function minimumEngaged(rules: ProgrammeRules, fundedPlaces: number): { required: number; rule: QualificationRule } {
  const table = sortedTable(rules);
  if (table.length === 0) {
    return rules.minimumGroupSize === null
      ? { required: 0, rule: "NO_MINIMUM" }
      : { required: rules.minimumGroupSize, rule: "MINIMUM_GROUP" };
  }
  if (fundedPlaces < 1) return { required: 0, rule: "ALL_PLACES_BELOW_TABLE" };
  const first = table[0];
  const last = table[table.length - 1];
  if (fundedPlaces < first.fundedPlaces) return { required: fundedPlaces, rule: "ALL_PLACES_BELOW_TABLE" };
  if (fundedPlaces > last.fundedPlaces) {
    const share = rules.minimumEngagedShareOutsideTable ?? 1;
    // the small epsilon keeps a float product such as 14.000000000000002 from rounding up to 15
    const required = Math.max(last.minimumEngaged, Math.ceil(share * fundedPlaces - 1e-9));
    return { required, rule: "SHARE_ABOVE_TABLE" };
  }
  const row = [...table].reverse().find((candidate) => candidate.fundedPlaces <= fundedPlaces) ?? first;
  return { required: row.minimumEngaged, rule: "THRESHOLD_TABLE" };
}

export function qualify(input: QualificationInput): Qualification {
  return input.rules.thresholdTable.length > 0 ? qualifyByTable(input) : qualifyByGroup(input);
}

function qualifyByTable(input: QualificationInput): Qualification {
  const { rules, fundedPlaces } = input;
  const word = input.rules.paysCompletionBonus ? "DEFI" : input.programmeName;
  const { required, rule } = minimumEngaged(rules, fundedPlaces);
  const counted = countedOnPlaces(input);
  const ruleLabel = tableRuleLabel(rule, rules, fundedPlaces, required, word);
  if (fundedPlaces < 1) {
    const explanation = `Session non qualifiée ${word} : aucune place financée par la Région`;
    return { qualified: false, rule, ruleLabel, required, counted, missing: 0, explanation };
  }
  const qualified = counted >= required;
  const paired = trainees(counted, "apparié");
  const places = placesFunded(fundedPlaces);
  const explanation = qualified
    ? `Session qualifiée ${word} : ${paired} pour ${required} requis (${places})`
    : `Session non qualifiée ${word} : ${paired} sur ${required} requis pour ${places}`;
  return { qualified, rule, ruleLabel, required, counted, missing: Math.max(0, required - counted), explanation };
}

/** Paired trainees on funded places, and those on extra places whose job is durable. */
function countedOnPlaces(input: QualificationInput): number {
  const onFunded = input.pairedTrainees.filter((t) => t.place === PlaceKind.FUNDED).length;
  const durableOnExtra = input.pairedTrainees.filter((t) => t.place === PlaceKind.EXTRA && t.durableJob).length;
  return Math.min(onFunded, Math.max(0, input.fundedPlaces)) + Math.min(durableOnExtra, Math.max(0, input.extraPlaces));
}

function qualifyByGroup(input: QualificationInput): Qualification {
  const { rule, required, ruleLabel } = groupRule(input);
  const counted = input.pairedTrainees.filter((t) => t.place === PlaceKind.FUNDED).length;
  const qualified = counted >= required && counted > 0;
  const paired = trainees(counted, "apparié");
  let explanation: string;
  if (rule === "NO_MINIMUM") {
    explanation = qualified ? `Groupe constitué : ${paired} (pas d'effectif minimum)` : `Groupe insuffisant (${input.programmeName}) : aucun stagiaire apparié`;
  } else {
    explanation = qualified
      ? `Groupe constitué : ${paired} pour ${required} requis`
      : `Groupe insuffisant (${input.programmeName}) : ${paired} sur ${required} requis`;
  }
  return { qualified, rule, ruleLabel, required, counted, missing: Math.max(0, required - counted), explanation };
}

function groupRule(input: QualificationInput): { rule: QualificationRule; required: number; ruleLabel: string } {
  const minimum = input.rules.minimumGroupSize;
  if (minimum === null) return { rule: "NO_MINIMUM", required: 0, ruleLabel: "Pas d'effectif minimum" };
  if (input.permanentEntryExit) {
    return { rule: "PERMANENT_ENTRY_EXIT", required: 1, ruleLabel: "Plateforme à entrées et sorties permanentes : 1 stagiaire suffit" };
  }
  if (input.smallerGroupAccepted) {
    return { rule: "SMALLER_GROUP_ACCEPTED", required: 1, ruleLabel: "Groupe réduit accepté par l'organisme de formation" };
  }
  return { rule: "MINIMUM_GROUP", required: minimum, ruleLabel: `Groupe minimum de ${trainees(minimum)}` };
}

function tableRuleLabel(rule: QualificationRule, rules: ProgrammeRules, fundedPlaces: number, required: number, word: string): string {
  const table = sortedTable(rules);
  switch (rule) {
    case "ALL_PLACES_BELOW_TABLE":
      return `Hors tableau : moins de ${table[0].fundedPlaces} places financées, toutes les places doivent être engagées (100 %)`;
    case "SHARE_ABOVE_TABLE":
      return `Hors tableau : au moins ${Math.round((rules.minimumEngagedShareOutsideTable ?? 1) * 100)} % des places financées engagées`;
    default:
      return `Tableau des seuils ${word} (${placesFunded(fundedPlaces)} → ${trainees(required)} ${word})`;
  }
}

function sortedTable(rules: ProgrammeRules): ThresholdRow[] {
  return [...rules.thresholdTable].sort((a, b) => a.fundedPlaces - b.fundedPlaces);
}

/** "1 stagiaire apparié", "6 stagiaires appariés" (0 and 1 are singular in French). */
function trainees(count: number, participle?: string): string {
  const plural = count > 1 ? "s" : "";
  return participle ? `${count} stagiaire${plural} ${participle}${plural}` : `${count} stagiaire${plural}`;
}

function placesFunded(count: number): string {
  return count > 1 ? `${count} places financées` : `${count} place financée`;
}
