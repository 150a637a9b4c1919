import { CANDIDACY_STATUS_LABELS, PLACE_LABELS, SELECTION_METHOD_LABELS } from "../../ui/labels";
import { Badge, Empty } from "../../ui/states";
import { CandidacyActions, placesLeft } from "./CandidacyActions";
import { CANDIDACY_TONES, FUNNEL_ORDER, fullName } from "./labels";
import { useSessionLocked } from "./lock";
import { CockpitSection, PerSession } from "./Section";
import type { CockpitCandidacy, CockpitSession } from "./types";

/** Recruitment per session: the funnel (all candidacies, counted) and the candidacies with their next moves. */
export function RecruitmentSection({ sessions }: { sessions: CockpitSession[] }) {
  return (
    <CockpitSection id="recrutement" title="Recrutement">
      <PerSession sessions={sessions}>
        {(session) => <SessionRecruitment session={session} />}
      </PerSession>
    </CockpitSection>
  );
}

function SessionRecruitment({ session }: { session: CockpitSession }) {
  const locked = useSessionLocked(session);
  const left = placesLeft(session);
  return (
    <>
      <Funnel counts={session.candidacyCounts} />
      <p className="cockpit-meta">
        Places libres : {Math.max(left.FUNDED, 0)} sur {session.fundedPlaces} financées par la Région
        {session.extraPlaces ? `, ${Math.max(left.EXTRA, 0)} sur ${session.extraPlaces} complémentaires` : ""}.
      </p>
      {session.candidacies.length === 0 ? (
        <Empty>Aucune candidature proposée pour cette session.</Empty>
      ) : (
        <ul className="cockpit-list" aria-label="Candidatures">
          {sortCandidacies(session.candidacies).map((candidacy) => <CandidacyItem key={candidacy.id} candidacy={candidacy} session={session} locked={locked} />)}
        </ul>
      )}
    </>
  );
}

function Funnel({ counts }: { counts: CockpitSession["candidacyCounts"] }) {
  const countOf = (status: string) => counts.byStatus.find((c) => c.status === status)?.count ?? 0;
  return (
    <>
      <p>{counts.total} candidature{counts.total > 1 ? "s" : ""} au total :</p>
      <ol className="cockpit-funnel" aria-label="Entonnoir de recrutement">
        {FUNNEL_ORDER.map((status, index) => (
          <li key={status} className={index > 3 ? "cockpit-funnel__exit" : undefined}>
            <span className="cockpit-count">{countOf(status)}</span>
            {CANDIDACY_STATUS_LABELS[status]}
          </li>
        ))}
      </ol>
    </>
  );
}

function sortCandidacies(candidacies: CockpitCandidacy[]): CockpitCandidacy[] {
  const rank = (status: string) => FUNNEL_ORDER.indexOf(status as (typeof FUNNEL_ORDER)[number]);
  return [...candidacies].sort((a, b) => rank(a.status) - rank(b.status) || fullName(a.candidate).localeCompare(fullName(b.candidate), "fr"));
}

function CandidacyItem({ candidacy, session, locked }: { candidacy: CockpitCandidacy; session: CockpitSession; locked: boolean }) {
  const { candidate } = candidacy;
  return (
    <li>
      <div className="cockpit-row">
        <strong>{fullName(candidate)}</strong>
        <Badge tone={CANDIDACY_TONES[candidacy.status] ?? "neutral"}>{CANDIDACY_STATUS_LABELS[candidacy.status] ?? candidacy.status}</Badge>
        {candidacy.selectionMethod && <span className="cockpit-meta">Sélection : {SELECTION_METHOD_LABELS[candidacy.selectionMethod]}</span>}
        {candidacy.place && (candidacy.status === "ADMITTED" || candidacy.status === "LEFT") && <span className="cockpit-meta">{PLACE_LABELS[candidacy.place]}</span>}
        {candidacy.pathReferent && <span className="cockpit-meta">Référent de parcours : {candidacy.pathReferent}</span>}
      </div>
      <div className="cockpit-row cockpit-meta">
        {candidate?.email && <a href={`mailto:${candidate.email}`}>{candidate.email}</a>}
        {candidate?.phone && <span>{candidate.phone}</span>}
        <span>Proposé par {candidacy.proposedBy?.name ?? "—"}</span>
        <span>
          Poste visé : {candidacy.hiringIntention ? `${candidacy.hiringIntention.jobTitle}${candidacy.hiringIntention.company ? ` (${candidacy.hiringIntention.company.name})` : ""}` : "aucun en particulier"}
        </span>
      </div>
      {candidacy.statusReason && <p className="cockpit-meta">Motif : {candidacy.statusReason}</p>}
      {candidacy.exitSolution && <p className="cockpit-meta">Solution trouvée : {candidacy.exitSolution}</p>}
      {!locked && <CandidacyActions candidacy={candidacy} session={session} />}
    </li>
  );
}
