import { useQuery } from "@apollo/client/react";
import { QueryState } from "../../ui/states";
import { COMPANY_INTENTIONS } from "./documents";
import { IntentionCard, type Intention } from "./IntentionCard";

/** Submitted ones first, newest first. */
function byRelevance(a: Intention, b: Intention): number {
  if (a.status !== b.status) return a.status === "SUBMITTED" ? -1 : 1;
  return b.receivedAt.localeCompare(a.receivedAt);
}

export function IntentionList() {
  const { data, loading, error } = useQuery(COMPANY_INTENTIONS);
  return (
    <QueryState
      loading={loading}
      error={error}
      data={data}
      empty={(d) => (d.hiringIntentions.nodes.length ? null : "Vous n'avez déposé aucune intention d'embauche. Utilisez le formulaire « Nouvelle intention d'embauche » ci-dessous.")}
    >
      {(d) => {
        const intentions = [...d.hiringIntentions.nodes].sort(byRelevance);
        const submitted = intentions.filter((i) => i.status === "SUBMITTED").length;
        return (
          <>
            <p className="company-muted">
              {submitted} intention{submitted > 1 ? "s" : ""} déposée{submitted > 1 ? "s" : ""}
              {intentions.length > submitted ? `, ${intentions.length - submitted} retirée${intentions.length - submitted > 1 ? "s" : ""}` : ""}
              {d.hiringIntentions.totalCount > intentions.length ? ` (${intentions.length} affichées sur ${d.hiringIntentions.totalCount})` : ""}.
            </p>
            {intentions.map((hi) => <IntentionCard key={hi.id} intention={hi} />)}
          </>
        );
      }}
    </QueryState>
  );
}
