import { OrganisationKind } from "./kinds.js";
import { MeetingKind } from "./vocabulary.js";

export interface MeetingKindRule {
  /** without article: « pas de comité de pilotage » */
  label: string;
  /** with its article: « le comité de pilotage » */
  the: string;
  feminine: boolean;
  organisedBy: OrganisationKind[];
}

/** The dated meetings of an operation: what users call them and who organises them (seeds 000, 001, 002). */
export const MEETING_KINDS: Record<MeetingKind, MeetingKindRule> = {
  PREPARATORY_MEETING: { label: "réunion préparatoire", the: "la réunion préparatoire", feminine: true, organisedBy: [OrganisationKind.TRAINING_ORGANISATION] },
  INFORMATION_SESSION: { label: "réunion d'information collective", the: "la réunion d'information collective", feminine: true, organisedBy: [OrganisationKind.TRAINING_ORGANISATION] },
  STEERING_COMMITTEE: { label: "comité de pilotage", the: "le comité de pilotage", feminine: false, organisedBy: [OrganisationKind.REGION] },
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** « Le comité de pilotage est organisé par », « La réunion préparatoire est prévue le » */
export function meetingSentence(kind: MeetingKind, participle: string): string {
  const rule = MEETING_KINDS[kind];
  return `${capitalise(rule.the)} est ${participle}${rule.feminine ? "e" : ""}`;
}
