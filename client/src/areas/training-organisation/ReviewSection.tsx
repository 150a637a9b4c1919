import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import type { ReviewKind } from "../../../generated/gql/graphql";
import { CalendarLink } from "../../calendar/CalendarLink";
import { Field } from "../../ui/Field";
import { frenchDateTime, frenchDay, REVIEW_KIND_LABELS } from "../../ui/labels";
import { Badge, Empty } from "../../ui/states";
import { Attendees, partnerOptions, traineeOptions } from "./Attendees";
import { localDateTimeToIso } from "./labels";
import { useSessionLocked } from "./lock";
import { ReviewOutcomeForm } from "./ReviewOutcomeForm";
import { CockpitSection, PerSession } from "./Section";
import { activeTeam, type CockpitReview, type CockpitSession, type CockpitTeam } from "./types";
import { useSubmit } from "../../ui/useSubmit";
import { FormMessages } from "../../ui/FormMessages";

const SCHEDULE = graphql(`
  mutation CockpitScheduleReview($input: ScheduleReviewInput!) {
    scheduleReview(input: $input) { id kind scheduledAt }
  }
`);

const RECORD = graphql(`
  mutation CockpitRecordReview($input: RecordReviewInput!) {
    recordReview(input: $input) { id heldAt qualitativeNotes strengths areasToImprove attendingTraineeCount }
  }
`);

const newestFirst = (a: CockpitReview, b: CockpitReview) => b.scheduledAt.localeCompare(a.scheduledAt);

/**
 * The reviews (bilans) with the project team: intermediate ones during the training when the
 * programme has them (the Region's gestionnaires attend), and the final one from the session's
 * last day, with who attended and each trainee's outcome (certification, contract, employer).
 */
export function ReviewSection({ sessions, team, intermediate }: { sessions: CockpitSession[]; team: CockpitTeam; intermediate: boolean }) {
  return (
    <CockpitSection id="bilan" title="Bilans">
      <PerSession sessions={sessions}>{(session) => <SessionReviews session={session} team={team} intermediate={intermediate} />}</PerSession>
    </CockpitSection>
  );
}

function SessionReviews({ session, team, intermediate }: { session: CockpitSession; team: CockpitTeam; intermediate: boolean }) {
  const locked = useSessionLocked(session);
  const intermediates = session.reviews.filter((r) => r.kind === "INTERMEDIATE").sort(newestFirst);
  const final = session.reviews.filter((r) => r.kind === "FINAL").sort(newestFirst)[0];
  const trainees = session.candidacies.filter((c) => c.status === "ADMITTED" || c.status === "LEFT");
  return (
    <>
      {intermediate && (
        <>
          <h3>Bilans intermédiaires</h3>
          <p className="cockpit-meta">Pendant la formation (du {frenchDay(session.startDate)} au {frenchDay(session.endDate)}), avec les gestionnaires de la Région.</p>
          {intermediates.length === 0 ? (
            <Empty>Aucun bilan intermédiaire planifié.</Empty>
          ) : (
            <ul className="cockpit-list" aria-label="Bilans intermédiaires">
              {intermediates.map((review) => (
                <li key={review.id}>
                  <ReviewHeading review={review} />
                  <RecordForm review={review} session={session} team={team} locked={locked} />
                </li>
              ))}
            </ul>
          )}
          {!locked && <ScheduleForm trainingSessionId={session.id} kind="INTERMEDIATE" again={false} />}
        </>
      )}
      <h3>Bilan final</h3>
      <p className="cockpit-meta">À partir du dernier jour de la session ({frenchDay(session.endDate)}), avec toute l'équipe projet et les entreprises.</p>
      {final ? <ReviewHeading review={final} /> : <Empty>Le bilan final n'est pas encore planifié.</Empty>}
      {!locked && <ScheduleForm trainingSessionId={session.id} kind="FINAL" again={!!final} />}
      {final && (
        <>
          <h4>Ce que le bilan final a dit</h4>
          <RecordForm key={final.id} review={final} session={session} team={team} locked={locked} />
          <h4>Résultats des stagiaires</h4>
          {trainees.length === 0 ? (
            <Empty>Aucun stagiaire dans cette session.</Empty>
          ) : (
            trainees.map((trainee) => (
              <ReviewOutcomeForm
                key={trainee.id}
                reviewId={final.id}
                trainee={trainee}
                outcome={final.outcomes.find((o) => o.candidacy?.id === trainee.id) ?? null}
                companies={activeTeam(team, "COMPANY")}
                locked={locked}
              />
            ))
          )}
        </>
      )}
    </>
  );
}

function ReviewHeading({ review }: { review: CockpitReview }) {
  return (
    <p className="cockpit-row">
      <span>{REVIEW_KIND_LABELS[review.kind] ?? review.kind} prévu le <strong>{frenchDateTime(review.scheduledAt)}</strong></span>
      {!review.heldAt && <CalendarLink href={review.calendarUrl} what={`${REVIEW_KIND_LABELS[review.kind] ?? "Bilan"} du ${frenchDateTime(review.scheduledAt)}`} />}
      {review.heldAt ? <Badge tone="good">Tenu le {frenchDateTime(review.heldAt)}</Badge> : <Badge>Pas encore tenu</Badge>}
      {review.heldAt && (
        <span className="cockpit-meta">
          Présents : {review.attendingOrganisations.map((o) => o.name).join(", ") || "aucun partenaire"} ; {review.attendingTraineeCount} stagiaire{review.attendingTraineeCount > 1 ? "s" : ""}
        </span>
      )}
    </p>
  );
}

function ScheduleForm({ trainingSessionId, kind, again }: { trainingSessionId: string; kind: ReviewKind; again: boolean }) {
  const [when, setWhen] = useState("");
  const { submit, loading, errors } = useSubmit(SCHEDULE);
  const what = kind === "INTERMEDIATE" ? "bilan intermédiaire" : "bilan final";
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const scheduledAt = localDateTimeToIso(when);
    if (scheduledAt && (await submit({ input: { trainingSessionId, scheduledAt, kind } }))) setWhen("");
  };
  return (
    <form onSubmit={onSubmit} aria-label={`Planifier le ${what}`}>
      <div className="cockpit-inline">
        <Field label={again ? `Nouvelle date et heure du ${what}` : `Date et heure du ${what}`} error={errors.byField.scheduledAt}>
          {(props) => <input {...props} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />}
        </Field>
        <button type="submit" className="button button--secondary" disabled={loading}>{again ? `Replanifier le ${what}` : `Planifier le ${what}`}</button>
      </div>
      <FormMessages errors={errors} shownFields={["scheduledAt"]} />
    </form>
  );
}

