import { DocumentLink, DocumentLinks } from "../../documents/DocumentLink";
import { currentSignedDocument } from "../../documents/signed";
import { frenchInstant } from "../../ui/labels";
import type { BoardOperation, BoardSession } from "./board";

interface Issued {
  operation: BoardOperation;
  session: BoardSession;
}

/** Sessions with an official document already issued: a signed convention, a conformity attestation, a bonus request. */
function issued(operations: BoardOperation[]): Issued[] {
  return operations.flatMap((operation) => operation.trainingSessions
    .filter((s) => (s.convention && currentSignedDocument(s.convention)) || s.closure?.attestationUrl || s.closure?.bonusRequestUrl)
    .map((session) => ({ operation, session })));
}

/**
 * What the RTF has issued or received, to download again: each session's signed convention (the
 * frozen PDF), its conformity attestation and the training organisation's DEFI bonus request.
 */
export function IssuedDocuments({ operations }: { operations: BoardOperation[] }) {
  const items = issued(operations);
  if (!items.length) return null;
  return (
    <>
      <h3>Conventions signées et attestations délivrées</h3>
      <ul className="region-items">
        {items.map(({ operation, session }) => {
          const signed = session.convention && currentSignedDocument(session.convention);
          const closure = session.closure;
          return (
            <li key={session.id} className="region-item">
              <div className="region-item__text">
                <strong>Session « {session.title} »</strong>
                <p className="region-muted">
                  {operation.title}
                  {closure?.attestationIssuedAt && <> · attestation délivrée le {frenchInstant(closure.attestationIssuedAt)}</>}
                </p>
                <DocumentLinks>
                  {signed && <DocumentLink href={signed.url} label="Convention signée (PDF)" context={session.title} detail={`version ${signed.version}`} />}
                  {closure?.attestationUrl && <DocumentLink href={closure.attestationUrl} label="Attestation de conformité (PDF)" context={session.title} />}
                  {closure?.bonusRequestUrl && <DocumentLink href={closure.bonusRequestUrl} label="Demande de prime DEFI (PDF)" context={session.title} />}
                </DocumentLinks>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
