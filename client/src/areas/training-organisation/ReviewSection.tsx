import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import { Field } from "../../ui/Field";
import { frenchDateTime } from "../../ui/labels";
import { Empty } from "../../ui/states";
import { localDateTimeToIso } from "./labels";
import { ReviewOutcomeForm } from "./ReviewOutcomeForm";
import { CockpitSection, FormMessages, PerSession } from "./Section";
import type { CockpitReview, CockpitSession } from "./types";
import { useSubmit } from "./useSubmit";

const SCHEDULE = graphql(`
  mutation CockpitScheduleReview($input: ScheduleReviewInput!) {
    scheduleReview(input: $input) { id scheduledAt }
  }
`);

const RECORD = graphql(`
  mutation CockpitRecordReview($input: RecordReviewInput!) {
    recordReview(input: $input) { id heldAt qualitativeNotes strengths areasToImprove }
  }
`);

/** The review (bilan) with the whole project team: scheduling, what it said, each trainee's outcome. */
export function ReviewSection({ sessions }: { sessions: CockpitSession[] }) {
  return (
    <CockpitSection id="bilan" title="Bilan">
      <PerSession sessions={sessions}>
        {(session) => {
          const review = [...session.reviews].sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt))[0];
          const trainees = session.candidacies.filter((c) => c.status === "ADMITTED" || c.status === "LEFT");
          return (
            <>
              {review ? (
                <p>
                  Bilan prévu le <strong>{frenchDateTime(review.scheduledAt)}</strong>
                  {review.heldAt && <> — tenu le {frenchDateTime(review.heldAt)}</>}
                </p>
              ) : (
                <Empty>Le bilan n'est pas encore planifié.</Empty>
              )}
              <ScheduleForm trainingSessionId={session.id} again={!!review} />
              {review && (
                <>
                  <h3>Ce que le bilan a dit</h3>
                  <RecordForm key={review.id} review={review} />
                  <h3>Résultats des stagiaires</h3>
                  {trainees.length === 0 ? (
                    <Empty>Aucun stagiaire dans cette session.</Empty>
                  ) : (
                    trainees.map((trainee) => (
                      <ReviewOutcomeForm key={trainee.id} reviewId={review.id} trainee={trainee} outcome={review.outcomes.find((o) => o.candidacy?.id === trainee.id) ?? null} />
                    ))
                  )}
                </>
              )}
            </>
          );
        }}
      </PerSession>
    </CockpitSection>
  );
}

function ScheduleForm({ trainingSessionId, again }: { trainingSessionId: string; again: boolean }) {
  const [when, setWhen] = useState("");
  const { submit, loading, errors } = useSubmit(SCHEDULE);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const scheduledAt = localDateTimeToIso(when);
    if (scheduledAt && (await submit({ input: { trainingSessionId, scheduledAt } }))) setWhen("");
  };
  return (
    <form onSubmit={onSubmit}>
      <div className="cockpit-inline">
        <Field label={again ? "Nouvelle date et heure du bilan" : "Date et heure du bilan"} error={errors.byField.scheduledAt}>
          {(props) => <input {...props} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />}
        </Field>
        <button type="submit" className="button button--secondary" disabled={loading}>{again ? "Replanifier le bilan" : "Planifier le bilan"}</button>
      </div>
      <FormMessages errors={errors} shownFields={["scheduledAt"]} />
    </form>
  );
}

function RecordForm({ review }: { review: CockpitReview }) {
  const [qualitativeNotes, setQualitativeNotes] = useState(review.qualitativeNotes ?? "");
  const [strengths, setStrengths] = useState(review.strengths ?? "");
  const [areasToImprove, setAreasToImprove] = useState(review.areasToImprove ?? "");
  const { submit, loading, errors, done } = useSubmit(RECORD);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({ input: { reviewId: review.id, qualitativeNotes, strengths, areasToImprove } });
  };
  return (
    <form onSubmit={onSubmit} className="cockpit-form" aria-label="Compte rendu du bilan">
      <Field label="Aspects qualitatifs" error={errors.byField.qualitativeNotes}>
        {(props) => <textarea {...props} value={qualitativeNotes} onChange={(e) => setQualitativeNotes(e.target.value)} rows={4} required />}
      </Field>
      <Field label="Points forts" error={errors.byField.strengths}>
        {(props) => <textarea {...props} value={strengths} onChange={(e) => setStrengths(e.target.value)} rows={3} required />}
      </Field>
      <Field label="Points d'amélioration" error={errors.byField.areasToImprove}>
        {(props) => <textarea {...props} value={areasToImprove} onChange={(e) => setAreasToImprove(e.target.value)} rows={3} required />}
      </Field>
      <FormMessages errors={errors} shownFields={["qualitativeNotes", "strengths", "areasToImprove"]} done={done} doneText="Bilan enregistré." />
      <button type="submit" className="button button--primary" disabled={loading}>Enregistrer le bilan</button>
    </form>
  );
}
