import { frenchDateTime, KIND_LABELS } from "../../ui/labels";
import { Badge, Empty } from "../../ui/states";
import { byKindThenName } from "./labels";
import { CockpitSection } from "./Section";
import type { CockpitOperation } from "./types";

/** The project team, past members kept with the date and reason they left. */
export function TeamSection({ team }: { team: CockpitOperation["team"] }) {
  const sorted = [...team].sort((a, b) => Number(!!a.leftAt) - Number(!!b.leftAt) || byKindThenName(a.organisation, b.organisation));
  return (
    <CockpitSection id="equipe" title="Équipe projet">
      {sorted.length === 0 ? (
        <Empty>Aucun partenaire dans l'équipe projet.</Empty>
      ) : (
        <ul className="cockpit-list">
          {sorted.map((member) => (
            <li key={member.id}>
              <div className="cockpit-row">
                <strong>{member.organisation?.name ?? "Organisation masquée"}</strong>
                <span className="cockpit-meta">{member.organisation ? KIND_LABELS[member.organisation.kind] : ""}</span>
                {member.isLead && <Badge tone="good">Chef de file (mandataire)</Badge>}
                {member.leftAt && <Badge tone="bad">a quitté l'équipe</Badge>}
              </div>
              {member.leftAt && (
                <p className="cockpit-meta">
                  Départ le {frenchDateTime(member.leftAt)}{member.leftReason ? ` : ${member.leftReason}` : ""}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </CockpitSection>
  );
}
