import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import { DRAFT_FIELDS, EMPTY_DRAFT, fieldsOf, type OrganisationDraft } from "../../organisations/draft";
import { alreadyExists, existingOrganisationOf, withoutGeneral, type ExistingOrganisation } from "../../organisations/duplicate";
import { PARTNER_KINDS } from "../../organisations/kinds";
import { OrganisationFieldset } from "../../organisations/OrganisationFieldset";
import { ActionButton } from "../../ui/ActionButton";
import { FormMessages } from "../../ui/FormMessages";
import { useSubmit } from "../../ui/useSubmit";

const ADD_NEW = graphql(`
  mutation AddNewOrganisationToTeam($input: NewTeamPartnerInput!) {
    addNewOrganisationToTeam(input: $input) { id organisation { id name kind viewerMayInvite } }
  }
`);

const ADD_EXISTING = graphql(`
  mutation AddExistingOrganisationToTeam($input: TeamMemberInput!) {
    addTeamMember(input: $input) { id organisation { id name kind viewerMayInvite } }
  }
`);

/**
 * A partner not on Cordée yet joins the team: the training organisation creates it (the Region is
 * told), then invites its first person. A SIRET already known offers to add that organisation instead.
 */
export function NewTeamPartnerForm({ operationId }: { operationId: string }) {
  const [draft, setDraft] = useState<OrganisationDraft>(EMPTY_DRAFT);
  const [kindMissing, setKindMissing] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const { submit, loading, errors, error, done, clear } = useSubmit(ADD_NEW);
  const existing = existingOrganisationOf(error);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    setKindMissing(!draft.kind);
    setAdded(null);
    if (!draft.kind) return;
    if (await submit({ input: { operationId, organisation: { ...fieldsOf(draft), kind: draft.kind } } })) {
      setAdded(draft.name.trim());
      setDraft(EMPTY_DRAFT);
    }
  };
  const addedExisting = (organisation: ExistingOrganisation) => {
    clear();
    setAdded(organisation.name);
    setDraft(EMPTY_DRAFT);
  };
  return (
    <form onSubmit={add} noValidate aria-label="Ajouter une organisation absente de Cordée">
      <OrganisationFieldset draft={draft} onChange={setDraft} errors={errors} kinds={PARTNER_KINDS} kindError={kindMissing && !draft.kind ? "Choisissez le type d'organisation." : undefined} />
      {existing && (
        <div className="state state--error">
          <p role="alert">{alreadyExists(existing)}. Ajoutez-la à l'équipe projet plutôt que d'en créer une autre.</p>
          <ActionButton
            mutation={ADD_EXISTING}
            variables={{ input: { operationId, organisationId: existing.id } }}
            label={`Ajouter ${existing.name} à l'équipe projet`}
            busyLabel="Ajout…"
            tone="secondary"
            onDone={() => addedExisting(existing)}
          />
        </div>
      )}
      <FormMessages errors={withoutGeneral(errors, existing)} shownFields={DRAFT_FIELDS} />
      {added && (done || !error) && (
        <p className="state state--done" role="status">{added} a rejoint l'équipe projet. Invitez sa première personne depuis la liste de l'équipe.</p>
      )}
      <button type="submit" className="button button--primary" disabled={loading}>{loading ? "Ajout…" : "Ajouter à l'équipe projet"}</button>
    </form>
  );
}
