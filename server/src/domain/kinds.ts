/** The five partner kinds of an operation's project team. */
export enum OrganisationKind {
  TRAINING_ORGANISATION = "TRAINING_ORGANISATION",
  MISSION_LOCALE = "MISSION_LOCALE",
  FRANCE_TRAVAIL = "FRANCE_TRAVAIL",
  COMPANY = "COMPANY",
  REGION = "REGION",
}

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  TRAINING_ORGANISATION: "Organisme de formation",
  MISSION_LOCALE: "Mission Locale",
  FRANCE_TRAVAIL: "France Travail",
  COMPANY: "Entreprise",
  REGION: "Région",
};

export const ADVISER_KINDS: readonly OrganisationKind[] = [
  OrganisationKind.MISSION_LOCALE,
  OrganisationKind.FRANCE_TRAVAIL,
];

/** A user's role inside its organisation; the Region's roles are named in the seeds. */
export enum MemberRole {
  MEMBER = "MEMBER",
  /** RTF, référent territorial formation */
  TERRITORIAL_REFERENT = "TERRITORIAL_REFERENT",
  /** chef de pôle: first validation of a purchase order */
  HEAD_OF_UNIT = "HEAD_OF_UNIT",
  /** cheffe de service: second validation of a purchase order */
  HEAD_OF_SERVICE = "HEAD_OF_SERVICE",
  /** cellule de gestion: acknowledges and pays the DEFI bonus */
  MANAGEMENT_UNIT = "MANAGEMENT_UNIT",
  /** gestionnaire (Pays de la Loire): follows sessions, attends intermediate and final reviews */
  SESSION_MANAGER = "SESSION_MANAGER",
  /** the elected representative who signs conventions for the Region (vice-président·e by delegation) */
  ELECTED_REPRESENTATIVE = "ELECTED_REPRESENTATIVE",
}

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  MEMBER: "Membre",
  TERRITORIAL_REFERENT: "Référent territorial formation (RTF)",
  HEAD_OF_UNIT: "Chef de pôle",
  HEAD_OF_SERVICE: "Cheffe de service",
  MANAGEMENT_UNIT: "Cellule de gestion",
  SESSION_MANAGER: "Gestionnaire",
  ELECTED_REPRESENTATIVE: "Élu·e signataire pour la Région",
};

export enum Territory {
  CENTRE_VAL_DE_LOIRE = "CENTRE_VAL_DE_LOIRE",
  PAYS_DE_LA_LOIRE = "PAYS_DE_LA_LOIRE",
}

/** A training organisation's place in a groupement (a group answering a market together). */
export enum GroupementRole {
  /** mandataire: the lead, to whom purchase orders go */
  LEAD = "LEAD",
  CO_CONTRACTOR = "CO_CONTRACTOR",
  SUBCONTRACTOR = "SUBCONTRACTOR",
}

export const GROUPEMENT_ROLE_LABELS: Record<GroupementRole, string> = {
  LEAD: "Mandataire",
  CO_CONTRACTOR: "Cotraitant",
  SUBCONTRACTOR: "Sous-traitant",
};

/** The roles a person may hold in an organisation of this kind: the Region's functions are its own. */
export function rolesOf(kind: OrganisationKind): MemberRole[] {
  return kind === OrganisationKind.REGION ? Object.values(MemberRole) : [MemberRole.MEMBER];
}
