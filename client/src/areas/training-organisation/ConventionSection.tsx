import { graphql } from "../../../generated/gql";
import { CalendarLink } from "../../calendar/CalendarLink";
import type { ViewerInfo } from "../../shell/AppShell";
import { ConventionDocuments } from "../../documents/ConventionDocuments";
import { DocumentLink, DocumentLinks } from "../../documents/DocumentLink";
import { ActionButton } from "../../ui/ActionButton";
import { CONVENTION_STATUS_LABELS, frenchDateTime, frenchDay, KIND_LABELS } from "../../ui/labels";
import { useState, type FormEvent } from "react";
import { Badge } from "../../ui/states";
import { Attendees, partnerOptions, traineeOptions } from "./Attendees";
import { ConventionForm } from "./ConventionForm";
import { byKindThenName, days } from "./labels";
import { useSessionLocked } from "./lock";
import { CockpitSection, PerSession } from "./Section";
import { type CockpitConvention, type CockpitSession, type CockpitTeam } from "./types";
import { useSubmit } from "../../ui/useSubmit";
import { FormMessages } from "../../ui/FormMessages";

const DRAFT = graphql(`
  mutation CockpitDraftConvention($trainingSessionId: ID!) {
    draftConvention(trainingSessionId: $trainingSessionId) { id status version }
  }
`);

const SEND_DATE_OPTIONS = graphql(`
  mutation CockpitSendSignatureDateOptions($conventionId: ID!) {
    sendSignatureDateOptions(conventionId: $conventionId) { id dateOptionsSentAt }
  }
`);

const SEND_DRAFT = graphql(`
  mutation CockpitSendConventionDraft($conventionId: ID!) {
    sendConventionDraft(conventionId: $conventionId) { id draftSentAt status }
  }
`);

const SEND_SAVE_THE_DATE = graphql(`
  mutation CockpitSendSaveTheDate($conventionId: ID!) {
    sendSaveTheDate(conventionId: $conventionId) { id saveTheDateSentAt }
  }
`);

const SIGN = graphql(`
  mutation CockpitSignConvention($conventionId: ID!) {
    signConvention(conventionId: $conventionId) { id status signedAt }
  }
`);

const RECORD_ATTENDANCE = graphql(`
  mutation CockpitRecordSignatureAttendance($input: SignatureAttendanceInput!) {
    recordSignatureAttendance(input: $input) { id signatureAttendanceRecordedAt }
  }
`);

/** The convention: pre-drafting, editing, the signature planning (J-28, J-20, save the date) and the signatures. */
export function ConventionSection({ sessions, viewer, team }: { sessions: CockpitSession[]; viewer: ViewerInfo; team: CockpitTeam }) {
  return (
    <CockpitSection id="convention" title="Convention et signature">
      <PerSession sessions={sessions}>{(session) => <SessionConvention session={session} viewer={viewer} team={team} />}</PerSession>
    </CockpitSection>
  );
}

function SessionConvention({ session, viewer, team }: { session: CockpitSession; viewer: ViewerInfo; team: CockpitTeam }) {
  const locked = useSessionLocked(session);
  if (session.convention) return <Convention convention={session.convention} session={session} viewer={viewer} team={team} locked={locked} />;
  if (locked) return <p>Aucune convention n'a été rédigée pour cette session.</p>;
  return (
    <>
      <p>La convention de cette session n'est pas encore rédigée : Cordée la pré-rédige à partir de la session, de l'équipe projet et des intentions d'embauche.</p>
      <ActionButton mutation={DRAFT} variables={{ trainingSessionId: session.id }} label="Pré-rédiger la convention" />
    </>
  );
}

function Convention({ convention, session, viewer, team, locked }: { convention: CockpitConvention; session: CockpitSession; viewer: ViewerInfo; team: CockpitTeam; locked: boolean }) {
  const awaited = convention.signatories.filter((s) => !s.withdrawnAt);
  const signedCount = awaited.filter((s) => s.signed).length;
  const mine = awaited.find((s) => s.organisation?.id === viewer.organisation.id);
  return (
    <>
      <p className="cockpit-row">
        <strong>{convention.title}</strong>
        <Badge tone={convention.status === "SIGNED" ? "good" : "neutral"}>{CONVENTION_STATUS_LABELS[convention.status] ?? convention.status}</Badge>
        <span className="cockpit-meta">Version {convention.version}</span>
        {convention.signedAt && <span className="cockpit-meta">Signée par tous le {frenchDateTime(convention.signedAt)}</span>}
      </p>
      <ConventionDocuments convention={convention} />
      <div className="cockpit-two">
        <div>
          <h3>Organisation de la signature</h3>
          <Planning planning={convention.planning} contactSheetUrl={convention.contactSheetUrl} />
          <SignatureOptions options={convention.signatureOptions} />
          {convention.plannedSignatureDate && !convention.signedAt && (
            <p className="cockpit-meta">Signature prévue le {frenchDay(convention.plannedSignatureDate)} <CalendarLink href={convention.signatureCalendarUrl} what="signature de la convention" /></p>
          )}
          {!locked && <div className="cockpit-actions">
            {!convention.dateOptionsSentAt && (
              <ActionButton mutation={SEND_DATE_OPTIONS} variables={{ conventionId: convention.id }} label="Transmettre les options de date (J-28)" />
            )}
            {!convention.draftSentAt && (
              <ActionButton mutation={SEND_DRAFT} variables={{ conventionId: convention.id }} label="Transmettre le projet et la fiche contact (J-20)" />
            )}
            {!convention.saveTheDateSentAt && (
              <ActionButton mutation={SEND_SAVE_THE_DATE} variables={{ conventionId: convention.id }} label="Envoyer le save the date" tone="secondary" />
            )}
          </div>}
        </div>
        <div>
          <h3>Signataires ({signedCount} sur {awaited.length})</h3>
          <ul className="cockpit-list">
            {[...convention.signatories].sort((a, b) => Number(!!a.withdrawnAt) - Number(!!b.withdrawnAt) || byKindThenName(a.organisation, b.organisation)).map((s) => (
              <li key={s.id} className="cockpit-row">
                <span>{s.organisation?.name ?? "Organisation"}</span>
                <span className="cockpit-meta">{s.organisation ? KIND_LABELS[s.organisation.kind] : ""}{s.required ? "" : " (facultatif)"}</span>
                {s.withdrawnAt ? (
                  <Badge tone="neutral">A quitté l'équipe le {frenchDateTime(s.withdrawnAt)} : plus attendu</Badge>
                ) : (
                  <Badge tone={s.signed ? "good" : "neutral"}>{s.signed ? "Signé" : "Pas encore signé"}</Badge>
                )}
              </li>
            ))}
          </ul>
          {!locked && mine && !mine.signed && (
            <div className="cockpit-actions">
              <ActionButton mutation={SIGN} variables={{ conventionId: convention.id }} label="Signer la convention" />
            </div>
          )}
        </div>
      </div>
      <SignatureAttendance convention={convention} session={session} team={team} locked={locked || signedCount === 0} />
      {!locked && (
        <>
          <h3>Dates, lieu et texte</h3>
          <ConventionForm key={convention.id} convention={convention} anySigned={signedCount > 0} />
        </>
      )}
    </>
  );
}

