import type { EntityManager } from "typeorm";
import { durabilityExplanation } from "../domain/durable-employment.js";
import { count, dateRange, longDateOf, longDateTime, ofNoun, quoted } from "../domain/french.js";
import { GROUPEMENT_ROLE_LABELS, MEMBER_ROLE_LABELS } from "../domain/kinds.js";
import { PURCHASE_ORDER_STATUS_LABELS } from "../domain/machines.js";
import { HiringIntention } from "../entities/hiring-intention.js";
import { Organisation } from "../entities/organisation.js";
import type { PurchaseOrder } from "../entities/purchase-order.js";
import { TrainingSession } from "../entities/training-session.js";
import type { User } from "../entities/user.js";
import { CERTIFICATION_LEVEL_LABELS, contractLabel, fullName } from "./labels.js";
import { pdfFileName, type DocumentModel } from "./model.js";
import { operationAndProgramme, regionName, usersByIds } from "./sources.js";

/** Which journal event records which step of an order, and the date field it sets. */
const STEPS = {
  PURCHASE_ORDER_VALIDATED_BY_HEAD_OF_UNIT: "headOfUnitValidatedAt",
  PURCHASE_ORDER_VALIDATED: "headOfServiceValidatedAt",
  PURCHASE_ORDER_REFUSED: "refusedAt",
  PURCHASE_ORDER_CANCELLED: "cancelledAt",
} as const;

/**
 * The purchase order (bon de commande, « 1 emploi = 1 formation », seed 002): one path for one
 * individual hiring intention, addressed to the group's lead (mandataire), validated by the chef
 * de pôle then the cheffe de service. Its version counts the steps it went through: 1 when
 * requested, one more for each validation, refusal or cancellation.
 */
export async function purchaseOrderModel(manager: EntityManager, order: PurchaseOrder): Promise<DocumentModel> {
  const intention = await manager.findOneByOrFail(HiringIntention, { id: order.hiringIntentionId });
  const { operation, programme } = await operationAndProgramme(manager, order.operationId);
  const session = intention.trainingSessionId ? await manager.findOneBy(TrainingSession, { id: intention.trainingSessionId }) : null;
  const [lead, requester, company] = await Promise.all(
    [order.leadOrganisationId, order.requestedByOrganisationId, intention.companyId].map((id) => manager.findOneBy(Organisation, { id })),
  );
  // who took each step: the actor of its journal event
  const events: { type: keyof typeof STEPS; actor_user_id: string | null }[] = await manager.query(
    `SELECT type, actor_user_id FROM journal_event WHERE type = ANY($1) AND payload->>'purchaseOrderId' = $2 ORDER BY id`, [Object.keys(STEPS), order.id],
  );
  const users = await usersByIds(manager, events.map((e) => e.actor_user_id));
  const by = (type: keyof typeof STEPS): User | undefined => users.get(events.find((e) => e.type === type)?.actor_user_id ?? "");
  const step = (type: keyof typeof STEPS, label: string, detail = ""): [string, string] => {
    const at = order[STEPS[type]];
    const who = by(type);
    return [label, at ? `le ${longDateOf(at)}${who ? ` par ${fullName(who)} (${MEMBER_ROLE_LABELS[who.role]})` : ""}${detail}` : "en attente"];
  };
  const version = 1 + Object.values(STEPS).filter((field) => order[field]).length;
  const reference = `BC-${order.id.slice(0, 8).toUpperCase()}`;
  return {
    kind: "purchase-order",
    issuer: await regionName(manager, operation.territory),
    title: `Bon de commande ${reference}`,
    runningHead: programme.name,
    subtitle: `${programme.name} — opération ${quoted(operation.title)}`,
    version,
    blocks: [
      { kind: "paragraph", text: `Statut : ${PURCHASE_ORDER_STATUS_LABELS[order.status]}.` },
      {
        kind: "facts",
        rows: [
          ["Destinataire", `${lead?.name ?? "—"}${lead?.groupementRole ? ` (${GROUPEMENT_ROLE_LABELS[lead.groupementRole].toLowerCase()} du groupement)` : ""}${lead?.siret ? `, SIRET ${lead.siret}` : ""}`],
          ["Demandé par", order.requestedByOrganisationId === order.leadOrganisationId ? lead?.name ?? "—" : `${requester?.name ?? "—"}, son mandataire informé`],
          ["Reçu le", `${longDateTime(order.receivedAt)} (les bons de commande sont servis dans l'ordre d'arrivée)`],
        ],
      },
      { kind: "heading", text: "Le parcours commandé" },
      {
        kind: "paragraph",
        text: `Un parcours de formation pour l'intention d'embauche de ${company?.name ?? "l'entreprise"} : ${count(intention.positions, "poste")} ${ofNoun(intention.jobTitle)} `
          + `en ${contractLabel(intention.contractType, intention.contractDurationMonths)}, reçue le ${longDateOf(intention.receivedAt)}.`,
      },
      {
        kind: "facts",
        rows: [
          ["Emploi", durabilityExplanation(intention.contractType, intention.contractDurationMonths, programme.rules.durableContractMinimumMonths)],
          ...(intention.derogationGrantedAt ? [["Dérogation", `accordée par la Région le ${longDateOf(intention.derogationGrantedAt)} : ${intention.derogationReason ?? ""}`] as [string, string]] : []),
          ["Session", session ? `${session.title}, ${dateRange(session.startDate, session.endDate)}, à ${session.location}` : "à rattacher"],
          ...(session ? [
            ["Durée", `${count(session.hoursInCentre, "heure")} en centre et ${count(session.hoursInCompany, "heure")} en entreprise`] as [string, string],
            ["Certification visée", `${session.certificationTitle} (${CERTIFICATION_LEVEL_LABELS[session.certificationLevel]})`] as [string, string],
          ] : []),
        ],
      },
      { kind: "heading", text: "Validation par la Région" },
      {
        kind: "facts",
        rows: [
          step("PURCHASE_ORDER_VALIDATED_BY_HEAD_OF_UNIT", "Chef de pôle"),
          step("PURCHASE_ORDER_VALIDATED", "Cheffe de service"),
          ...(order.refusedAt ? [step("PURCHASE_ORDER_REFUSED", "Refus", `, motif : ${order.refusalReason ?? "—"}`)] : []),
          ...(order.cancelledAt ? [step("PURCHASE_ORDER_CANCELLED", "Annulation (intention retirée)")] : []),
        ],
      },
      { kind: "paragraph", text: "Le conventionnement se fait uniquement avec l'organisme de formation au travers du bon de commande ; il ne vaut que validé par le chef de pôle puis la cheffe de service." },
    ],
    appendix: [],
    fileName: pdfFileName("Bon de commande", intention.jobTitle, company?.name),
    issuedAt: order.headOfServiceValidatedAt ?? order.receivedAt,
  };
}
