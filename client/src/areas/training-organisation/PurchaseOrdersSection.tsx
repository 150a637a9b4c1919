import { graphql } from "../../../generated/gql";
import { DocumentLink } from "../../documents/DocumentLink";
import { ActionButton } from "../../ui/ActionButton";
import { frenchDateTime, PURCHASE_ORDER_STATUS_LABELS } from "../../ui/labels";
import { Badge, Empty } from "../../ui/states";
import { PURCHASE_ORDER_TONES } from "./labels";
import { useOperationClosed } from "./lock";
import { CockpitSection } from "./Section";
import type { CockpitOperation, CockpitPurchaseOrder } from "./types";

const REQUEST = graphql(`
  mutation CockpitRequestPurchaseOrder($hiringIntentionId: ID!) {
    requestPurchaseOrder(hiringIntentionId: $hiringIntentionId) { id status }
  }
`);

/** « 1 emploi = 1 formation »: one purchase order per hiring intention, served in order of arrival. */
export function PurchaseOrdersSection({ intentions, orders }: { intentions: CockpitOperation["hiringIntentions"]; orders: Map<string, CockpitPurchaseOrder> }) {
  const closed = useOperationClosed();
  const ordered = [...intentions].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  return (
    <CockpitSection id="bons-de-commande" title="Bons de commande">
      <p className="cockpit-meta">Un bon de commande par intention d'embauche, servi dans l'ordre d'arrivée ; il est adressé au chef de file du groupement.</p>
      {ordered.length === 0 ? (
        <Empty>Aucune intention d'embauche pour cette opération.</Empty>
      ) : (
        <ul className="cockpit-list">
          {ordered.map((intention) => {
            const order = orders.get(intention.id) ?? null;
            return (
              <li key={intention.id}>
                <div className="cockpit-row">
                  <strong>{intention.company?.name ?? "Entreprise"}</strong>
                  <span>{intention.jobTitle} ({intention.positions} poste{intention.positions > 1 ? "s" : ""})</span>
                  <span className="cockpit-meta">intention reçue le {frenchDateTime(intention.receivedAt)}</span>
                </div>
                <div className="cockpit-actions">
                  {order && (
                    <span className="cockpit-row">
                      <span>Bon de commande :</span>
                      <Badge tone={PURCHASE_ORDER_TONES[order.status] ?? "neutral"}>{PURCHASE_ORDER_STATUS_LABELS[order.status] ?? order.status}</Badge>
                      <span className="cockpit-meta">demandé le {frenchDateTime(order.receivedAt)}{order.lead ? `, adressé à ${order.lead.name}` : ""}</span>
                      {order.refusalReason && <span>Motif du refus : {order.refusalReason}</span>}
                      {order.cancelledAt && <span className="cockpit-meta">annulé le {frenchDateTime(order.cancelledAt)}</span>}
                      <DocumentLink href={order.documentUrl} label="Bon de commande (PDF)" context={`${intention.jobTitle}, ${intention.company?.name ?? "entreprise"}`} />
                    </span>
                  )}
                  {intention.status === "WITHDRAWN" && !order && <Badge tone="bad">Intention retirée par l'entreprise</Badge>}
                  {!closed && intention.status === "SUBMITTED" && (!order || order.status === "REFUSED" || order.status === "CANCELLED") && (
                    <ActionButton
                      mutation={REQUEST}
                      variables={{ hiringIntentionId: intention.id }}
                      label={order ? "Demander un nouveau bon de commande" : "Demander le bon de commande"}
                      tone={order ? "secondary" : "primary"}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </CockpitSection>
  );
}
