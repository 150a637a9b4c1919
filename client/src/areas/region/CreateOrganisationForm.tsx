import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import { DRAFT_FIELDS, EMPTY_DRAFT, fieldsOf, type OrganisationDraft } from "../../organisations/draft";
import { alreadyExists, existingOrganisationOf, withoutGeneral } from "../../organisations/duplicate";
import { PARTNER_KINDS } from "../../organisations/kinds";
import { OrganisationFieldset } from "../../organisations/OrganisationFieldset";
import { FormMessages } from "../../ui/FormMessages";
import { useSubmit } from "../../ui/useSubmit";

const CREATE = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) { id name kind }
  }
`);

/** The Region creates an organisation of its territory (one per SIRET). */
export function CreateOrganisationForm() {
  const [draft, setDraft] = useState<OrganisationDraft>(EMPTY_DRAFT);
  const [kindMissing, setKindMissing] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const { submit, loading, errors, error, done } = useSubmit(CREATE);
  const existing = existingOrganisationOf(error);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setKindMissing(!draft.kind);
    if (!draft.kind) return;
    if (await submit({ input: { ...fieldsOf(draft), kind: draft.kind } })) {
      setCreated(draft.name.trim());
      setDraft(EMPTY_DRAFT);
    }
  };
  return (
    <form onSubmit={save} noValidate aria-label="Créer une organisation">
      <OrganisationFieldset draft={draft} onChange={setDraft} errors={errors} kinds={PARTNER_KINDS} kindError={kindMissing && !draft.kind ? "Choisissez le type d'organisation." : undefined} />
      {existing && <p className="state state--error" role="alert">{alreadyExists(existing)}.</p>}
      <FormMessages errors={withoutGeneral(errors, existing)} shownFields={DRAFT_FIELDS} done={done} doneText={`Organisation créée\u00a0: ${created}. Invitez sa première personne depuis la liste.`} />
      <button type="submit" className="button button--primary" disabled={loading}>{loading ? "Création…" : "Créer l'organisation"}</button>
    </form>
  );
}
