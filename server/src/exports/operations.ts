import { OrganisationKind } from "../domain/kinds.js";
import { StepStatus } from "../domain/process/progress.js";
import { OperationStatus, PurchaseOrderStatus } from "../domain/vocabulary.js";
import type { ExportDefinition } from "./definition.js";
import { CONVENTION_STATUS_LABELS, OPERATION_STATUS_LABELS, PROCUREMENT_ROUTE_LABELS, STEP_STATUS_LABELS } from "./labels.js";
import { boardOperations, type BoardOperation, type BoardSession } from "./operations.query.js";
import { date, dayOf, integer, text, type Cell, type Column } from "./sheet.js";

interface Line {
  operation: BoardOperation;
  session: BoardSession | null;
  today: string;
}

const PENDING_ORDERS: readonly string[] = [PurchaseOrderStatus.QUEUED, PurchaseOrderStatus.VALIDATED_BY_HEAD_OF_UNIT];

/** The step in progress, as the board names it: the first one neither done nor without object. */
function currentStep(operation: BoardOperation): { label: string; status: string } {
  const step = [...operation.steps].sort((a, b) => a.number - b.number).find((s) => s.status !== StepStatus.DONE && s.status !== StepStatus.NOT_APPLICABLE);
  if (step) return { label: `${step.number}. ${step.label}`, status: STEP_STATUS_LABELS[step.status] };
  return { label: operation.status === OperationStatus.CLOSED ? "Opération clôturée" : "Toutes les étapes sont faites", status: "" };
}

function conventionState(line: Line): string | null {
  if (!line.session) return null;
  if (!line.operation.programme?.rules.hasPartnershipConvention) return "Sans convention de partenariat (bon de commande)";
  return line.session.convention ? CONVENTION_STATUS_LABELS[line.session.convention.status] : "Non rédigée";
}

const awaited = (session: BoardSession | null) => session?.convention?.signatories.filter((s) => !s.withdrawnAt) ?? [];

const lateItems = (line: Line) => line.session?.convention?.planning.filter((p) => p.late) ?? [];

/** The next signature step not done yet and not late, soonest first. */
function nextItem(line: Line) {
  return (line.session?.convention?.planning ?? [])
    .filter((p) => !p.doneAt && !p.late && p.dueDate && p.dueDate >= line.today)
    .sort((a, b) => (a.dueDate ?? "").localeCompare(b.dueDate ?? ""))[0];
}

/** Where the DEFI bonus stands; « Sans objet » where the programme pays none. */
function bonusState(line: Line): string | null {
  if (!line.session) return null;
  if (!line.operation.programme?.rules.paysCompletionBonus) return "Sans objet";
  const closure = line.session.closure;
  if (closure?.bonusPaidAt) return "Payée";
  if (closure?.bonusAcknowledgedAt) return "Réception accusée, paiement à enregistrer";
  if (closure?.bonusRequestedAt) return "Demandée, réception à accuser";
  return "Non demandée";
}

