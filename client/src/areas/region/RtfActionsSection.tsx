import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { ActionButton } from "../../ui/ActionButton";
import { frenchDateTime, frenchDay } from "../../ui/labels";
import { QueryState } from "../../ui/states";
import type { BoardOperation } from "./board";
import {
  REGION_BOARD, REGION_FORWARD_TO_CABINET, REGION_ISSUE_CONFORMITY_ATTESTATION, REGION_RECORD_OFFICIAL_INVITATIONS, REGION_TASKS,
} from "./queries";

interface RtfAction {
  key: string;
  what: string;
  subject: string;
  operationTitle: string;
  detail: ReactNode;
  button: ReactNode;
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
                </div>
                {a.button}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
