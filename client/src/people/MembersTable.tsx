import type { MyOrganisation } from "../organisations/OrganisationPage";
import { frenchInstant, MEMBER_ROLE_LABELS } from "../ui/labels";
import { Badge } from "../ui/states";
import { MemberActions } from "./MemberActions";

/** The organisation's people: name, e-mail, role, administrator, deactivated; each with its actions for an administrator. */
export function MembersTable({ organisation, manage, viewerId }: { organisation: MyOrganisation; manage: boolean; viewerId: string }) {
  return (
    <div className="table-scroll">
      <table className="members">
        <caption className="visually-hidden">Membres de {organisation.name}</caption>
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Adresse e-mail</th>
            <th scope="col">Rôle</th>
            <th scope="col">État</th>
            {manage && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {organisation.members.nodes.map((member) => (
            <tr key={member.id}>
              <th scope="row">
                {member.firstName} {member.lastName}
                {member.id === viewerId && <span className="muted"> (vous)</span>}
                {member.isAdmin && <> <Badge tone="good">Administrateur</Badge></>}
              </th>
              <td>{member.email}{member.phone && <span className="muted members__phone">{member.phone}</span>}</td>
              <td>{MEMBER_ROLE_LABELS[member.role]}</td>
              <td>{member.deactivatedAt ? <Badge tone="bad">Désactivé le {frenchInstant(member.deactivatedAt)}</Badge> : <Badge>Actif</Badge>}</td>
              {manage && (
                <td>
                  <MemberActions member={member} kind={organisation.kind} self={member.id === viewerId} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
