import { useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import type { UpdateConventionInput } from "../../../generated/gql/graphql";
import { Field } from "../../ui/Field";
import { FormMessages } from "./Section";
import type { CockpitConvention } from "./types";
import { useSubmit } from "./useSubmit";

const UPDATE = graphql(`
  mutation CockpitUpdateConvention($input: UpdateConventionInput!) {
    updateConvention(input: $input) { id version status plannedSignatureDate signaturePlace body }
  }
`);

/** The stored signature date options, read with the form that edits them. */
const DATE_OPTIONS = graphql(`
  query CockpitConventionDateOptions($id: ID!) {
    convention(id: $id) { id version signatureDateOptions }
  }
`);

const OPTION_SLOTS = 3;

/**
 * Signature date options (up to 3), the date chosen, the place and the text: only what changed is
 * sent. When the server's version changes, the form shows the new one.
 */
export function ConventionForm({ convention, anySigned }: { convention: CockpitConvention; anySigned: boolean }) {
  const { data } = useQuery(DATE_OPTIONS, { variables: { id: convention.id } });
  /** null while loading */
  const savedOptions = data?.convention?.signatureDateOptions ?? null;
  const slots = (saved: string[] | null) => Array.from({ length: OPTION_SLOTS }, (_, i) => saved?.[i] ?? "");

  const [options, setOptions] = useState<string[]>(slots(savedOptions));
  const [planned, setPlanned] = useState(convention.plannedSignatureDate ?? "");
  const [place, setPlace] = useState(convention.signaturePlace ?? "");
  const [body, setBody] = useState(convention.body);
  const [syncedVersion, setSyncedVersion] = useState(convention.version);
  const [syncedOptions, setSyncedOptions] = useState(JSON.stringify(savedOptions));
  const { submit, loading, errors, done } = useSubmit(UPDATE);
  if (syncedVersion !== convention.version) {
    // A new version (this edit or another one): show what the server now holds.
    setSyncedVersion(convention.version);
    setPlanned(convention.plannedSignatureDate ?? "");
    setPlace(convention.signaturePlace ?? "");
    setBody(convention.body);
  }
  if (syncedOptions !== JSON.stringify(savedOptions) && savedOptions) {
    setSyncedOptions(JSON.stringify(savedOptions));
    setOptions(slots(savedOptions));
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input: UpdateConventionInput = { conventionId: convention.id };
    const chosen = options.filter(Boolean);
    if (savedOptions ? JSON.stringify(chosen) !== JSON.stringify(savedOptions) : chosen.length > 0) input.signatureDateOptions = chosen;
    if (planned && planned !== convention.plannedSignatureDate) input.plannedSignatureDate = planned;
    if (place.trim() && place.trim() !== convention.signaturePlace) input.signaturePlace = place.trim();
    if (body !== convention.body) input.body = body;
    void submit({ input });
  };
  const setOption = (index: number, value: string) => setOptions(options.map((o, i) => (i === index ? value : o)));

  return (
    <form onSubmit={onSubmit} className="cockpit-form" aria-label="Modifier la convention">
      <fieldset>
        <legend>Options de date de signature</legend>
        <p className="field__hint">Jusqu'à trois dates proposées au RTF (J-28).</p>
        <div className="cockpit-dates">
          {options.map((value, index) => (
            <Field key={index} label={`Option de date ${index + 1}`} error={index === 0 ? errors.byField.signatureDateOptions : undefined}>
              {(props) => <input {...props} type="date" value={value} onChange={(e) => setOption(index, e.target.value)} />}
            </Field>
          ))}
        </div>
      </fieldset>
      <div className="cockpit-dates">
        <Field label="Date de signature retenue" error={errors.byField.plannedSignatureDate}>
          {(props) => <input {...props} type="date" value={planned} onChange={(e) => setPlanned(e.target.value)} />}
        </Field>
        <Field label="Lieu de signature" error={errors.byField.signaturePlace}>
          {(props) => <input {...props} value={place} onChange={(e) => setPlace(e.target.value)} size={40} />}
        </Field>
      </div>
      <Field label="Texte de la convention" error={errors.byField.body}>
        {(props) => <textarea {...props} value={body} onChange={(e) => setBody(e.target.value)} rows={8} />}
      </Field>
      <p className={anySigned ? "state state--warn" : "field__hint"}>
        {anySigned
          ? "Attention : des partenaires ont déjà signé. Toute modification de la convention annule toutes les signatures, qui seront à refaire."
          : "Une modification faite après une signature annule toutes les signatures : chaque signataire devra signer à nouveau."}
      </p>
      <FormMessages errors={errors} shownFields={["signatureDateOptions", "plannedSignatureDate", "signaturePlace", "body"]} done={done} doneText="Convention enregistrée." />
      <button type="submit" className="button button--primary" disabled={loading}>Enregistrer la convention</button>
    </form>
  );
}
