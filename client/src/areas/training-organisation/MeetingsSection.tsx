import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import type { MeetingKind } from "../../../generated/gql/graphql";
import { CalendarLink } from "../../calendar/CalendarLink";
import type { ViewerInfo } from "../../shell/AppShell";
import { Field } from "../../ui/Field";
import { frenchDateTime, MEETING_KIND_LABELS } from "../../ui/labels";
import { Badge, Empty } from "../../ui/states";
import { Attendees, partnerOptions } from "./Attendees";
import { fullName, localDateTimeToIso } from "./labels";
import { useOperationClosed } from "./lock";
import { CockpitSection } from "./Section";
import { type CockpitMeeting, type CockpitOperation } from "./types";
import { useSubmit } from "../../ui/useSubmit";
import { FormMessages } from "../../ui/FormMessages";

const SCHEDULE = graphql(`
  mutation CockpitScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) { id kind scheduledAt place }
  }
`);

const RECORD = graphql(`
  mutation CockpitRecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) { id heldAt notes attendingCandidateCount }
  }
`);

/** The operation's dated meetings the training organisation organises (information sessions, preparatory meeting) and who attended. */
export function MeetingsSection({ operation, kinds, viewer }: { operation: CockpitOperation; kinds: MeetingKind[]; viewer: ViewerInfo }) {
  const closed = useOperationClosed();
  const meetings = [...operation.meetings].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  return (
    <CockpitSection id="reunions" title="Réunions">
      <p className="cockpit-meta">Organisées par l'organisme de formation : {kinds.map((k) => MEETING_KIND_LABELS[k]?.toLowerCase() ?? k).join(", ")}.</p>
      {meetings.length === 0 ? (
        <Empty>Aucune réunion planifiée.</Empty>
      ) : (
        <ul className="cockpit-list" aria-label="Réunions de l'opération">
          {meetings.map((meeting) => (
            <MeetingItem key={meeting.id} meeting={meeting} operation={operation} canRecord={!closed && meeting.organisedBy?.id === viewer.organisation.id} />
          ))}
        </ul>
      )}
      {!closed && (
        <>
          <h3>Planifier une réunion</h3>
          <ScheduleForm operation={operation} kinds={kinds} />
        </>
      )}
    </CockpitSection>
  );
}

function MeetingItem({ meeting, operation, canRecord }: { meeting: CockpitMeeting; operation: CockpitOperation; canRecord: boolean }) {
  const label = MEETING_KIND_LABELS[meeting.kind] ?? meeting.kind;
  return (
    <li>
      <div className="cockpit-row">
        <strong>{label}</strong>
        <span>le {frenchDateTime(meeting.scheduledAt)}, {meeting.place}</span>
        {!meeting.heldAt && <CalendarLink href={meeting.calendarUrl} what={`${label} du ${frenchDateTime(meeting.scheduledAt)}`} />}
        {meeting.organisedBy && <span className="cockpit-meta">organisée par {meeting.organisedBy.name}</span>}
        {meeting.heldAt ? <Badge tone="good">Tenue le {frenchDateTime(meeting.heldAt)}</Badge> : <Badge>Pas encore tenue</Badge>}
      </div>
      {meeting.heldAt && (
        <p className="cockpit-meta">
          Présents : {meeting.attendingOrganisations.map((o) => o.name).join(", ") || "aucun partenaire"} ;{" "}
          {meeting.attendingCandidateCount} candidat{meeting.attendingCandidateCount > 1 ? "s" : ""}
          {meeting.attendingCandidacies.length ? ` (${meeting.attendingCandidacies.map((c) => fullName(c.candidate)).join(", ")})` : ""}.
          {meeting.notes ? ` ${meeting.notes}` : ""}
        </p>
      )}
      {canRecord && <RecordForm key={meeting.id} meeting={meeting} operation={operation} label={label} />}
    </li>
  );
}

