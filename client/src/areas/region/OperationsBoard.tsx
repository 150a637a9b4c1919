import { useQuery } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { ExportLinks } from "../../documents/ExportLinks";
import { Field } from "../../ui/Field";
import { frenchDay, STEP_STATUS_LABELS } from "../../ui/labels";
import { Badge, Empty, QueryState } from "../../ui/states";
import {
  currentStep, deadlines, matches, missingSignatures, orderedSteps, programmesOf, purchaseOrdersToValidate,
  type BoardFilters, type BoardOperation,
} from "./board";
import { Cell } from "./Cell";
import { REGION_BOARD } from "./queries";

function filtersFrom(params: URLSearchParams): BoardFilters {
  const status = params.get("statut");
  return {
    programme: params.get("programme") ?? "",
    status: status === "OPEN" || status === "CLOSED" ? status : "",
    lateOnly: params.get("retard") === "1",
    search: params.get("q") ?? "",
  };
}

function paramsFrom(filters: BoardFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.programme) out.set("programme", filters.programme);
  if (filters.status) out.set("statut", filters.status);
  if (filters.lateOnly) out.set("retard", "1");
  if (filters.search) out.set("q", filters.search);
  return out;
}

/**
 * Filters are React state (controls answer at once) mirrored in the address
 * (?programme=&statut=&retard=1&q=), so a filtered board can be shared or reloaded.
 */
