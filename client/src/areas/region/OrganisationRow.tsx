import { graphql } from "../../../generated/gql";
import { InviteForm } from "../../people/InviteForm";
import { PendingInvitations } from "../../people/PendingInvitations";
import { ActionButton } from "../../ui/ActionButton";
import { Disclosure } from "../../ui/Disclosure";
import { frenchInstant, GROUPEMENT_ROLE_LABELS, KIND_LABELS } from "../../ui/labels";
import { ReasonDisclosure } from "../../ui/ReasonDisclosure";
import { Badge } from "../../ui/states";
import { EditOrganisationForm } from "./EditOrganisationForm";
import type { TerritoryOrganisation } from "./organisations";

const DEACTIVATE = graphql(`
  mutation DeactivateOrganisation($input: DeactivateOrganisationInput!) {
    deactivateOrganisation(input: $input) { id deactivatedAt viewerMayInvite }
  }
`);

const REACTIVATE = graphql(`
  mutation ReactivateOrganisation($id: ID!) {
    reactivateOrganisation(id: $id) { id deactivatedAt viewerMayInvite }
  }
`);

/** One organisation of the territory, with the Region's actions on it. */
export function OrganisationRow({ organisation }: { organisation: TerritoryOrganisation }) {
  const isRegion = organisation.kind === "REGION";
  return (
    <tr>
      <th scope="row">
        {organisation.name}
        {organisation.isSiae && <> <Badge tone="warn">SIAE</Badge></>}
        {organisation.groupementRole && (
          <span className="region-muted organisation-groupement">
            {GROUPEMENT_ROLE_LABELS[organisation.groupementRole]}{organisation.groupementLead ? ` de ${organisation.groupementLead.name}` : " du groupement"}
          </span>
        )}
      </th>
      <td>{KIND_LABELS[organisation.kind]}</td>
      <td className="region-nowrap">{organisation.siret ?? "—"}</td>
      <td>{organisation.city} ({organisation.department})</td>
      <td>
        {organisation.deactivatedAt
          ? <Badge tone="bad">Désactivée le {frenchInstant(organisation.deactivatedAt)}</Badge>
          : <Badge tone="good">Active</Badge>}
      </td>
      <td>
        <div className="organisation-actions">
          <Disclosure label="Modifier">
            <EditOrganisationForm organisation={organisation} />
          </Disclosure>
          {!isRegion && (organisation.deactivatedAt ? (
            <ActionButton mutation={REACTIVATE} variables={{ id: organisation.id }} label="Réactiver" busyLabel="Réactivation…" tone="secondary" />
          ) : (
            <ReasonDisclosure
              label="Désactiver"
              reasonLabel="Motif de la désactivation"
              submitLabel="Confirmer la désactivation"
              mutation={DEACTIVATE}
              variables={(reason) => ({ input: { organisationId: organisation.id, reason } })}
            />
          ))}
          {organisation.viewerMayInvite && (
            <InviteForm organisation={organisation}>
              <PendingInvitations organisationId={organisation.id} level={4} />
            </InviteForm>
          )}
        </div>
      </td>
    </tr>
  );
}