const COLUMNS: { column: Column; value(line: Line): Cell }[] = [
  { column: text("Opération", 30), value: (l) => l.operation.title },
  { column: text("Programme", 22), value: (l) => l.operation.programme?.name ?? null },
  { column: text("Département", 12), value: (l) => l.operation.department },
  { column: text("Statut de l'opération", 14), value: (l) => OPERATION_STATUS_LABELS[l.operation.status] },
  { column: text("Voie d'achat", 18), value: (l) => PROCUREMENT_ROUTE_LABELS[l.operation.procurementRoute] },
  { column: text("Étape en cours", 34), value: (l) => currentStep(l.operation).label },
  { column: text("État de l'étape", 12), value: (l) => currentStep(l.operation).status || null },
  { column: integer("Bons de commande à valider (opération)", 16), value: (l) => l.operation.purchaseOrders.filter((p) => PENDING_ORDERS.includes(p.status)).length },
  { column: text("Session", 30), value: (l) => l.session?.title ?? null },
  { column: text("N° EOS", 12), value: (l) => l.session?.eosNumber ?? null },
  { column: text("Organisme de formation", 26), value: (l) => l.session?.trainingOrganisation?.name ?? null },
  { column: date("Début de session"), value: (l) => l.session?.startDate ?? null },
  { column: date("Fin de session"), value: (l) => l.session?.endDate ?? null },
  { column: integer("Places financées"), value: (l) => l.session?.fundedPlaces ?? null },
  { column: integer("Places hors financement"), value: (l) => l.session?.extraPlaces ?? null },
  { column: text("Qualification", 14), value: (l) => (l.session ? (l.session.qualification.qualified ? "Qualifiée" : "Non qualifiée") : null) },
  { column: integer("Stagiaires engagés comptés"), value: (l) => l.session?.qualification.counted ?? null },
  { column: integer("Minimum requis"), value: (l) => l.session?.qualification.required ?? null },
  { column: text("Règle appliquée", 40), value: (l) => l.session?.qualification.ruleLabel ?? null },
  { column: text("Convention", 22), value: conventionState },
  { column: integer("Signatures obtenues"), value: (l) => (l.session?.convention ? awaited(l.session).filter((s) => s.signed).length : null) },
  { column: integer("Signatures manquantes"), value: (l) => (l.session?.convention ? awaited(l.session).filter((s) => s.required && !s.signed).length : null) },
  { column: date("Signature prévue le"), value: (l) => l.session?.convention?.plannedSignatureDate ?? null },
  { column: date("Convention signée le"), value: (l) => dayOf(l.session?.convention?.signedAt) },
  { column: integer("Échéances en retard"), value: (l) => (l.session?.convention ? lateItems(l).length : null) },
  { column: text("Détail des retards", 40), value: (l) => lateItems(l).map((p) => p.label).join(" ; ") || null },
  { column: text("Prochaine échéance", 40), value: (l) => nextItem(l)?.label ?? null },
  { column: date("Prochaine échéance le"), value: (l) => nextItem(l)?.dueDate ?? null },
  { column: integer("Suivis dans l'emploi en retard"), value: (l) => (l.session ? l.session.candidacies.flatMap((c) => c.followUps).filter((f) => f.overdue).length : null) },
  { column: date("Attestation de conformité le"), value: (l) => dayOf(l.session?.closure?.attestationIssuedAt) },
  { column: text("Prime DEFI", 26), value: bonusState },
  { column: date("Prime demandée le"), value: (l) => dayOf(l.session?.closure?.bonusRequestedAt) },
  { column: date("Réception accusée le"), value: (l) => dayOf(l.session?.closure?.bonusAcknowledgedAt) },
  { column: date("Prime payée le"), value: (l) => dayOf(l.session?.closure?.bonusPaidAt) },
  { column: date("Session clôturée le"), value: (l) => dayOf(l.session?.closure?.closedAt) },
];

/**
 * The Region's operations of its territory, as its board shows them: one row per session (an
 * operation without a session yet has one row), read through the same API fields as the board.
 */
export const OPERATIONS_EXPORT: ExportDefinition = {
  name: "operations",
  fileName: "opérations-du-territoire",
  kinds: [OrganisationKind.REGION],
  refusal: "L'export des opérations du territoire est réservé à la Région.",
  async build({ ctx, schema }) {
    const { today, operations } = await boardOperations(schema, ctx);
    const lines: Line[] = operations
      .sort((a, b) => a.title.localeCompare(b.title, "fr"))
      .flatMap((operation): Line[] => {
        const sessions = [...operation.trainingSessions].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title, "fr"));
        return sessions.length ? sessions.map((session) => ({ operation, session, today })) : [{ operation, session: null, today }];
      });
    return {
      title: "Opérations",
      columns: COLUMNS.map((c) => c.column),
      rows: lines.map((line) => COLUMNS.map((c) => c.value(line))),
    };
  },
};
