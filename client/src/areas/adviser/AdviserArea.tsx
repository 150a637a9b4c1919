import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import type { ViewerInfo } from "../../shell/AppShell";
import { KIND_LABELS } from "../../ui/labels";
import { QueryState } from "../../ui/states";
import { CandidateFollowUp } from "./CandidateFollowUp";
import { ADVISER_CANDIDATES, ADVISER_SESSIONS } from "./documents";
import { OpenSessions, type AdviserSession } from "./OpenSessions";
import { ProposeCandidateForm } from "./ProposeCandidateForm";
import "./adviser.css";

/**
 * Mission Locale and France Travail (prescripteurs): sessions open to proposals, proposing a
 * candidate, and following each of the organisation's own candidates along the path. Candidates
 * proposed by other advisers appear only in the sessions' counts (the API enforces it).
 */
export function AdviserArea({ viewer }: { viewer: ViewerInfo }) {
  const sessionsQuery = useQuery(ADVISER_SESSIONS);
  const candidatesQuery = useQuery(ADVISER_CANDIDATES);
  const franceTravail = viewer.kind === "FRANCE_TRAVAIL";

  const openSessions = useMemo<AdviserSession[]>(() => {
    // the platform's today, not the browser's: every date rule is the server's
    const today = sessionsQuery.data?.today ?? "";
    return (sessionsQuery.data?.trainingSessions.nodes ?? [])
      .filter((s) => !s.groupConstitutedAt && s.startDate >= today && s.operation?.status !== "CLOSED")
      .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title, "fr"));
  }, [sessionsQuery.data]);

  // how many of each session's candidacies come from this organisation
  const ownCountBySession = useMemo(() => {
    const counts = new Map<string, number>();
    for (const candidate of candidatesQuery.data?.candidates.nodes ?? []) {
      for (const candidacy of candidate.candidacies) {
        const id = candidacy.trainingSession?.id;
        if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    return counts;
  }, [candidatesQuery.data]);

  return (
    <div className="adviser">
      <h1>Mes candidats</h1>
      <p className="adviser-lead">
        {viewer.organisation.name} · {KIND_LABELS[viewer.kind]}. Vous voyez en détail les candidats proposés par votre structure ;
        ceux des autres prescripteurs n'apparaissent que dans les totaux.
      </p>

      {/* not a named region: its name would also answer to the form's « Session » label */}
      <section className="panel">
        <h2 id="adviser-sessions-title">Sessions ouvertes aux propositions</h2>
        <QueryState
          loading={sessionsQuery.loading}
          error={sessionsQuery.error}
          data={sessionsQuery.data}
          empty={() => (openSessions.length ? null : "Aucune session n'est ouverte aux propositions pour le moment (groupe déjà constitué ou session commencée).")}
        >
          {() => <OpenSessions sessions={openSessions} ownCountBySession={ownCountBySession} />}
        </QueryState>
      </section>

      <section className="panel" aria-labelledby="adviser-propose-title">
        <h2 id="adviser-propose-title">Proposer un candidat</h2>
        <QueryState
          loading={sessionsQuery.loading}
          error={sessionsQuery.error}
          data={sessionsQuery.data}
          empty={() => (openSessions.length ? null : "Aucune session n'accepte de proposition pour le moment.")}
        >
          {() => <ProposeCandidateForm sessions={openSessions} />}
        </QueryState>
      </section>

      <section className="panel" aria-labelledby="adviser-follow-title">
        <h2 id="adviser-follow-title">Suivi de mes candidats</h2>
        <QueryState
          loading={candidatesQuery.loading}
          error={candidatesQuery.error}
          data={candidatesQuery.data}
          empty={(d) => (d.candidates.nodes.length ? null : "Votre structure n'a encore proposé aucun candidat.")}
        >
          {(d) => (
            <>
              {d.candidates.totalCount > d.candidates.nodes.length && (
                <p className="state state--warn">Les {d.candidates.nodes.length} premiers candidats sur {d.candidates.totalCount} sont affichés.</p>
              )}
              <CandidateFollowUp candidates={d.candidates.nodes} franceTravail={franceTravail} />
            </>
          )}
        </QueryState>
      </section>
    </div>
  );
}
