import { graphql } from "../../../generated/gql";
import type { ViewerInfo } from "../../shell/AppShell";
import { ActionButton } from "../../ui/ActionButton";
import { CONVENTION_STATUS_LABELS, frenchDateTime, frenchDay, KIND_LABELS } from "../../ui/labels";
import { Badge } from "../../ui/states";
import { ConventionForm } from "./ConventionForm";
import { byKindThenName, days } from "./labels";
import { CockpitSection, PerSession } from "./Section";
import type { CockpitConvention, CockpitSession } from "./types";

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

/** The convention: pre-drafting, editing, the signature planning (J-28, J-20, save the date) and the signatures. */
export function ConventionSection({ sessions, viewer }: { sessions: CockpitSession[]; viewer: ViewerInfo }) {
  return (
    <CockpitSection id="convention" title="Convention et signature">
      <PerSession sessions={sessions}>
        {(session) =>
          session.convention ? (
            <Convention convention={session.convention} viewer={viewer} />
          ) : (
            <>
              <p>La convention de cette session n'est pas encore rédigée : Cordée la pré-rédige à partir de la session, de l'équipe projet et des intentions d'embauche.</p>
              <ActionButton mutation={DRAFT} variables={{ trainingSessionId: session.id }} label="Pré-rédiger la convention" />
            </>
          )
        }
      </PerSession>
    </CockpitSection>
  );
}

function Convention({ convention, viewer }: { convention: CockpitConvention; viewer: ViewerInfo }) {
  const signedCount = convention.signatories.filter((s) => s.signed).length;
  const mine = convention.signatories.find((s) => s.organisation?.id === viewer.organisation.id);
  return (
    <>
      <p className="cockpit-row">
        <strong>{convention.title}</strong>
        <Badge tone={convention.status === "SIGNED" ? "good" : "neutral"}>{CONVENTION_STATUS_LABELS[convention.status] ?? convention.status}</Badge>
        <span className="cockpit-meta">Version {convention.version}</span>
        {convention.signedAt && <span className="cockpit-meta">Signée par tous le {frenchDateTime(convention.signedAt)}</span>}
      </p>
      <div className="cockpit-two">
        <div>
          <h3>Organisation de la signature</h3>
          <Planning planning={convention.planning} />
          <div className="cockpit-actions">
            {!convention.dateOptionsSentAt && (
              <ActionButton mutation={SEND_DATE_OPTIONS} variables={{ conventionId: convention.id }} label="Transmettre les options de date (J-28)" />
            )}
            {!convention.draftSentAt && (
              <ActionButton mutation={SEND_DRAFT} variables={{ conventionId: convention.id }} label="Transmettre le projet et la fiche contact (J-20)" />
            )}
            {!convention.saveTheDateSentAt && (
              <ActionButton mutation={SEND_SAVE_THE_DATE} variables={{ conventionId: convention.id }} label="Envoyer le save the date" tone="secondary" />
            )}
          </div>
        </div>
        <div>
          <h3>Signataires ({signedCount} sur {convention.signatories.length})</h3>
          <ul className="cockpit-list">
            {[...convention.signatories].sort((a, b) => byKindThenName(a.organisation, b.organisation)).map((s) => (
              <li key={s.id} className="cockpit-row">
                <span>{s.organisation?.name ?? "Organisation"}</span>
                <span className="cockpit-meta">{s.organisation ? KIND_LABELS[s.organisation.kind] : ""}{s.required ? "" : " (facultatif)"}</span>
                <Badge tone={s.signed ? "good" : "neutral"}>{s.signed ? "Signé" : "Pas encore signé"}</Badge>
              </li>
            ))}
          </ul>
          {mine && !mine.signed && (
            <div className="cockpit-actions">
              <ActionButton mutation={SIGN} variables={{ conventionId: convention.id }} label="Signer la convention" />
            </div>
          )}
        </div>
      </div>
      <h3>Dates, lieu et texte</h3>
      <ConventionForm key={convention.id} convention={convention} anySigned={signedCount > 0} />
    </>
  );
}

function Planning({ planning }: { planning: CockpitConvention["planning"] }) {
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
        </li>
      ))}
    </ol>
  );
}
