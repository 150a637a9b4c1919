import { useQuery } from "@apollo/client/react";
import { graphql } from "../../generated/gql";
import { Field } from "../ui/Field";

const LEADS = graphql(`
  query GroupementLeads {
    organisations(kind: TRAINING_ORGANISATION, first: 100) {
      nodes { id name city groupementRole deactivatedAt }
    }
  }
`);

/** The mandataire of a cotraitant or sous-traitant: a training organisation that leads a groupement. */
export function GroupementLeadSelect({ value, onChange, error, selfId }: { value: string; onChange: (id: string) => void; error?: string; selfId?: string }) {
  // a mandataire created a moment ago is offered at once
  const { data, loading } = useQuery(LEADS, { fetchPolicy: "cache-and-network" });
  const leads = (data?.organisations.nodes ?? []).filter((o) => o.groupementRole === "LEAD" && !o.deactivatedAt && o.id !== selfId);
  const hint = loading ? "Chargement des mandataires…" : leads.length ? undefined : "Aucun organisme mandataire connu\u00a0: enregistrez d'abord le mandataire du groupement.";
  return (
    <Field label="Mandataire du groupement" error={error} hint={hint}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value)} required>
          <option value="">Choisir…</option>
          {leads.map((lead) => <option key={lead.id} value={lead.id}>{lead.name} ({lead.city})</option>)}
        </select>
      )}
    </Field>
  );
}
