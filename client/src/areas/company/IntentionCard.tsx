import type { CompanyIntentionsQuery } from "../../../generated/gql/graphql";
import { COMMITMENT_LABELS, frenchDateTime, frenchDay, PURCHASE_ORDER_STATUS_LABELS } from "../../ui/labels";
import { Badge } from "../../ui/states";
import { CandidaciesTable } from "./CandidaciesTable";
import { contractText, INTENTION_STATUS_LABELS, personName } from "./companyLabels";
import { EvidenceFileLink } from "./EvidenceFileLink";
import { WithdrawIntentionForm } from "./WithdrawIntentionForm";

export type Intention = CompanyIntentionsQuery["hiringIntentions"]["nodes"][number];

/** One hiring intention: what was promised, the evidence, the candidates, and its withdrawal. */
export function IntentionCard({ intention: hi }: { intention: Intention }) {
  const submitted = hi.status === "SUBMITTED";
  // after closure, nothing is decided any more
  const open = submitted && hi.operation?.status !== "CLOSED";
  const headingId = `intention-${hi.id}`;
  const derogationNeeded = submitted && !hi.durableEmployment && !hi.derogationGrantedAt;
  const currentPairings = hi.pairings.filter((p) => !p.endedAt);
  const pastPairings = hi.pairings.filter((p) => p.endedAt);
  return (
    <article className="panel company-intention" aria-labelledby={headingId}>
      <header className="company-intention__header">
        <h3 id={headingId}>{hi.jobTitle}</h3>
        <span className="company-badges">
          <Badge tone={submitted ? "good" : "neutral"}>{INTENTION_STATUS_LABELS[hi.status] ?? hi.status}</Badge>
          {hi.durableEmployment && <Badge tone="good">Emploi durable</Badge>}
          {derogationNeeded && <Badge tone="warn">Dérogation nécessaire</Badge>}
          {!hi.durableEmployment && hi.derogationGrantedAt && <Badge tone="good">Dérogation accordée</Badge>}
        </span>
      </header>

      <dl className="company-facts">
        <div><dt>Contrat</dt><dd>{contractText(hi.contractType, hi.contractDurationMonths)}</dd></div>
        <div><dt>Postes</dt><dd>{hi.positions}</dd></div>
        <div><dt>Opération</dt><dd>{hi.operation?.title ?? "—"}</dd></div>
        <div>
          <dt>Session</dt>
          <dd>
            {hi.trainingSession
              ? <>{hi.trainingSession.title}, du {frenchDay(hi.trainingSession.startDate)} au {frenchDay(hi.trainingSession.endDate)}</>
              : "—"}
          </dd>
        </div>
        <div><dt>Organisme de formation</dt><dd>{hi.trainingOrganisation?.name ?? "—"}</dd></div>
        <div><dt>Déposée le</dt><dd>{frenchDateTime(hi.receivedAt)}</dd></div>
        <div className="company-facts__wide">
          <dt>Emploi durable</dt>
          <dd>
            {hi.durabilityExplanation}
            {hi.derogationGrantedAt && <> — dérogation accordée le {frenchDateTime(hi.derogationGrantedAt)}{hi.derogationReason ? ` : ${hi.derogationReason}` : ""}</>}
          </dd>
        </div>
        <div className="company-facts__wide">
          <dt>Étapes auxquelles l'entreprise participe</dt>
          <dd>
            {hi.committedSteps.length
              ? <ul className="company-list">{hi.committedSteps.map((s) => <li key={s}>{COMMITMENT_LABELS[s] ?? s}</li>)}</ul>
              : "Aucune étape cochée"}
          </dd>
        </div>
        {hi.purchaseOrder && (
          <div className="company-facts__wide">
            <dt>Bon de commande</dt>
            <dd>
              {PURCHASE_ORDER_STATUS_LABELS[hi.purchaseOrder.status] ?? hi.purchaseOrder.status}
              {hi.purchaseOrder.refusalReason && <> — motif : {hi.purchaseOrder.refusalReason}</>}
            </dd>
          </div>
        )}
      </dl>

      <h4>E-mail ou courrier d'engagement</h4>
      <blockquote className="company-evidence">{hi.evidenceText}</blockquote>
      {hi.evidenceFile
        ? <p><EvidenceFileLink intentionId={hi.id} file={hi.evidenceFile} /></p>
        : <p className="company-muted">Aucun fichier joint.</p>}

      {!submitted && (
        <div className="company-withdrawn" role="note">
          <p><strong>Intention retirée{hi.withdrawnAt ? ` le ${frenchDateTime(hi.withdrawnAt)}` : ""}.</strong>{hi.withdrawalReason && <> Motif : {hi.withdrawalReason}</>}</p>
          <p>
            Solution trouvée par l'organisme de formation :{" "}
            {hi.withdrawalSolution ?? <span className="company-muted">en attente</span>}
          </p>
        </div>
      )}

      <h4>Candidats proposés pour ce poste</h4>
      <CandidaciesTable candidacies={hi.candidacies} open={open} />

      {hi.pairings.length > 0 && (
        <>
          <h4>Stagiaires appariés à ce poste</h4>
          <ul className="company-list">
            {currentPairings.map((p) => (
              <li key={p.id}>{personName(p.candidacy?.candidate)} — apparié le {frenchDateTime(p.pairedAt)}</li>
            ))}
            {pastPairings.map((p) => (
              <li key={p.id}>
                {personName(p.candidacy?.candidate)} — appariement terminé le {frenchDateTime(p.endedAt ?? p.pairedAt)}
                {p.endReason && <> ({p.endReason})</>}
              </li>
            ))}
          </ul>
        </>
      )}

      {open && (
        <>
          <h4>Retirer cette intention</h4>
          <WithdrawIntentionForm intentionId={hi.id} jobTitle={hi.jobTitle} />
        </>
      )}
    </article>
  );
}
