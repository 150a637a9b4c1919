import { useQuery } from "@apollo/client/react";
import type { CompanyConventionsQuery } from "../../../generated/gql/graphql";
import { ConventionDocuments } from "../../documents/ConventionDocuments";
import { CalendarLink } from "../../calendar/CalendarLink";
import { ActionButton } from "../../ui/ActionButton";
import { CONVENTION_STATUS_LABELS, frenchDateTime, frenchDay } from "../../ui/labels";
import { Badge, Empty, QueryState } from "../../ui/states";
import { SIGNATURE_LABELS } from "./companyLabels";
import { COMPANY_CONVENTIONS, COMPANY_SIGN_CONVENTION } from "./documents";

type Session = CompanyConventionsQuery["operations"]["nodes"][number]["trainingSessions"][number];

/** The convention of each session of the company's operations, and its own signature. */
export function ConventionsSection({ organisationId }: { organisationId: string }) {
  const { data, loading, error } = useQuery(COMPANY_CONVENTIONS);
  return (
    <QueryState
      loading={loading}
      error={error}
      data={data}
      empty={(d) => (d.operations.nodes.some((o) => o.trainingSessions.length) ? null : "Aucune session de formation dans vos opérations : pas encore de convention.")}
    >
      {(d) => (
        <div className="company-stack">
          {d.operations.nodes.flatMap((operation) =>
            operation.trainingSessions.map((session) => (
              <SessionConvention key={session.id} operationTitle={operation.title} operationClosed={operation.status === "CLOSED"} session={session} organisationId={organisationId} />
            )),
          )}
        </div>
      )}
    </QueryState>
  );
}

function SessionConvention({ operationTitle, operationClosed, session, organisationId }: { operationTitle: string; operationClosed: boolean; session: Session; organisationId: string }) {
  const convention = session.convention;
  const headingId = `convention-${session.id}`;
  const awaited = convention?.signatories.filter((s) => !s.withdrawnAt) ?? [];
  const mine = awaited.find((s) => s.organisation?.id === organisationId);
  const signedCount = awaited.filter((s) => s.signed).length;
  return (
    <article className="company-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{session.title}{session.eosNumber ? ` (${session.eosNumber})` : ""}</h3>
      <p className="company-muted">
        {operationTitle} · du {frenchDay(session.startDate)} au {frenchDay(session.endDate)}{session.location ? ` · ${session.location}` : ""}
      </p>
      {!convention ? (
        <Empty>L'organisme de formation n'a pas encore pré-rédigé la convention de cette session.</Empty>
      ) : (
        <>
          <p className="company-convention-title">
            <strong>{convention.title}</strong>{" "}
            <Badge tone={convention.status === "SIGNED" ? "good" : "neutral"}>{CONVENTION_STATUS_LABELS[convention.status] ?? convention.status}</Badge>{" "}
            <span className="company-muted">version {convention.version}</span>
          </p>
          <dl className="company-facts">
            <div>
              <dt>Date de signature prévue</dt>
              <dd>
                {convention.plannedSignatureDate ? frenchDay(convention.plannedSignatureDate) : "Pas encore arrêtée"}
                {!convention.signedAt && <> <CalendarLink href={convention.signatureCalendarUrl} what={`signature de la convention ${convention.title}`} /></>}
              </dd>
            </div>
            <div><dt>Lieu de signature</dt><dd>{convention.signaturePlace ?? "Pas encore arrêté"}</dd></div>
            {convention.signedAt && <div><dt>Signée par tous le</dt><dd>{frenchDateTime(convention.signedAt)}</dd></div>}
          </dl>
          <p className="company-muted">
            La convention se signe pendant la session, ou avant son démarrage le jour de signature prévu. Une modification de la convention
            remet les signatures à zéro.
          </p>
          <ConventionDocuments convention={convention} />
          <h4>Signataires ({signedCount} sur {awaited.length} ont signé)</h4>
          <ul className="company-signatories">
            {convention.signatories.map((s) => (
              <li key={s.id}>
                <span>
                  {s.organisation?.name ?? "Organisation"}
                  {s.organisation?.id === organisationId && <> <strong>(votre entreprise)</strong></>}
                  {!s.required && <span className="company-muted"> — facultatif</span>}
                </span>
                {s.withdrawnAt
                  ? <Badge>A quitté l'équipe : plus attendu</Badge>
                  : <Badge tone={s.signed ? "good" : "warn"}>{s.signed ? SIGNATURE_LABELS.signed : SIGNATURE_LABELS.pending}</Badge>}
              </li>
            ))}
          </ul>
          {mine && !mine.signed && !operationClosed && (
            <ActionButton mutation={COMPANY_SIGN_CONVENTION} variables={{ conventionId: convention.id }} label="Signer la convention" busyLabel="Signature…" />
          )}
          {mine?.signed && <p className="company-confirmation">Votre entreprise a signé cette version de la convention.</p>}
          {!mine && <p className="company-muted">Votre entreprise n'est pas signataire de cette convention.</p>}
        </>
      )}
    </article>
  );
}
