import { useQuery } from "@apollo/client/react";
import { graphql } from "../../generated/gql";
import type { MyOrganisationQuery } from "../../generated/gql/graphql";
import { InviteForm } from "../people/InviteForm";
import { MembersTable } from "../people/MembersTable";
import { PendingInvitations } from "../people/PendingInvitations";
import type { ViewerInfo } from "../shell/AppShell";
import { GROUPEMENT_ROLE_LABELS, KIND_LABELS } from "../ui/labels";
import { QueryState } from "../ui/states";

const MY_ORGANISATION = graphql(`
  query MyOrganisation {
    viewer {
      user { id isAdmin }
      organisation {
        id
        name
        kind
        siret
        city
        department
        isSiae
        groupementRole
        groupementLead { id name }
        viewerMayInvite
        members(first: 100) {
          totalCount
          nodes { id firstName lastName email phone role isAdmin deactivatedAt }
        }
      }
    }
  }
`);

export type MyOrganisation = NonNullable<MyOrganisationQuery["viewer"]>["organisation"];

/** /organisation — the viewer's organisation, its members and, for its administrators, people management. */
export function OrganisationPage({ viewer }: { viewer: ViewerInfo }) {
  const { data, loading, error } = useQuery(MY_ORGANISATION);
  return (
    <div className="organisation">
      <QueryState loading={loading} error={error} data={data}>
        {(d) => (d.viewer ? <Organisation organisation={d.viewer.organisation} isAdmin={d.viewer.user.isAdmin} viewerId={viewer.user.id} /> : null)}
      </QueryState>
    </div>
  );
}

function Organisation({ organisation, isAdmin, viewerId }: { organisation: MyOrganisation; isAdmin: boolean; viewerId: string }) {
  const members = organisation.members;
  const admins = members.nodes.filter((m) => m.isAdmin && !m.deactivatedAt);
  return (
    <>
      <h1>{organisation.name}</h1>
      <dl className="facts">
        <div><dt>Type</dt><dd>{KIND_LABELS[organisation.kind]}{organisation.isSiae ? " · Structure d'insertion (SIAE)" : ""}</dd></div>
        {organisation.siret && <div><dt>SIRET</dt><dd>{organisation.siret}</dd></div>}
        <div><dt>Commune</dt><dd>{organisation.city} ({organisation.department})</dd></div>
        {organisation.groupementRole && (
          <div>
            <dt>Place dans le groupement</dt>
            <dd>{GROUPEMENT_ROLE_LABELS[organisation.groupementRole]}{organisation.groupementLead ? ` de ${organisation.groupementLead.name}` : ""}</dd>
          </div>
        )}
      </dl>
      <section className="panel" aria-labelledby="organisation-membres">
        <h2 id="organisation-membres">Membres</h2>
        <p className="muted">
          {members.totalCount} compte{members.totalCount > 1 ? "s" : ""}
          {members.totalCount > members.nodes.length ? `, dont les ${members.nodes.length} premiers par nom` : ""}.{" "}
          {isAdmin
            ? "Vous êtes administrateur\u00a0: vous invitez vos collègues, leur donnez un rôle et pouvez désactiver un compte."
            : `Les administrateurs de l'organisation (${admins.map((a) => `${a.firstName} ${a.lastName}`).join(", ") || "aucun"}) invitent les collègues et gèrent les comptes.`}
        </p>
        <MembersTable organisation={organisation} manage={isAdmin} viewerId={viewerId} />
      </section>
      {organisation.viewerMayInvite && (
        <section className="panel" aria-labelledby="organisation-inviter">
          <h2 id="organisation-inviter">Inviter des collègues</h2>
          <InviteForm organisation={organisation} />
          <PendingInvitations organisationId={organisation.id} />
        </section>
      )}
    </>
  );
}
