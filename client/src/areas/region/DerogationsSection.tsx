import { useQuery } from "@apollo/client/react";
import type { RegionHiringIntentionsQuery } from "../../../generated/gql/graphql";
import { QueryState } from "../../ui/states";
import { REGION_GRANT_DEROGATION, REGION_HIRING_INTENTIONS } from "./queries";
import { ReasonForm } from "./ReasonForm";

type Intention = RegionHiringIntentionsQuery["hiringIntentions"]["nodes"][number];

/** Short contracts still waiting for a derogation (programme that needs one, not withdrawn, operation still open). */
function waiting(intentions: Intention[]): Intention[] {
  return intentions.filter((i) => !i.durableEmployment && !i.derogationGrantedAt && i.status !== "WITHDRAWN" && i.operation?.status !== "CLOSED"
    && (i.operation?.programme?.rules.shortContractsNeedDerogation ?? false));
}

export function DerogationsSection() {
  const { data, loading, error } = useQuery(REGION_HIRING_INTENTIONS);
  return (
    <section aria-labelledby="region-derogations" className="panel">
      <h2 id="region-derogations">Dérogations</h2>
      <p className="region-muted">
        Un emploi court (moins de 6 mois) ne compte pour la session qu'avec une dérogation explicite de la Région.
      </p>
      <QueryState loading={loading} error={error} data={data} empty={(d) => (waiting(d.hiringIntentions.nodes).length ? null : "Aucune demande de dérogation en attente.")}>
        {(d) => (
          <ul className="region-items">
            {waiting(d.hiringIntentions.nodes).map((i) => (
              <li key={i.id} className="region-item">
                <div className="region-item__text">
                  <strong>{i.jobTitle}</strong>{i.company && <> — {i.company.name}</>}
                  <p className="region-muted">{i.operation?.title}</p>
                  <p>{i.durabilityExplanation}</p>
                </div>
                <ReasonForm
                  mutation={REGION_GRANT_DEROGATION}
                  variables={(reason) => ({ input: { id: i.id, reason } })}
                  label="Motif de la dérogation"
                  submitLabel="Accorder la dérogation"
                  context={`Dérogation pour le poste : ${i.jobTitle}`}
                />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
