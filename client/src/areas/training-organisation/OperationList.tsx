import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { graphql } from "../../../generated/gql";
import { ExportLinks } from "../../documents/ExportLinks";
import type { ViewerInfo } from "../../shell/AppShell";
import { STEP_STATUS_LABELS } from "../../ui/labels";
import { Badge, QueryState } from "../../ui/states";
import { OPERATION_STATUS_LABELS } from "./labels";

const OPERATIONS = graphql(`
  query CockpitOperations {
    operations(first: 100) {
      totalCount
      nodes {
        id
        title
        status
        department
        programme { name }
        steps { code number label status }
      }
    }
  }
`);

export function OperationList({ viewer }: { viewer: ViewerInfo }) {
  const { data, loading, error } = useQuery(OPERATIONS);
  return (
    <div>
      <h1>Cockpit des opérations</h1>
      <p className="cockpit-lead">{viewer.organisation.name} : les opérations dont votre organisme est membre de l'équipe projet.</p>
      <ExportLinks name="trainees" title="Exporter mes stagiaires et suivis" hint="Vos stagiaires de toutes vos sessions : parcours, résultats au bilan, suivi à 3 et 6 mois." />
      <QueryState loading={loading} error={error} data={data} empty={(d) => (d.operations.nodes.length ? null : "Votre organisme ne fait partie d'aucune équipe projet pour le moment.")}>
        {(d) => (
          <ul className="cockpit-operations">
            {d.operations.nodes.map((operation) => {
              const done = operation.steps.filter((s) => s.status === "DONE").length;
              const current = operation.steps.find((s) => s.status === "IN_PROGRESS") ?? operation.steps.find((s) => s.status === "TODO");
              return (
                <li key={operation.id} className="panel">
                  <h2><Link to={`/cockpit/${operation.id}`}>{operation.title}</Link></h2>
                  <p className="cockpit-row cockpit-meta">
                    <span>{operation.programme?.name ?? "Programme inconnu"}</span>
                    <span>Département {operation.department}</span>
                    <Badge tone={operation.status === "OPEN" ? "good" : "neutral"}>{OPERATION_STATUS_LABELS[operation.status] ?? operation.status}</Badge>
                  </p>
                  <p className="cockpit-row">
                    <span>Étapes faites : {done} sur {operation.steps.length}</span>
                    {current && <span>Étape {current.number} — {current.label} : {STEP_STATUS_LABELS[current.status]}</span>}
                  </p>
                  <ol className="cockpit-progress" aria-label={`Avancement des étapes de ${operation.title}`}>
                    {operation.steps.map((step) => (
                      <li key={step.code} className={step.status === "DONE" ? "is-done" : step.status === "IN_PROGRESS" ? "is-progress" : undefined} title={`${step.number}. ${step.label} : ${STEP_STATUS_LABELS[step.status]}`}>
                        <span className="visually-hidden">{step.number}. {step.label} : {STEP_STATUS_LABELS[step.status]}</span>
                      </li>
                    ))}
                  </ol>
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
    </div>
  );
}
