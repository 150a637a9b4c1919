import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { DocumentLink, DocumentLinks } from "../../documents/DocumentLink";
import { currentSignedDocument } from "../../documents/signed";
import { ActionButton } from "../../ui/ActionButton";
import { frenchDateTime, frenchDay } from "../../ui/labels";
import { QueryState } from "../../ui/states";
import type { BoardOperation, BoardSession } from "./board";
import { IssuedDocuments } from "./IssuedDocuments";
import {
  REGION_BOARD, REGION_FORWARD_TO_CABINET, REGION_ISSUE_CONFORMITY_ATTESTATION, REGION_RECORD_OFFICIAL_INVITATIONS, REGION_TASKS,
} from "./queries";

interface RtfAction {
  key: string;
  what: string;
  subject: string;
  operationTitle: string;
  detail: ReactNode;
  /** the documents the RTF acts on: the draft and its contact sheet, the signed convention */
  documents?: ReactNode;
  button: ReactNode;
}

type BoardConvention = NonNullable<BoardSession["convention"]>;

/** The draft the training organisation sent at J-20, with its contact sheet. */
function draftDocuments(convention: BoardConvention): ReactNode {
  return (
    <DocumentLinks>
      <DocumentLink href={convention.documentUrl} label={`Convention en PDF (version ${convention.version})`} context={convention.title} />
      <DocumentLink href={convention.contactSheetUrl} label="Fiche contact (PDF)" context={convention.title} />
    </DocumentLinks>
  );
}

function signedDocument(convention: BoardConvention | null | undefined): ReactNode {
  const signed = convention && currentSignedDocument(convention);
  return signed ? <DocumentLinks><DocumentLink href={signed.url} label="Convention signée (PDF)" context={convention.title} /></DocumentLinks> : null;
}

/**
 * What the RTF has to do now, read from the board's data (open operations only). The attestation
 * is due when the server says so (its task: session ended, final review held, convention signed).
 */
function rtfActions(operations: BoardOperation[], attestationsDue: Set<string>): RtfAction[] {
  const actions: RtfAction[] = [];
  for (const op of operations) {
    if (op.status !== "OPEN") continue;
    for (const session of op.trainingSessions) {
      const convention = session.convention;
      if (convention?.draftSentAt && !convention.forwardedToCabinetAt) {
        actions.push({
          key: `cabinet-${convention.id}`,
          what: "Projet de convention reçu, à transmettre au Cabinet",
          subject: convention.title,
          operationTitle: op.title,
          detail: <>Projet de convention et fiche contact reçus le {frenchDateTime(convention.draftSentAt)}.</>,
          documents: draftDocuments(convention),
          button: <ActionButton mutation={REGION_FORWARD_TO_CABINET} variables={{ conventionId: convention.id }} label="Transmettre au Cabinet" busyLabel="Transmission…" />,
        });
      }
      if (convention?.forwardedToCabinetAt && !convention.invitationsSentAt) {
        actions.push({
          key: `invitations-${convention.id}`,
          what: "Invitations officielles du Cabinet à enregistrer",
          subject: convention.title,
          operationTitle: op.title,
          detail: (
            <>
              Transmise au Cabinet le {frenchDateTime(convention.forwardedToCabinetAt)}.{" "}
              {convention.plannedSignatureDate
                ? <>Signature prévue le {frenchDay(convention.plannedSignatureDate)}.</>
                : <>La date de signature n'est pas encore arrêtée par l'organisme de formation.</>}
            </>
          ),
          documents: draftDocuments(convention),
          button: <ActionButton mutation={REGION_RECORD_OFFICIAL_INVITATIONS} variables={{ conventionId: convention.id }} label="Enregistrer l'envoi des invitations" busyLabel="Enregistrement…" />,
        });
      }
      const held = session.reviews.filter((r) => r.kind === "FINAL" && r.heldAt).map((r) => r.heldAt as string).sort();
      if (attestationsDue.has(session.id) && held.length && !session.closure?.attestationIssuedAt) {
        actions.push({
          key: `attestation-${session.id}`,
          what: "Session terminée, bilan final tenu, convention signée : attestation de conformité à délivrer",
          subject: `Session « ${session.title} »`,
          operationTitle: op.title,
          detail: <>Bilan final tenu le {frenchDateTime(held[held.length - 1])}.</>,
          documents: signedDocument(convention),
          button: <ActionButton mutation={REGION_ISSUE_CONFORMITY_ATTESTATION} variables={{ trainingSessionId: session.id }} label="Délivrer l'attestation de conformité" busyLabel="Délivrance…" />,
        });
      }
    }
  }
  return actions;
}

export function RtfActionsSection() {
  const { data, loading, error } = useQuery(REGION_BOARD);
  const { data: tasks } = useQuery(REGION_TASKS);
  const attestationsDue = new Set((tasks?.tasks ?? []).filter((t) => t.code === "ISSUE_ATTESTATION" && t.subjectId).map((t) => t.subjectId as string));
  return (
    <section aria-labelledby="region-rtf" className="panel">
      <h2 id="region-rtf">Actions du RTF</h2>
      <QueryState loading={loading} error={error} data={data} empty={(d) => (rtfActions(d.operations.nodes, attestationsDue).length ? null : "Aucune action en attente : rien à transmettre au Cabinet, pas d'invitation ni d'attestation à enregistrer.")}>
        {(d) => (
          <ul className="region-items">
            {rtfActions(d.operations.nodes, attestationsDue).map((a) => (
              <li key={a.key} className="region-item">
                <div className="region-item__text">
                  <strong>{a.what}</strong>
                  <p>{a.subject}</p>
                  <p className="region-muted">{a.operationTitle} · {a.detail}</p>
                  {a.documents}
                </div>
                {a.button}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {data && <IssuedDocuments operations={data.operations.nodes} />}
    </section>
  );
}