function RecordForm({ review, session, team, locked }: { review: CockpitReview; session: CockpitSession; team: CockpitTeam; locked: boolean }) {
  const [qualitativeNotes, setQualitativeNotes] = useState(review.qualitativeNotes ?? "");
  const [strengths, setStrengths] = useState(review.strengths ?? "");
  const [areasToImprove, setAreasToImprove] = useState(review.areasToImprove ?? "");
  const [organisations, setOrganisations] = useState<string[]>(review.attendingOrganisations.map((o) => o.id));
  const [trainees, setTrainees] = useState<string[]>(review.attendingTrainees.map((c) => c.id));
  const { submit, loading, errors, done } = useSubmit(RECORD);
  const what = REVIEW_KIND_LABELS[review.kind] ?? "Bilan";
  if (locked) {
    return review.heldAt ? (
      <dl className="cockpit-facts">
        <div><dt>Aspects qualitatifs</dt><dd>{review.qualitativeNotes}</dd></div>
        <div><dt>Points forts</dt><dd>{review.strengths}</dd></div>
        <div><dt>Points d'amélioration</dt><dd>{review.areasToImprove}</dd></div>
      </dl>
    ) : null;
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({ input: { reviewId: review.id, qualitativeNotes, strengths, areasToImprove, attendingOrganisationIds: organisations, attendingCandidacyIds: trainees } });
  };
  const label = `${what} du ${frenchDateTime(review.scheduledAt)}`;
  return (
    <form onSubmit={onSubmit} className="cockpit-form" aria-label={`Compte rendu : ${label}`}>
      <Attendees
        legend="Partenaires présents"
        options={partnerOptions(team)}
        selected={organisations}
        onChange={setOrganisations}
        error={errors.byField.attendingOrganisationIds}
      />
      <Attendees
        legend="Stagiaires présents"
        options={traineeOptions(session)}
        selected={trainees}
        onChange={setTrainees}
        error={errors.byField.attendingCandidacyIds}
      />
      <Field label="Aspects qualitatifs" error={errors.byField.qualitativeNotes}>
        {(props) => <textarea {...props} value={qualitativeNotes} onChange={(e) => setQualitativeNotes(e.target.value)} rows={4} required />}
      </Field>
      <Field label="Points forts" error={errors.byField.strengths}>
        {(props) => <textarea {...props} value={strengths} onChange={(e) => setStrengths(e.target.value)} rows={3} required />}
      </Field>
      <Field label="Points d'amélioration" error={errors.byField.areasToImprove}>
        {(props) => <textarea {...props} value={areasToImprove} onChange={(e) => setAreasToImprove(e.target.value)} rows={3} required />}
      </Field>
      <FormMessages errors={errors} shownFields={["qualitativeNotes", "strengths", "areasToImprove", "attendingOrganisationIds", "attendingCandidacyIds"]} done={done} doneText={`${what} enregistré.`} />
      <button type="submit" className="button button--primary" disabled={loading}>{review.kind === "INTERMEDIATE" ? "Enregistrer le bilan intermédiaire" : "Enregistrer le bilan"}</button>
    </form>
  );
}
