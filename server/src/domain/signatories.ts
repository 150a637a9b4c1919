import { OrganisationKind } from "./kinds.js";
import type { ProgrammeRules } from "./programme-rules.js";

/**
 * Who signs the convention: every partner that took an active part signs, and the programme
 * requires at least one partner of each of its signatory kinds.
 */

export interface TeamPartner {
  organisationId: string;
  kind: OrganisationKind;
}

/** Signing order on the convention. */
const SIGNING_ORDER: readonly OrganisationKind[] = [
  OrganisationKind.TRAINING_ORGANISATION,
  OrganisationKind.MISSION_LOCALE,
  OrganisationKind.FRANCE_TRAVAIL,
  OrganisationKind.COMPANY,
  OrganisationKind.REGION,
];

/** Every active partner once, in signing order (team order within a kind). */
export function requiredSignatories(
  rules: ProgrammeRules,
  activeTeam: TeamPartner[],
): { organisationId: string; kind: OrganisationKind; required: boolean }[] {
  const byOrganisation = new Map(activeTeam.map((partner) => [partner.organisationId, partner]));
  return [...byOrganisation.values()]
    .sort((a, b) => SIGNING_ORDER.indexOf(a.kind) - SIGNING_ORDER.indexOf(b.kind))
    .map(({ organisationId, kind }) => ({ organisationId, kind, required: rules.requiredSignatoryKinds.includes(kind) }));
}

/** Required kinds with no partner on the team: the convention cannot be drafted until they join. */
export function missingSignatoryKinds(rules: ProgrammeRules, activeTeam: TeamPartner[]): OrganisationKind[] {
  const present = new Set(activeTeam.map((partner) => partner.kind));
  return SIGNING_ORDER.filter((kind) => rules.requiredSignatoryKinds.includes(kind) && !present.has(kind));
}
