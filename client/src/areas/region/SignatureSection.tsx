import { useQuery } from "@apollo/client/react";
import { ConventionDocuments } from "../../documents/ConventionDocuments";
import type { ViewerInfo } from "../../shell/AppShell";
import { ActionButton } from "../../ui/ActionButton";
import { CONVENTION_STATUS_LABELS, frenchDay } from "../../ui/labels";
import { Badge, QueryState } from "../../ui/states";
import type { BoardOperation, BoardSession } from "./board";
import { REGION_BOARD, REGION_SIGN_CONVENTION } from "./queries";

interface Signable {
  operation: BoardOperation;
  session: BoardSession;
  convention: NonNullable<BoardSession["convention"]>;
}

/** Conventions on which the Region is a signatory (not withdrawn): still to sign (open operations only), or signed. */
function regionConventions(operations: BoardOperation[], regionId: string, signed: boolean): Signable[] {
  return operations
    .filter((o) => signed || o.status === "OPEN")
    .flatMap((operation) => operation.trainingSessions.flatMap((session) => {
      const convention = session.convention;
      const mine = convention?.signatories.find((s) => s.organisation?.id === regionId && !s.withdrawnAt);
      return convention && mine && mine.signed === signed ? [{ operation, session, convention }] : [];
    }));
}

/**
 * The Region signs conventions through its elected representative (signature by delegation of the
 * President): the text of the version to sign is read on screen or as PDF before signing; once
 * every signatory has signed, the frozen signed PDF is linked.
 */
export function SignatureSection({ viewer }: { viewer: ViewerInfo }) {
  const { data, loading, error } = useQuery(REGION_BOARD);
  return (
    <section aria-labelledby="region-signature" className="panel">
      <h2 id="region-signature">Conventions à signer pour la Région</h2>
      <QueryState loading={loading} error={error} data={data} empty={(d) => (regionConventions(d.operations.nodes, viewer.organisation.id, false).length ? null : "Aucune convention n'attend la signature de la Région.")}>
        {(d) => (
          <ul className="region-items">
            {regionConventions(d.operations.nodes, viewer.organisation.id, false).map((item) => (
              <li key={item.convention.id} className="region-item">
                <ConventionSummary {...item} />
                <ActionButton mutation={REGION_SIGN_CONVENTION} variables={{ conventionId: item.convention.id }} label="Signer pour la Région" busyLabel="Signature…" />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {data && <SignedByRegion items={regionConventions(data.operations.nodes, viewer.organisation.id, true)} />}
    </section>
  );
}

function SignedByRegion({ items }: { items: Signable[] }) {
  if (!items.length) return null;
  return (
    <>
      <h3>Conventions signées par la Région</h3>
      <ul className="region-items">
        {items.map((item) => (
          <li key={item.convention.id} className="region-item">
            <ConventionSummary {...item} />
          </li>
        ))}
      </ul>
    </>
  );
}

function ConventionSummary({ operation, session, convention }: Signable) {
  return (
    <div className="region-item__text">
      <strong>{convention.title}</strong> <Badge tone={convention.status === "SIGNED" ? "good" : "neutral"}>{CONVENTION_STATUS_LABELS[convention.status] ?? convention.status}</Badge>
      <p className="region-muted">
        {operation.title} · session du {frenchDay(session.startDate)} au {frenchDay(session.endDate)}
        {convention.plannedSignatureDate ? ` · signature prévue le ${frenchDay(convention.plannedSignatureDate)}` : ""}
      </p>
      <ConventionDocuments convention={convention} />
    </div>
  );
}