function SignatureOptions({ options }: { options: CockpitConvention["signatureOptions"] }) {
  if (!options.length) return <p className="cockpit-meta">Aucune option de date et d'horaires n'est encore proposée.</p>;
  return (
    <>
      <h4>Options de signature proposées</h4>
      <ul className="cockpit-list" aria-label="Options de signature proposées">
        {options.map((o, i) => (
          <li key={`${o.date}-${o.startTime}-${i}`}>{frenchDay(o.date)}, à partir de {o.startTime}{o.endTime ? ` jusqu'à ${o.endTime}` : ""}</li>
        ))}
      </ul>
    </>
  );
}

/** Who attended the signature (partners of the team and trainees), recorded after a first signature; a new list corrects the previous one. */
function SignatureAttendance({ convention, session, team, locked }: { convention: CockpitConvention; session: CockpitSession; team: CockpitTeam; locked: boolean }) {
  const [organisations, setOrganisations] = useState<string[]>(convention.signatureAttendingOrganisations.map((o) => o.id));
  const [trainees, setTrainees] = useState<string[]>(convention.signatureAttendingTrainees.map((c) => c.id));
  const { submit, loading, errors, done } = useSubmit(RECORD_ATTENDANCE);
  const recorded = convention.signatureAttendanceRecordedAt;
  if (locked && !recorded) return null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({ input: { conventionId: convention.id, attendingOrganisationIds: organisations, attendingCandidacyIds: trainees } });
  };
  return (
    <>
      <h3>Présents à la signature</h3>
      {recorded && (
        <p className="cockpit-meta">
          Enregistrés le {frenchDateTime(recorded)} : {convention.signatureAttendingOrganisations.map((o) => o.name).join(", ") || "aucun partenaire"}
          {convention.signatureAttendingTrainees.length ? `, ${convention.signatureAttendingTrainees.length} stagiaire(s)` : ""}.
        </p>
      )}
      {!locked && (
        <form onSubmit={onSubmit} className="cockpit-form" aria-label="Présents à la signature">
          <Attendees legend="Partenaires présents" options={partnerOptions(team)} selected={organisations} onChange={setOrganisations} error={errors.byField.attendingOrganisationIds} />
          <Attendees
            legend="Stagiaires présents"
            options={traineeOptions(session)}
            selected={trainees}
            onChange={setTrainees}
            error={errors.byField.attendingCandidacyIds}
          />
          <FormMessages errors={errors} shownFields={["attendingOrganisationIds", "attendingCandidacyIds"]} done={done} doneText="Présents enregistrés." />
          <button type="submit" className="button button--secondary" disabled={loading}>Enregistrer les présents</button>
        </form>
      )}
    </>
  );
}

/** The signature's planning; the J-20 step (draft and contact sheet to the RTF) links the contact sheet's PDF. */
function Planning({ planning, contactSheetUrl }: { planning: CockpitConvention["planning"]; contactSheetUrl: string }) {
  return (
    <ol className="cockpit-list" aria-label="Étapes de l'organisation de la signature">
      {planning.map((step) => (
        <li key={step.code}>
          <div className="cockpit-row">
            <span>{step.label}</span>
            {step.doneAt ? (
              <Badge tone="good">Fait le {frenchDateTime(step.doneAt)}</Badge>
            ) : step.late ? (
              <Badge tone="bad">En retard de {days(step.daysLate)}</Badge>
            ) : (
              <Badge tone="neutral">À faire</Badge>
            )}
          </div>
          <p className="cockpit-meta">{step.dueDate ? `Échéance : ${frenchDay(step.dueDate)}` : "Sans échéance"}</p>
          {step.code === "DRAFT_TO_RTF" && <DocumentLinks><DocumentLink href={contactSheetUrl} label="Fiche contact (PDF)" /></DocumentLinks>}
        </li>
      ))}
    </ol>
  );
}
