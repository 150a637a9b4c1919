import type { OrganisationKind } from "../../generated/gql/graphql";
import { Check } from "../ui/Check";
import type { ServerErrors } from "../ui/errors";
import { Field } from "../ui/Field";
import { GROUPEMENT_ROLE_LABELS, KIND_LABELS } from "../ui/labels";
import { ruleAt, type OrganisationDraft } from "./draft";
import { GroupementLeadSelect } from "./GroupementLeadSelect";
import { GROUPEMENT_ROLES, isGroupementRole, isOrganisationKind, needsGroupementLead } from "./kinds";

interface OrganisationFieldsetProps {
  draft: OrganisationDraft;
  onChange: (draft: OrganisationDraft) => void;
  errors: ServerErrors;
  /** the kinds to choose from; left out when the kind is fixed (an existing organisation) */
  kinds?: OrganisationKind[];
  /** a client-side rule for the kind (not chosen yet) */
  kindError?: string;
  /** the organisation being edited: not its own mandataire */
  selfId?: string;
}

/** An organisation's details: kind, raison sociale, SIRET, place; SIAE for employers, groupement for training organisations. */
export function OrganisationFieldset({ draft, onChange, errors, kinds, kindError, selfId }: OrganisationFieldsetProps) {
  const set = (patch: Partial<OrganisationDraft>) => onChange({ ...draft, ...patch });
  const at = (field: keyof OrganisationDraft) => ruleAt(errors.byField, field);
  return (
    <div className="form-grid">
      {kinds && (
        <Field label="Type d'organisation" error={kindError ?? at("kind")}>
          {(props) => (
            <select {...props} value={draft.kind} onChange={(e) => set({ kind: isOrganisationKind(e.target.value) ? e.target.value : "" })} required>
              <option value="">Choisir…</option>
              {kinds.map((kind) => <option key={kind} value={kind}>{KIND_LABELS[kind]}</option>)}
            </select>
          )}
        </Field>
      )}
      <Field label="Raison sociale" error={at("name")}>
        {(props) => <input {...props} value={draft.name} onChange={(e) => set({ name: e.target.value })} required maxLength={200} autoComplete="organization" />}
      </Field>
      <Field label="SIRET" hint="14 chiffres&nbsp;; obligatoire pour une entreprise ou un organisme de formation." error={at("siret")}>
        {(props) => <input {...props} value={draft.siret} onChange={(e) => set({ siret: e.target.value })} inputMode="numeric" maxLength={17} />}
      </Field>
      <Field label="Département" hint="Numéro, par exemple 45." error={at("department")}>
        {(props) => <input {...props} value={draft.department} onChange={(e) => set({ department: e.target.value })} required maxLength={3} />}
      </Field>
      <Field label="Commune" error={at("city")}>
        {(props) => <input {...props} value={draft.city} onChange={(e) => set({ city: e.target.value })} required maxLength={100} />}
      </Field>
      {draft.kind === "COMPANY" && (
        <Check
          label="Structure d'insertion (SIAE)"
          checked={draft.isSiae}
          onChange={(isSiae) => set({ isSiae })}
          hint="Structure d'insertion par l'activité économique&nbsp;: une session «&nbsp;1 emploi = 1 formation&nbsp;» ne peut pas mener à un emploi chez elle."
          error={at("isSiae")}
        />
      )}
      {draft.kind === "TRAINING_ORGANISATION" && (
        <Field label="Place dans le groupement" error={at("groupementRole")}>
          {(props) => (
            <select {...props} value={draft.groupementRole} onChange={(e) => set({ groupementRole: isGroupementRole(e.target.value) ? e.target.value : "", groupementLeadId: "" })}>
              <option value="">Hors groupement</option>
              {GROUPEMENT_ROLES.map((role) => <option key={role} value={role}>{GROUPEMENT_ROLE_LABELS[role]}</option>)}
            </select>
          )}
        </Field>
      )}
      {draft.kind === "TRAINING_ORGANISATION" && needsGroupementLead(draft.groupementRole) && (
        <GroupementLeadSelect value={draft.groupementLeadId} onChange={(groupementLeadId) => set({ groupementLeadId })} error={at("groupementLeadId")} selfId={selfId} />
      )}
    </div>
  );
}
