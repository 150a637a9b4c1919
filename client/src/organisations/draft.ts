import type { GroupementRole, OrganisationFields, OrganisationKind } from "../../generated/gql/graphql";
import { needsGroupementLead } from "./kinds";

/** An organisation's details as a form holds them (empty strings for what is not chosen yet). */
export interface OrganisationDraft {
  kind: OrganisationKind | "";
  name: string;
  siret: string;
  department: string;
  city: string;
  isSiae: boolean;
  groupementRole: GroupementRole | "";
  groupementLeadId: string;
}

export const EMPTY_DRAFT: OrganisationDraft = { kind: "", name: "", siret: "", department: "", city: "", isSiae: false, groupementRole: "", groupementLeadId: "" };

interface SavedOrganisation {
  kind: OrganisationKind;
  name: string;
  siret?: string | null;
  department: string;
  city: string;
  isSiae: boolean;
  groupementRole?: GroupementRole | null;
  groupementLeadId?: string | null;
}

export function draftOf(organisation: SavedOrganisation): OrganisationDraft {
  return {
    kind: organisation.kind,
    name: organisation.name,
    siret: organisation.siret ?? "",
    department: organisation.department,
    city: organisation.city,
    isSiae: organisation.isSiae,
    groupementRole: organisation.groupementRole ?? "",
    groupementLeadId: organisation.groupementLeadId ?? "",
  };
}

/** The input the server takes: only what fits the kind (SIAE for employers, groupement for training organisations). */
export function fieldsOf(draft: OrganisationDraft): OrganisationFields {
  const groupementRole = draft.kind === "TRAINING_ORGANISATION" && draft.groupementRole ? draft.groupementRole : null;
  return {
    name: draft.name.trim(),
    siret: draft.siret.replace(/\s/g, "") || null,
    department: draft.department.trim().toUpperCase(),
    city: draft.city.trim(),
    isSiae: draft.kind === "COMPANY" && draft.isSiae,
    groupementRole,
    groupementLeadId: needsGroupementLead(groupementRole) ? draft.groupementLeadId || null : null,
  };
}

/** The rule the server gave for a field, whether the field sits at the input's top (`siret`) or inside it (`organisation.siret`). */
export function ruleAt(byField: Record<string, string>, field: keyof OrganisationDraft): string | undefined {
  return byField[field] ?? byField[`organisation.${field}`];
}

/** The fields a fieldset shows beside their control; any other rule is shown with the form's messages. */
export const DRAFT_FIELDS = ["kind", "name", "siret", "department", "city", "isSiae", "groupementRole", "groupementLeadId"].flatMap((f) => [f, `organisation.${f}`]);
