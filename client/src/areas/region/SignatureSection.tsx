import { useQuery } from "@apollo/client/react";
import type { ViewerInfo } from "../../shell/AppShell";
import { ActionButton } from "../../ui/ActionButton";
import { CONVENTION_STATUS_LABELS, frenchDay } from "../../ui/labels";
import { Badge, QueryState } from "../../ui/states";
import type { BoardOperation, BoardSession } from "./board";
import { REGION_BOARD, REGION_SIGN_CONVENTION } from "./queries";

interface ToSign {
  operation: BoardOperation;
  session: BoardSession;
  convention: NonNullable<BoardSession["convention"]>;
}

/** Conventions of open operations on which the Region is a signatory still awaited. */
function conventionsToSign(operations: BoardOperation[], regionId: string): ToSign[] {
  return operations
    .filter((o) => o.status === "OPEN")
    .flatMap((operation) => operation.trainingSessions.flatMap((session) => {
      const convention = session.convention;
      const mine = convention?.signatories.find((s) => s.organisation?.id === regionId && !s.withdrawnAt);
      return convention && mine && !mine.signed ? [{ operation, session, convention }] : [];
    }));
}

/** The Region signs conventions through its elected representative (signature by delegation of the President). */
export function SignatureSection({ viewer }: { viewer: ViewerInfo }) {
  const { data, loading, error } = useQuery(REGION_BOARD);
  return (
    <section aria-labelledby="region-signature" className="panel">
      <h2 id="region-signature">Conventions à signer pour la Région</h2>
      <QueryState loading={loading} error={error} data={data} empty={(d) => (conventionsToSign(d.operations.nodes, viewer.organisation.id).length ? null : "Aucune convention n'attend la signature de la Région.")}>
        {(d) => (
          <ul className="region-items">
            {conventionsToSign(d.operations.nodes, viewer.organisation.id).map(({ operation, session, convention }) => (
              <li key={convention.id} className="region-item">
                <div className="region-item__text">
                  <strong>{convention.title}</strong> <Badge>{CONVENTION_STATUS_LABELS[convention.status] ?? convention.status}</Badge>
                  <p className="region-muted">
                    {operation.title} · session du {frenchDay(session.startDate)} au {frenchDay(session.endDate)}
                    {convention.plannedSignatureDate ? ` · signature prévue le ${frenchDay(convention.plannedSignatureDate)}` : ""}
                  </p>
                </div>
                <ActionButton mutation={REGION_SIGN_CONVENTION} variables={{ conventionId: convention.id }} label="Signer pour la Région" busyLabel="Signature…" />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
