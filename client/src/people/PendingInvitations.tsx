import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { graphql } from "../../generated/gql";
import type { OrganisationInvitationsQuery } from "../../generated/gql/graphql";
import { ActionButton } from "../ui/ActionButton";
import { frenchInstant, INVITATION_STATUS_LABELS, MEMBER_ROLE_LABELS } from "../ui/labels";
import { Badge, Empty, QueryState } from "../ui/states";

export const INVITATIONS = graphql(`
  query OrganisationInvitations($id: ID!) {
    organisation(id: $id) {
      id
      invitations { id email firstName lastName role isAdmin expiresAt createdAt acceptedAt revokedAt }
    }
  }
`);

const REVOKE = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) { id revokedAt }
  }
`);

type Invitation = NonNullable<OrganisationInvitationsQuery["organisation"]>["invitations"][number];

/** An invitation's state, read from its dates as the server does. */
function statusOf(invitation: Invitation, now: number): "PENDING" | "ACCEPTED" | "EXPIRED" | "REVOKED" {
  if (invitation.acceptedAt) return "ACCEPTED";
  if (invitation.revokedAt) return "REVOKED";
  return new Date(invitation.expiresAt).getTime() <= now ? "EXPIRED" : "PENDING";
}

const TONES = { PENDING: "warn", ACCEPTED: "good", EXPIRED: "neutral", REVOKED: "bad" } as const;

function when(invitation: Invitation, status: ReturnType<typeof statusOf>): string {
  if (status === "REVOKED" && invitation.revokedAt) return `annulée le ${frenchInstant(invitation.revokedAt)}`;
  if (status === "EXPIRED") return `a expiré le ${frenchInstant(invitation.expiresAt)}`;
  return `valable jusqu'au ${frenchInstant(invitation.expiresAt)}`;
}

/** « Invitations en attente » of one organisation (expired and cancelled ones stay listed 30 days), each with « Annuler » while pending. */
export function PendingInvitations({ organisationId, level = 3 }: { organisationId: string; level?: 2 | 3 | 4 }) {
  const headingId = useId();
  const { data, loading, error } = useQuery(INVITATIONS, { variables: { id: organisationId } });
  const Heading = `h${level}` as const;
  const now = Date.now();
  return (
    <section aria-labelledby={headingId} className="invitations">
      <Heading id={headingId}>Invitations en attente</Heading>
      <QueryState loading={loading} error={error} data={data}>
        {(d) => {
          const invitations = (d.organisation?.invitations ?? []).filter((i) => !i.acceptedAt);
          if (!invitations.length) return <Empty>Aucune invitation en attente.</Empty>;
          return (
            <ul className="invitations__list">
              {invitations.map((invitation) => {
                const status = statusOf(invitation, now);
                return (
                  <li key={invitation.id} className="invitations__item">
                    <span>
                      <strong>{invitation.email}</strong> ({invitation.firstName} {invitation.lastName}) · {MEMBER_ROLE_LABELS[invitation.role]}
                      {invitation.isAdmin ? " · Administrateur" : ""}
                    </span>
                    <Badge tone={TONES[status]}>{INVITATION_STATUS_LABELS[status]}</Badge>
                    <span className="invitations__when">{when(invitation, status)}</span>
                    {status === "PENDING" && <ActionButton mutation={REVOKE} variables={{ id: invitation.id }} label="Annuler" busyLabel="Annulation…" tone="secondary" />}
                  </li>
                );
              })}
            </ul>
          );
        }}
      </QueryState>
    </section>
  );
}
