import { useQuery } from "@apollo/client/react";
import type { CompanyReviewsQuery } from "../../../generated/gql/graphql";
import { CalendarLink } from "../../calendar/CalendarLink";
import { CANDIDACY_STATUS_LABELS, CERTIFICATION_LABELS, CONTRACT_LABELS, EMPLOYMENT_STATUS_LABELS, frenchDateTime, frenchDay, REVIEW_KIND_LABELS } from "../../ui/labels";
import { Badge, Empty, QueryState } from "../../ui/states";
import { personName, TRAINEE_STATUSES } from "./companyLabels";
import { COMPANY_REVIEWS } from "./documents";

type Session = CompanyReviewsQuery["operations"]["nodes"][number]["trainingSessions"][number];
type Review = Session["reviews"][number];
type Candidacy = Session["candidacies"][number];

/** The review (bilan) of each session and the 3- and 6-month follow-ups of the company's trainees. */
export function ReviewsSection() {
  const { data, loading, error } = useQuery(COMPANY_REVIEWS);
  return (
    <QueryState
      loading={loading}
      error={error}
      data={data}
      empty={(d) => (d.operations.nodes.some((o) => o.trainingSessions.length) ? null : "Aucune session de formation dans vos opérations : pas encore de bilan ni de suivi.")}
    >
      {(d) => (
        <div className="company-stack">
          {d.operations.nodes.flatMap((operation) =>
            operation.trainingSessions.map((session) => <SessionReview key={session.id} operationTitle={operation.title} session={session} />),
          )}
        </div>
      )}
    </QueryState>
  );
}

function SessionReview({ operationTitle, session }: { operationTitle: string; session: Session }) {
  const headingId = `bilan-${session.id}`;
  const trainees = session.candidacies.filter((c) => TRAINEE_STATUSES.has(c.status) || c.followUps.length > 0);
  return (
    <article className="company-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{session.title}</h3>
      <p className="company-muted">{operationTitle} · du {frenchDay(session.startDate)} au {frenchDay(session.endDate)}</p>
      <h4>Bilans</h4>
      {session.reviews.length
        ? session.reviews.map((review) => <ReviewBlock key={review.id} review={review} />)
        : <Empty>Le bilan de cette session n'est pas encore planifié.</Empty>}
      <h4>Suivi dans l'emploi de mes stagiaires</h4>
      {trainees.length
        ? <FollowUpTable trainees={trainees} />
        : <Empty>Aucun de vos candidats n'est encore entré en formation dans cette session.</Empty>}
    </article>
  );
}

function ReviewBlock({ review }: { review: Review }) {
  return (
    <div className="company-review">
      <p>
        {REVIEW_KIND_LABELS[review.kind] ?? "Bilan"} prévu le {frenchDateTime(review.scheduledAt)}
        {" · "}
        {review.heldAt ? <Badge tone="good">Tenu le {frenchDateTime(review.heldAt)}</Badge> : <Badge>Pas encore tenu</Badge>}
        {!review.heldAt && <> <CalendarLink href={review.calendarUrl} what={`${REVIEW_KIND_LABELS[review.kind] ?? "Bilan"} du ${frenchDateTime(review.scheduledAt)}`} /></>}
      </p>
      {review.heldAt || review.qualitativeNotes || review.strengths || review.areasToImprove ? (
        <dl className="company-facts">
          <div className="company-facts__wide"><dt>Aspects qualitatifs</dt><dd className="company-pre">{review.qualitativeNotes || "—"}</dd></div>
          <div><dt>Points forts</dt><dd className="company-pre">{review.strengths || "—"}</dd></div>
          <div><dt>Axes d'amélioration</dt><dd className="company-pre">{review.areasToImprove || "—"}</dd></div>
        </dl>
      ) : (
        <p className="company-muted">Le compte rendu sera visible ici une fois le bilan tenu.</p>
      )}
      {review.outcomes.length ? (
        <div className="table-scroll">
          <table>
            <caption className="company-caption">Résultats de vos stagiaires au bilan</caption>
            <thead>
              <tr>
                <th scope="col">Stagiaire</th>
                <th scope="col">Certification</th>
                <th scope="col">Contrat de travail</th>
                <th scope="col">Employeur</th>
                <th scope="col">Début du contrat</th>
              </tr>
            </thead>
            <tbody>
              {review.outcomes.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{personName(o.candidacy?.candidate)}</th>
                  <td>{CERTIFICATION_LABELS[o.certificationLevel] ?? o.certificationLevel}{o.certificationTitle ? ` — ${o.certificationTitle}` : ""}</td>
                  <td>{o.contractType ? CONTRACT_LABELS[o.contractType] ?? o.contractType : "Aucun pour le moment"}</td>
                  <td>{o.employer?.name ?? "—"}</td>
                  <td>{o.contractStartDate ? frenchDay(o.contractStartDate) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Empty>Aucun résultat de stagiaire enregistré à ce bilan.</Empty>
      )}
    </div>
  );
}

function FollowUpTable({ trainees }: { trainees: Candidacy[] }) {
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Stagiaire</th>
            <th scope="col">Échéance</th>
            <th scope="col">Transmis le</th>
            <th scope="col">Situation</th>
          </tr>
        </thead>
        <tbody>
          {trainees.flatMap((c) => {
            const name = personName(c.candidate);
            const status = `${CANDIDACY_STATUS_LABELS[c.status] ?? c.status}${c.hiringIntention ? ` · ${c.hiringIntention.jobTitle}` : ""}`;
            if (!c.followUps.length) {
              return [
                <tr key={c.id}>
                  <th scope="row">{name}<span className="company-note">{status}</span></th>
                  <td colSpan={3} className="company-muted">Suivi à 3 et 6 mois pas encore planifié.</td>
                </tr>,
              ];
            }
            const followUps = [...c.followUps].sort((a, b) => a.milestoneMonths - b.milestoneMonths);
            return followUps.map((f) => (
              <tr key={f.id}>
                <th scope="row">{name}<span className="company-note">{status}</span></th>
                <td>
                  Suivi à {f.milestoneMonths} mois : {frenchDay(f.dueDate)}
                  {f.overdue && <> <Badge tone="bad">En retard</Badge></>}
                </td>
                <td>{f.reportedAt ? frenchDateTime(f.reportedAt) : "Pas encore transmis"}</td>
                <td>
                  {f.employmentStatus ? EMPLOYMENT_STATUS_LABELS[f.employmentStatus] ?? f.employmentStatus : "—"}
                  {f.contractType && <> · {CONTRACT_LABELS[f.contractType] ?? f.contractType}</>}
                  {f.employerName && <> · {f.employerName}</>}
                </td>
              </tr>
            ));
          })}
        </tbody>
      </table>
    </div>
  );
}