function RecordForm({ meeting, operation, label }: { meeting: CockpitMeeting; operation: CockpitOperation; label: string }) {
  const [notes, setNotes] = useState(meeting.notes ?? "");
  const [organisations, setOrganisations] = useState<string[]>(meeting.attendingOrganisations.map((o) => o.id));
  const [candidacies, setCandidacies] = useState<string[]>(meeting.attendingCandidacies.map((c) => c.id));
  const { submit, loading, errors, done } = useSubmit(RECORD);
  const candidates = operation.trainingSessions.flatMap((s) => s.candidacies).map((c) => ({ id: c.id, label: fullName(c.candidate) }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({ input: { meetingId: meeting.id, notes: notes.trim() || null, attendingOrganisationIds: organisations, attendingCandidacyIds: candidacies } });
  };
  return (
    <form onSubmit={onSubmit} className="cockpit-form" aria-label={`Compte rendu : ${label} du ${frenchDateTime(meeting.scheduledAt)}`}>
      <Attendees
        legend="Partenaires présents"
        options={partnerOptions(operation.team)}
        selected={organisations}
        onChange={setOrganisations}
        error={errors.byField.attendingOrganisationIds}
      />
      <Attendees legend="Candidats présents" options={candidates} selected={candidacies} onChange={setCandidacies} error={errors.byField.attendingCandidacyIds} />
      <Field label="Notes" error={errors.byField.notes}>
        {(props) => <textarea {...props} value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} />}
      </Field>
      <FormMessages errors={errors} shownFields={["notes", "attendingOrganisationIds", "attendingCandidacyIds"]} done={done} doneText="Réunion enregistrée." />
      <button type="submit" className="button button--secondary" disabled={loading}>{meeting.heldAt ? "Corriger le compte rendu" : "Enregistrer la réunion tenue"}</button>
    </form>
  );
}

function ScheduleForm({ operation, kinds }: { operation: CockpitOperation; kinds: MeetingKind[] }) {
  const sessions = operation.trainingSessions;
  const [kind, setKind] = useState<MeetingKind>(kinds[0]);
  const [when, setWhen] = useState("");
  const [place, setPlace] = useState("");
  const [sessionId, setSessionId] = useState(sessions.length === 1 ? sessions[0].id : "");
  const { submit, loading, errors, done } = useSubmit(SCHEDULE);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const scheduledAt = localDateTimeToIso(when);
    if (!scheduledAt) return;
    if (await submit({ input: { operationId: operation.id, trainingSessionId: sessionId || null, kind, scheduledAt, place: place.trim() } })) {
      setWhen("");
      setPlace("");
    }
  };
  return (
    <form onSubmit={onSubmit} aria-label="Planifier une réunion">
      <div className="cockpit-inline">
        {kinds.length > 1 && (
          <Field label="Type de réunion" error={errors.byField.kind}>
            {(props) => (
              <select {...props} value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
                {kinds.map((k) => <option key={k} value={k}>{MEETING_KIND_LABELS[k]}</option>)}
              </select>
            )}
          </Field>
        )}
        {sessions.length > 1 && (
          <Field label="Session concernée" error={errors.byField.trainingSessionId}>
            {(props) => (
              <select {...props} value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
                <option value="">Toute l'opération</option>
                {sessions.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
              </select>
            )}
          </Field>
        )}
        <Field label="Date et heure de la réunion" error={errors.byField.scheduledAt}>
          {(props) => <input {...props} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />}
        </Field>
        <Field label="Lieu de la réunion" error={errors.byField.place}>
          {(props) => <input {...props} value={place} onChange={(e) => setPlace(e.target.value)} required />}
        </Field>
        <button type="submit" className="button button--primary" disabled={loading}>Planifier la réunion</button>
      </div>
      <FormMessages errors={errors} shownFields={["kind", "trainingSessionId", "scheduledAt", "place"]} done={done} doneText="Réunion planifiée." />
    </form>
  );
}