function useFilters(): [BoardFilters, (patch: Partial<BoardFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<BoardFilters>(() => filtersFrom(params));
  const update = (patch: Partial<BoardFilters>) => {
    const next = { ...filters, ...patch };
    setFilters(next);
    setParams(paramsFrom(next), { replace: true });
  };
  return [filters, update];
}

const COLUMNS = ["Opération", "Étape en cours", "Qualification", "Échéances", "Signatures", "Suivis en retard", "Bons de commande à valider"] as const;

export function OperationsBoard() {
  const { data, loading, error } = useQuery(REGION_BOARD);
  const [filters, setFilters] = useFilters();
  const operations = useMemo(() => data?.operations.nodes ?? [], [data]);
  const programmes = useMemo(() => programmesOf(operations), [operations]);
  const shown = operations.filter((op) => matches(op, filters));
  const today = data?.today ?? "";
  return (
    <section aria-labelledby="region-operations" className="panel">
      <h2 id="region-operations">Opérations</h2>
      <ExportLinks name="operations" title="Exporter les opérations" hint="Une ligne par session de chaque opération du territoire, sans les filtres : étape, qualification, signatures, échéances, attestation et prime DEFI." />
      <form className="region-filters" role="search" aria-label="Filtrer les opérations" onSubmit={(e) => e.preventDefault()}>
        <Field label="Programme">
          {(props) => (
            <select {...props} value={filters.programme} onChange={(e) => setFilters({ programme: e.target.value })}>
              <option value="">Tous</option>
              {programmes.map((p) => <option key={p.code} value={p.code}>{p.name}</option>)}
            </select>
          )}
        </Field>
        <Field label="Statut">
          {(props) => (
            <select {...props} value={filters.status} onChange={(e) => setFilters({ status: e.target.value === "OPEN" || e.target.value === "CLOSED" ? e.target.value : "" })}>
              <option value="">Toutes</option>
              <option value="OPEN">En cours</option>
              <option value="CLOSED">Clôturées</option>
            </select>
          )}
        </Field>
        <Field label="Rechercher une opération">
          {(props) => (
            <input {...props} type="search" value={filters.search} onChange={(e) => setFilters({ search: e.target.value })} placeholder="Titre, programme, département…" autoComplete="off" />
          )}
        </Field>
        <label className="region-check">
          <input type="checkbox" checked={filters.lateOnly} onChange={(e) => setFilters({ lateOnly: e.target.checked })} />
          Seulement les opérations avec un retard
        </label>
      </form>
      <QueryState loading={loading} error={error} data={data} empty={(d) => (d.operations.nodes.length ? null : "Aucune opération sur votre territoire pour le moment.")}>
        {(d) => (
          <>
            <p className="region-count" role="status">
              {shown.length === operations.length
                ? `${operations.length} opération${operations.length > 1 ? "s" : ""}`
                : `${shown.length} opération${shown.length > 1 ? "s" : ""} sur ${operations.length}`}
              {d.operations.totalCount > operations.length && ` (les ${operations.length} premières sur ${d.operations.totalCount})`}
            </p>
            {shown.length === 0 ? (
              <Empty>Aucune opération ne correspond à ces filtres.</Empty>
            ) : (
              <div className="table-scroll">
                {/* Explicit roles keep the table's semantics when narrow screens restyle it as cards. */}
                <table className="region-board region-cards" role="table">
                  <caption>Opérations du territoire</caption>
                  <thead role="rowgroup">
                    <tr role="row">
                      {COLUMNS.map((c) => <th key={c} scope="col" role="columnheader">{c}</th>)}
                    </tr>
                  </thead>
                  <tbody role="rowgroup">
                    {shown.map((op) => <OperationRow key={op.id} operation={op} today={today} />)}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}

function OperationRow({ operation, today }: { operation: BoardOperation; today: string }) {
  const step = currentStep(operation);
  const sessions = [...operation.trainingSessions].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title, "fr"));
  const several = sessions.length > 1;
  const due = deadlines(operation, today);
  const orders = purchaseOrdersToValidate(operation);
  return (
    <tr role="row">
      <th scope="row" role="rowheader">
        {operation.title}
        <span className="region-muted">
          {operation.programme?.name ?? "Programme inconnu"} · département {operation.department}
        </span>
        {operation.status === "CLOSED" && <Badge>Clôturée</Badge>}
      </th>
      <Cell column="Étape en cours">
        {step ? (
          <>
            <span>{step.number}. {step.label}</span>{" "}
            <span className="region-session">{STEP_STATUS_LABELS[step.status] ?? step.status}</span>
          </>
        ) : operation.status === "CLOSED" ? "Opération clôturée" : "Toutes les étapes sont faites"}
        <details className="region-rule region-steps">
          <summary>Les {operation.steps.length} étapes du programme</summary>
          <ol aria-label={`Étapes du processus : ${operation.title}`}>
            {orderedSteps(operation).map((s) => (
              <li key={s.code}>
                <span>{s.number}. {s.label}</span>{" "}
                <Badge tone={s.status === "DONE" ? "good" : s.status === "IN_PROGRESS" ? "warn" : "neutral"}>{STEP_STATUS_LABELS[s.status] ?? s.status}</Badge>
                <span className="region-session">Terminée quand : {s.endsWhen}</span>
              </li>
            ))}
          </ol>
        </details>
      </Cell>
      <Cell column="Qualification">
        {sessions.length === 0 ? <span className="region-muted">Aucune session</span> : (
          <ul className="region-list">
            {sessions.map((s) => (
              <li key={s.id}>
                {several && <span className="region-session">{s.title}</span>}
                <Badge tone={s.qualification.qualified ? "good" : "bad"}>{s.qualification.qualified ? "qualifiée" : "non qualifiée"}</Badge>{" "}
                <span>{`${s.qualification.counted}/${s.qualification.required}`}</span>
                <details className="region-rule">
                  <summary>Règle appliquée</summary>
                  {s.qualification.explanation}
                </details>
              </li>
            ))}
          </ul>
        )}
      </Cell>
      <Cell column="Échéances">
        {due.length === 0 ? <span className="region-muted">Aucune échéance proche</span> : (
          <ul className="region-list">
            {due.map((d) => (
              <li key={`${d.sessionTitle}-${d.item.code}`}>
                {several && <span className="region-session">{d.sessionTitle}</span>}
                <Badge tone={d.kind === "late" ? "bad" : "warn"}>
                  {d.kind === "late" ? "En retard" : "Bientôt"} : {d.item.label}{d.item.dueDate ? ` (${frenchDay(d.item.dueDate)})` : ""}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </Cell>
      <Cell column="Signatures">
        {sessions.length === 0 ? <span className="region-muted">Aucune session</span> : (
          <ul className="region-list">
            {sessions.map((s) => {
              const missing = missingSignatures(s);
              return (
                <li key={s.id}>
                  {several && <span className="region-session">{s.title}</span>}
                  {!operation.programme?.rules.hasPartnershipConvention
                    ? <span className="region-muted">Sans convention de partenariat (bon de commande)</span>
                    : missing === null ? "Convention non rédigée" : <span className="region-nowrap">{`Signatures manquantes : ${missing}`}</span>}
                  {s.convention?.status === "SIGNED" && <> <Badge tone="good">Signée</Badge></>}
                </li>
              );
            })}
          </ul>
        )}
      </Cell>
      <Cell column="Suivis en retard">{operation.overdueFollowUpCount > 0 ? <Badge tone="bad">{operation.overdueFollowUpCount}</Badge> : 0}</Cell>
      <Cell column="Bons de commande à valider">{orders > 0 ? <Badge tone="warn">{orders}</Badge> : 0}</Cell>
    </tr>
  );
}
