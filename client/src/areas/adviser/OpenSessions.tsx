import type { AdviserSessionsQuery } from "../../../generated/gql/graphql";
import { CANDIDACY_STATUS_LABELS, CONTRACT_LABELS, frenchDay } from "../../ui/labels";
import { Badge } from "../../ui/states";
import { PATH_STEPS, OFF_PATH_STATUSES, positionsLabel, proposedCount } from "./adviserLabels";

export type AdviserSession = AdviserSessionsQuery["trainingSessions"]["nodes"][number];

const STATUS_ORDER = [...PATH_STEPS, ...OFF_PATH_STATUSES];

/** Sessions still open to proposals: what is trained, when, where, for which jobs, how many candidates already. */
export function OpenSessions({ sessions, ownCountBySession }: { sessions: AdviserSession[]; ownCountBySession: Map<string, number> }) {
  return (
    <ul className="adviser-sessions">
      {sessions.map((session) => {
        const titleId = `adviser-session-${session.id}`;
        const byStatus = [...session.candidacyCounts.byStatus].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
        const own = ownCountBySession.get(session.id) ?? 0;
        return (
          <li key={session.id}>
            <article className="adviser-session" aria-labelledby={titleId}>
              <h3 id={titleId}>{session.title}</h3>
              <dl className="adviser-facts">
                <div><dt>Opération</dt><dd>{session.operation?.title ?? "—"}</dd></div>
                <div><dt>Dates</dt><dd>du {frenchDay(session.startDate)} au {frenchDay(session.endDate)}</dd></div>
                <div><dt>Lieu</dt><dd>{session.location}</dd></div>
                <div><dt>Places financées</dt><dd>{session.fundedPlaces}</dd></div>
              </dl>
              <h4>Emplois proposés</h4>
              {session.hiringIntentions.length === 0 ? (
                <p className="state state--empty">Aucune intention d'embauche déposée pour cette session.</p>
              ) : (
                <ul className="adviser-jobs">
                  {session.hiringIntentions.map((job) => (
                    <li key={job.id}>
                      <strong>{job.jobTitle}</strong> — {job.company?.name ?? "Entreprise"} · {CONTRACT_LABELS[job.contractType] ?? job.contractType} · {positionsLabel(job.positions)}
                      {job.status === "WITHDRAWN" && <> <Badge tone="bad">Retirée par l'entreprise</Badge></>}
                    </li>
                  ))}
                </ul>
              )}
              <p className="adviser-counts">
                <strong>{proposedCount(session.candidacyCounts.total)} (tous prescripteurs)</strong>
                {own > 0 && <>, dont {own} par votre structure</>}
              </p>
              {byStatus.length > 0 && (
                <ul className="adviser-count-list" aria-label="Répartition par étape">
                  {byStatus.map((s) => (
                    <li key={s.status}>{CANDIDACY_STATUS_LABELS[s.status] ?? s.status} : {s.count}</li>
                  ))}
                </ul>
              )}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
