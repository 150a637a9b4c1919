import type { GroupementRole, MemberRole, OrganisationKind } from "../../generated/gql/graphql";

/** Every role, the Region's functions after the plain member (as the server's domain/kinds.ts lists them). */
const MEMBER_ROLES: MemberRole[] = ["MEMBER", "TERRITORIAL_REFERENT", "HEAD_OF_UNIT", "HEAD_OF_SERVICE", "MANAGEMENT_UNIT", "SESSION_MANAGER", "ELECTED_REPRESENTATIVE"];

/** The roles a person may hold in an organisation of this kind: the Region's functions are its own (mirrors the server's rolesOf). */
export const rolesOf = (kind: OrganisationKind): MemberRole[] => (kind === "REGION" ? MEMBER_ROLES : ["MEMBER"]);

/** Kinds an organisation can be created as: the Region is on Cordée from the start. */
export const PARTNER_KINDS: OrganisationKind[] = ["TRAINING_ORGANISATION", "MISSION_LOCALE", "FRANCE_TRAVAIL", "COMPANY"];

export const GROUPEMENT_ROLES: GroupementRole[] = ["LEAD", "CO_CONTRACTOR", "SUBCONTRACTOR"];

/** A cotraitant or sous-traitant names its mandataire. */
export const needsGroupementLead = (role: GroupementRole | "" | null | undefined): boolean => role === "CO_CONTRACTOR" || role === "SUBCONTRACTOR";

export const isOrganisationKind = (value: string): value is OrganisationKind =>
  value === "REGION" || (PARTNER_KINDS as string[]).includes(value);

export const isGroupementRole = (value: string): value is GroupementRole => (GROUPEMENT_ROLES as string[]).includes(value);

export const isMemberRole = (value: string): value is MemberRole => (MEMBER_ROLES as string[]).includes(value);
