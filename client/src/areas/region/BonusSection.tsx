import { useQuery } from "@apollo/client/react";
import { DocumentLink, DocumentLinks } from "../../documents/DocumentLink";
import { ActionButton } from "../../ui/ActionButton";
import { frenchDateTime } from "../../ui/labels";
import { Badge, QueryState } from "../../ui/states";
import type { BoardOperation, BoardSession } from "./board";
import { REGION_ACKNOWLEDGE_DEFI_BONUS, REGION_BOARD, REGION_PAY_DEFI_BONUS } from "./queries";

interface BonusRequest {
  operation: BoardOperation;
  session: BoardSession;
}

/** Sessions whose training organisation requested the DEFI bonus, closed operations included. */
function bonusRequests(operations: BoardOperation[]): BonusRequest[] {
  return operations
    .flatMap((operation) => operation.trainingSessions.filter((s) => s.closure?.bonusRequestedAt).map((session) => ({ operation, session })))
    .sort((a, b) => Number(!!a.session.closure?.bonusPaidAt) - Number(!!b.session.closure?.bonusPaidAt)
      || (a.session.closure?.bonusRequestedAt ?? "").localeCompare(b.session.closure?.bonusRequestedAt ?? ""));
}

/**
 * The management unit (cellule de gestion): acknowledges each DEFI bonus request, then records its
 * payment. Both stay possible after the session and its operation are closed.
 */
export function BonusSection() {
  const { data, loading, error } = useQuery(REGION_BOARD);
  return (
    <section aria-labelledby="region-bonus" className="panel">
      <h2 id="region-bonus">Prime DEFI</h2>
      <p className="region-muted">La cellule de gestion accuse réception de chaque demande de prime, puis enregistre son paiement, y compris après la clôture.</p>
      <QueryState loading={loading} error={error} data={data} empty={(d) => (bonusRequests(d.operations.nodes).length ? null : "Aucune demande de prime DEFI pour le moment.")}>
        {(d) => (
          <ul className="region-items">
            {bonusRequests(d.operations.nodes).map(({ operation, session }) => {
              const closure = session.closure!;
              return (
                <li key={session.id} className="region-item">
                  <div className="region-item__text">
                    <strong>Session « {session.title} »</strong>
                    <p className="region-muted">{operation.title}{operation.status === "CLOSED" ? " · opération clôturée" : ""}</p>
                    <p>
                      Demandée le {frenchDateTime(closure.bonusRequestedAt!)}{" "}
                      {closure.bonusPaidAt ? (
                        <Badge tone="good">Payée le {frenchDateTime(closure.bonusPaidAt)}</Badge>
                      ) : closure.bonusAcknowledgedAt ? (
                        <Badge tone="warn">Réception accusée le {frenchDateTime(closure.bonusAcknowledgedAt)}, paiement à enregistrer</Badge>
                      ) : (
                        <Badge tone="warn">Réception à accuser</Badge>
                      )}
                    </p>
                    <DocumentLinks>
                      {closure.bonusRequestUrl && <DocumentLink href={closure.bonusRequestUrl} label="Demande de prime DEFI (PDF)" context={session.title} />}
                      {closure.attestationUrl && <DocumentLink href={closure.attestationUrl} label="Attestation de conformité (PDF)" context={session.title} />}
                    </DocumentLinks>
                  </div>
                  {!closure.bonusAcknowledgedAt && (
                    <ActionButton mutation={REGION_ACKNOWLEDGE_DEFI_BONUS} variables={{ trainingSessionId: session.id }} label="Accuser réception de la demande" busyLabel="Enregistrement…" />
                  )}
                  {closure.bonusAcknowledgedAt && !closure.bonusPaidAt && (
                    <ActionButton mutation={REGION_PAY_DEFI_BONUS} variables={{ trainingSessionId: session.id }} label="Enregistrer le paiement de la prime" busyLabel="Enregistrement…" />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
