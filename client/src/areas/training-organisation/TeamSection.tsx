import { InviteForm } from "../../people/InviteForm";
import { PendingInvitations } from "../../people/PendingInvitations";
import { Disclosure } from "../../ui/Disclosure";
import { frenchDateTime, KIND_LABELS } from "../../ui/labels";
import { Badge, Empty } from "../../ui/states";
import { byKindThenName } from "./labels";
import { useOperationClosed } from "./lock";
import { NewTeamPartnerForm } from "./NewTeamPartnerForm";
import { CockpitSection } from "./Section";
import type { CockpitTeam } from "./types";

/**
 * The project team, past members kept with the date and reason they left. Each partner is a
 * region named « Équipe — <name> »; where the viewer may invite its people (an organisation the
 * training organisation brought in, while it has no administrator), its invitation form is there.
 */
export function TeamSection({ team, operationId, viewerOrganisationId }: { team: CockpitTeam; operationId: string; viewerOrganisationId: string }) {
  const closed = useOperationClosed();
  const sorted = [...team].sort((a, b) => Number(!!a.leftAt) - Number(!!b.leftAt) || byKindThenName(a.organisation, b.organisation));
  return (
    <CockpitSection id="equipe" title="Équipe projet">
      {sorted.length === 0 ? (
        <Empty>Aucun partenaire dans l'équipe projet.</Empty>
      ) : (
        <ul className="cockpit-list">
          {sorted.map((member) => {
            const organisation = member.organisation;
            const name = organisation?.name ?? "Organisation masquée";
            return (
              <li key={member.id}>
                <section aria-label={`Équipe — ${name}`}>
                  <div className="cockpit-row">
                    <strong>{name}</strong>
                    <span className="cockpit-meta">{organisation ? KIND_LABELS[organisation.kind] : ""}</span>
                    {member.isLead && <Badge tone="good">Chef de file (mandataire)</Badge>}
                    {member.leftAt && <Badge tone="bad">a quitté l'équipe</Badge>}
                  </div>
                  {member.leftAt && (
                    <p className="cockpit-meta">
                      Départ le {frenchDateTime(member.leftAt)}{member.leftReason ? ` : ${member.leftReason}` : ""}
                    </p>
                  )}
                  {organisation?.viewerMayInvite && !member.leftAt && !closed && (
                    <div className="cockpit-invite">
                      {organisation.id === viewerOrganisationId ? (
                        // the viewer's own colleagues are managed on /organisation: their invitations stay folded here
                        <InviteForm organisation={organisation}>
                          <PendingInvitations organisationId={organisation.id} level={3} />
                        </InviteForm>
                      ) : (
                        <>
                          <InviteForm organisation={organisation} />
                          <PendingInvitations organisationId={organisation.id} level={3} />
                        </>
                      )}
                    </div>
                  )}
                </section>
              </li>
            );
          })}
        </ul>
      )}
      {!closed && (
        <div className="cockpit-actions">
          <Disclosure label="Ajouter une organisation absente de Cordée">
            <NewTeamPartnerForm operationId={operationId} />
          </Disclosure>
        </div>
      )}
    </CockpitSection>
  );
}
