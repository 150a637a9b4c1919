import { useQuery } from "@apollo/client/react";
import type { RegionPurchaseOrdersQuery } from "../../../generated/gql/graphql";
import type { ViewerInfo } from "../../shell/AppShell";
import { DocumentLink } from "../../documents/DocumentLink";
import { ActionButton } from "../../ui/ActionButton";
import { frenchDateTime, PURCHASE_ORDER_STATUS_LABELS } from "../../ui/labels";
import { Badge, QueryState } from "../../ui/states";
import { Cell } from "./Cell";
import { REGION_MOVE_PURCHASE_ORDER, REGION_PURCHASE_ORDERS } from "./queries";
import { ReasonForm } from "./ReasonForm";

type Order = RegionPurchaseOrdersQuery["purchaseOrders"]["nodes"][number];

const STATUS_TONES: Record<string, "neutral" | "good" | "warn" | "bad"> = {
  QUEUED: "warn",
  VALIDATED_BY_HEAD_OF_UNIT: "warn",
  VALIDATED: "good",
  REFUSED: "bad",
  CANCELLED: "bad",
};

/** The status the viewer's validation moves an order to, if the viewer validates at that stage. */
function nextValidation(role: string, status: string): "VALIDATED_BY_HEAD_OF_UNIT" | "VALIDATED" | null {
  if (role === "HEAD_OF_UNIT" && status === "QUEUED") return "VALIDATED_BY_HEAD_OF_UNIT";
  if (role === "HEAD_OF_SERVICE" && status === "VALIDATED_BY_HEAD_OF_UNIT") return "VALIDATED";
  return null;
}

const VALIDATORS = ["HEAD_OF_UNIT", "HEAD_OF_SERVICE"];

export function PurchaseOrdersSection({ viewer }: { viewer: ViewerInfo }) {
  const { data, loading, error } = useQuery(REGION_PURCHASE_ORDERS);
  const validator = VALIDATORS.includes(viewer.role);
  return (
    <section aria-labelledby="region-orders" className="panel">
      <h2 id="region-orders">Bons de commande</h2>
      <p className="region-muted">
        « 1 emploi = 1 formation » : un bon de commande par intention d'embauche, servi dans l'ordre d'arrivée,
        validé par le chef de pôle puis par la cheffe de service.
      </p>
      <QueryState loading={loading} error={error} data={data} empty={(d) => (d.purchaseOrders.nodes.length ? null : "Aucun bon de commande sur votre territoire.")}>
        {(d) => {
          const orders = [...d.purchaseOrders.nodes].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
          return (
            <div className="table-scroll">
              <table className="region-orders region-cards" role="table">
                <caption className="visually-hidden">Bons de commande, dans l'ordre d'arrivée</caption>
                <thead role="rowgroup">
                  <tr role="row">
                    <th scope="col" role="columnheader">Poste et entreprise</th>
                    <th scope="col" role="columnheader">Arrivée</th>
                    <th scope="col" role="columnheader">Opération</th>
                    <th scope="col" role="columnheader">Demandé par</th>
                    <th scope="col" role="columnheader">Statut</th>
                    {validator && <th scope="col" role="columnheader">Décision</th>}
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  {orders.map((order, index) => <OrderRow key={order.id} order={order} rank={index + 1} role={viewer.role} validator={validator} />)}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryState>
    </section>
  );
}

function OrderRow({ order, rank, role, validator }: { order: Order; rank: number; role: string; validator: boolean }) {
  const job = order.hiringIntention?.jobTitle ?? "Poste non visible";
  const company = order.hiringIntention?.company?.name;
  const to = nextValidation(role, order.status);
  // nothing is decided on a closed operation
  const pending = (order.status === "QUEUED" || order.status === "VALIDATED_BY_HEAD_OF_UNIT") && order.operation?.status !== "CLOSED";
  return (
    <tr role="row">
      <th scope="row" role="rowheader">
        {job}
        {company && <span className="region-session">{company}</span>}
      </th>
      <Cell column="Arrivée">
        <span className="region-session">n° {rank}</span>
        <span className="region-date">{frenchDateTime(order.receivedAt)}</span>
      </Cell>
      <Cell column="Opération">{order.operation?.title ?? "—"}</Cell>
      <Cell column="Demandé par">
        {order.requestedBy?.name ?? "—"}
        {order.lead && order.lead.name !== order.requestedBy?.name && <span className="region-session">Mandataire : {order.lead.name}</span>}
      </Cell>
      <Cell column="Statut">
        <Badge tone={STATUS_TONES[order.status] ?? "neutral"}>{PURCHASE_ORDER_STATUS_LABELS[order.status] ?? order.status}</Badge>
        {order.status === "REFUSED" && order.refusalReason && <span className="region-session">Motif : {order.refusalReason}</span>}
        <span className="region-session"><DocumentLink href={order.documentUrl} label="Bon de commande (PDF)" context={company ? `${job}, ${company}` : job} /></span>
      </Cell>
      {validator && (
        <Cell column="Décision">
          {pending ? (
            <div className="region-actions">
              {to && (
                <ActionButton
                  mutation={REGION_MOVE_PURCHASE_ORDER}
                  variables={{ input: { purchaseOrderId: order.id, to } }}
                  label="Valider"
                  busyLabel="Validation…"
                />
              )}
              {!to && <span className="region-muted">{order.status === "QUEUED" ? "En attente du chef de pôle" : "En attente de la cheffe de service"}</span>}
              <ReasonForm
                mutation={REGION_MOVE_PURCHASE_ORDER}
                variables={(reason) => ({ input: { purchaseOrderId: order.id, to: "REFUSED" as const, reason } })}
                label="Motif du refus"
                submitLabel="Refuser"
                tone="danger"
                context={`Refuser le bon de commande : ${job}`}
              />
            </div>
          ) : <span className="region-muted">{order.operation?.status === "CLOSED" && !["VALIDATED", "REFUSED", "CANCELLED"].includes(order.status) ? "Opération clôturée" : "Décision prise"}</span>}
        </Cell>
      )}
    </tr>
  );
}
