import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { Link } from "react-router";
import type { OrganisationKind } from "../../../generated/gql/graphql";
import { isOrganisationKind, PARTNER_KINDS } from "../../organisations/kinds";
import { Disclosure } from "../../ui/Disclosure";
import { Field } from "../../ui/Field";
import { KIND_LABELS } from "../../ui/labels";
import { QueryState } from "../../ui/states";
import { CreateOrganisationForm } from "./CreateOrganisationForm";
import { OrganisationRow } from "./OrganisationRow";
import { PAGE_SIZE, TERRITORY_ORGANISATIONS } from "./organisations";

/** /tableau-de-bord/organisations — the territory's organisations: create, correct, deactivate, invite their first person. */
export function TerritoryOrganisations() {
  const [kind, setKind] = useState<OrganisationKind | "">("");
  // the cursors of the pages seen so far: the last one is the page shown
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const { data, loading, error } = useQuery(TERRITORY_ORGANISATIONS, { variables: { kind: kind || null, first: PAGE_SIZE, after } });
  const choose = (value: string) => {
    setKind(isOrganisationKind(value) ? value : "");
    setCursors([null]);
  };
  return (
    <div className="region">
      <p><Link to="/tableau-de-bord">← Tableau de bord régional</Link></p>
      <h1>Organisations du territoire</h1>
      <section className="panel" aria-labelledby="organisations-creer">
        <h2 id="organisations-creer" className="visually-hidden">Nouvelle organisation</h2>
        <Disclosure label="Créer une organisation" tone="primary">
          <CreateOrganisationForm />
        </Disclosure>
      </section>
      <section className="panel" aria-labelledby="organisations-liste">
        <h2 id="organisations-liste">Organisations</h2>
        <form className="region-filters organisations-filter" role="search" aria-label="Filtrer les organisations" onSubmit={(e) => e.preventDefault()}>
          <Field label="Filtrer par type">
            {(props) => (
              <select {...props} value={kind} onChange={(e) => choose(e.target.value)}>
                <option value="">Tous les types</option>
                {[...PARTNER_KINDS, "REGION" as const].map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
              </select>
            )}
          </Field>
        </form>
        <QueryState loading={loading} error={error} data={data} empty={(d) => (d.organisations.nodes.length ? null : "Aucune organisation de ce type sur le territoire.")}>
          {(d) => (
            <>
              <p className="region-count" aria-live="polite">
                {d.organisations.totalCount} organisation{d.organisations.totalCount > 1 ? "s" : ""}
                {cursors.length > 1 || d.organisations.pageInfo.hasNextPage ? ` · page ${cursors.length}` : ""}
              </p>
              <div className="table-scroll">
                <table className="territory-organisations">
                  <caption className="visually-hidden">Organisations du territoire</caption>
                  <thead>
                    <tr>
                      <th scope="col">Raison sociale</th>
                      <th scope="col">Type</th>
                      <th scope="col">SIRET</th>
                      <th scope="col">Commune</th>
                      <th scope="col">État</th>
                      <th scope="col">Actions</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.organisations.nodes.map((organisation) => <OrganisationRow key={organisation.id} organisation={organisation} />)}
                  </tbody>
                </table>
              </div>
              <nav className="form-actions pager" aria-label="Pages des organisations">
                {cursors.length > 1 && (
                  <button type="button" className="button button--secondary" onClick={() => setCursors(cursors.slice(0, -1))}>Page précédente</button>
                )}
                {d.organisations.pageInfo.hasNextPage && (
                  <button type="button" className="button button--secondary" onClick={() => setCursors([...cursors, d.organisations.pageInfo.endCursor ?? null])}>Page suivante</button>
                )}
              </nav>
            </>
          )}
        </QueryState>
      </section>
    </div>
  );
}
