import type { CompanyIntentionsQuery } from "../../../generated/gql/graphql";
import { ActionButton } from "../../ui/ActionButton";
import { CANDIDACY_STATUS_LABELS, frenchDateTime } from "../../ui/labels";
import { Badge, Empty } from "../../ui/states";
import { DECLINABLE_STATUSES, personName } from "./companyLabels";
import { DeclineCandidacy } from "./DeclineCandidacy";
import { COMPANY_VALIDATE_PROFILE } from "./documents";

type Candidacy = CompanyIntentionsQuery["hiringIntentions"]["nodes"][number]["candidacies"][number];

const STATUS_TONE: Record<string, "neutral" | "good" | "warn" | "bad"> = {
  ADMITTED: "good",
  SELECTION: "warn",
  DECLINED: "bad",
  WITHDRAWN: "bad",
  LEFT: "bad",
};

/** The candidates proposed for one job, with the employer's two actions on their path. */
export function CandidaciesTable({ candidacies, open }: { candidacies: Candidacy[]; open: boolean }) {
  if (!candidacies.length) return <Empty>Aucun candidat proposé pour ce poste pour le moment.</Empty>;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Candidat</th>
            <th scope="col">Étape du parcours</th>
            <th scope="col">Profil validé par l'employeur</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {candidacies.map((c) => {
            const name = personName(c.candidate);
            const canValidate = open && c.status === "SELECTION" && !c.profileValidatedByEmployerAt;
            const canDecline = open && DECLINABLE_STATUSES.has(c.status);
            return (
              <tr key={c.id}>
                <th scope="row">{name}</th>
                <td>
                  <Badge tone={STATUS_TONE[c.status] ?? "neutral"}>{CANDIDACY_STATUS_LABELS[c.status] ?? c.status}</Badge>
                  {c.statusReason && <p className="company-note">Motif : {c.statusReason}</p>}
                </td>
                <td>{c.profileValidatedByEmployerAt ? <>Oui, le {frenchDateTime(c.profileValidatedByEmployerAt)}</> : "Pas encore"}</td>
                <td>
                  <div className="company-buttons">
                    {canValidate && <ActionButton mutation={COMPANY_VALIDATE_PROFILE} variables={{ candidacyId: c.id }} label="Valider le profil" busyLabel="Validation…" />}
                    {canDecline && <DeclineCandidacy candidacyId={c.id} candidateName={name} />}
                    {!canValidate && !canDecline && <span className="company-muted">Aucune action</span>}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
