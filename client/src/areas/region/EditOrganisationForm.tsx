import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import { DRAFT_FIELDS, draftOf, fieldsOf, type OrganisationDraft } from "../../organisations/draft";
import { alreadyExists, existingOrganisationOf, withoutGeneral } from "../../organisations/duplicate";
import { OrganisationFieldset } from "../../organisations/OrganisationFieldset";
import { FormMessages } from "../../ui/FormMessages";
import { useSubmit } from "../../ui/useSubmit";
import type { TerritoryOrganisation } from "./organisations";

const UPDATE = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: OrganisationFields!) {
    updateOrganisation(id: $id, input: $input) { id name siret city department isSiae groupementRole groupementLeadId groupementLead { id name } }
  }
`);

/** The Region corrects an organisation of its territory (its kind stays). */
export function EditOrganisationForm({ organisation }: { organisation: TerritoryOrganisation }) {
  const [draft, setDraft] = useState<OrganisationDraft>(() => draftOf(organisation));
  const { submit, loading, errors, error, done } = useSubmit(UPDATE);
  const existing = existingOrganisationOf(error);
  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit({ id: organisation.id, input: fieldsOf(draft) });
  };
  return (
    <form onSubmit={save} noValidate aria-label={`Modifier ${organisation.name}`}>
      <OrganisationFieldset draft={draft} onChange={setDraft} errors={errors} selfId={organisation.id} />
      {existing && <p className="state state--error" role="alert">{alreadyExists(existing)}.</p>}
      <FormMessages errors={withoutGeneral(errors, existing)} shownFields={DRAFT_FIELDS} done={done} doneText="Modifications enregistrées." />
      <button type="submit" className="button button--primary" disabled={loading}>{loading ? "Enregistrement…" : "Enregistrer"}</button>
    </form>
  );
}
