import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import type { SignatureOptionInput, UpdateConventionInput } from "../../../generated/gql/graphql";
import { Field } from "../../ui/Field";
import type { CockpitConvention } from "./types";
import { useSubmit } from "../../ui/useSubmit";
import { FormMessages } from "../../ui/FormMessages";

const UPDATE = graphql(`
  mutation CockpitUpdateConvention($input: UpdateConventionInput!) {
    updateConvention(input: $input) {
      id version status plannedSignatureDate signaturePlace body
      signatureOptions { date startTime endTime }
    }
  }
`);

/** The server caps the options it keeps. */
const MAX_OPTIONS = 5;

interface OptionDraft {
  date: string;
  startTime: string;
  endTime: string;
}

const EMPTY_OPTION: OptionDraft = { date: "", startTime: "", endTime: "" };

const draftsOf = (options: CockpitConvention["signatureOptions"]): OptionDraft[] =>
  options.length ? options.map((o) => ({ date: o.date, startTime: o.startTime, endTime: o.endTime ?? "" })) : [EMPTY_OPTION];

/** What the server is sent for the filled rows: a date, a start time, an end time only when given. */
const inputsOf = (drafts: OptionDraft[]): SignatureOptionInput[] =>
  drafts.filter((o) => o.date || o.startTime || o.endTime).map((o) => ({ date: o.date, startTime: o.startTime, endTime: o.endTime || null }));

const sameOptions = (a: SignatureOptionInput[], b: CockpitConvention["signatureOptions"]) =>
  JSON.stringify(a) === JSON.stringify(b.map((o) => ({ date: o.date, startTime: o.startTime, endTime: o.endTime ?? null })));

/**
 * Signature options (a date, a start time, an optional end time: several may be proposed to the
 * RTF at J-28), the day chosen (which can be cleared), the place and the text: only what changed
 * is sent. When the server's version changes, the form shows the new one.
 */
export function ConventionForm({ convention, anySigned }: { convention: CockpitConvention; anySigned: boolean }) {
  const [options, setOptions] = useState<OptionDraft[]>(draftsOf(convention.signatureOptions));
  const [planned, setPlanned] = useState(convention.plannedSignatureDate ?? "");
  const [place, setPlace] = useState(convention.signaturePlace ?? "");
  const [body, setBody] = useState(convention.body);
  const [syncedVersion, setSyncedVersion] = useState(convention.version);
  const { submit, loading, errors, done } = useSubmit(UPDATE);
  if (syncedVersion !== convention.version) {
    // A new version (this edit or another one): show what the server now holds.
    setSyncedVersion(convention.version);
    setOptions(draftsOf(convention.signatureOptions));
    setPlanned(convention.plannedSignatureDate ?? "");
    setPlace(convention.signaturePlace ?? "");
    setBody(convention.body);
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input: UpdateConventionInput = { conventionId: convention.id };
    const chosen = inputsOf(options);
    if (!sameOptions(chosen, convention.signatureOptions)) input.signatureOptions = chosen;
    if ((planned || null) !== (convention.plannedSignatureDate ?? null)) input.plannedSignatureDate = planned || null;
    if (place.trim() && place.trim() !== convention.signaturePlace) input.signaturePlace = place.trim();
    if (body !== convention.body) input.body = body;
    void submit({ input });
  };
  const setOption = (index: number, patch: Partial<OptionDraft>) => setOptions(options.map((o, i) => (i === index ? { ...o, ...patch } : o)));
  const removeOption = (index: number) => setOptions(options.length > 1 ? options.filter((_, i) => i !== index) : [EMPTY_OPTION]);

  return (
    <form onSubmit={onSubmit} className="cockpit-form" aria-label="Modifier la convention">
      <fieldset>
        <legend>Options de signature (date et horaires)</legend>
        <p className="field__hint">Proposées au RTF à J-28 : une date, une heure de début et, si besoin, une heure de fin ({MAX_OPTIONS} options au plus).</p>
        {errors.byField.signatureOptions && <p className="field__error" role="alert">{errors.byField.signatureOptions}</p>}
        {options.map((option, index) => (
          <div key={index} className="cockpit-option" role="group" aria-label={`Option ${index + 1}`}>
            <Field label="Date">
              {(props) => <input {...props} type="date" value={option.date} onChange={(e) => setOption(index, { date: e.target.value })} />}
            </Field>
            <Field label="Heure de début">
              {(props) => <input {...props} type="time" value={option.startTime} onChange={(e) => setOption(index, { startTime: e.target.value })} />}
            </Field>
            <Field label="Heure de fin (facultative)">
              {(props) => <input {...props} type="time" value={option.endTime} onChange={(e) => setOption(index, { endTime: e.target.value })} />}
            </Field>
            <button type="button" className="button button--secondary" onClick={() => removeOption(index)} aria-label={`Retirer l'option ${index + 1}`}>Retirer</button>
          </div>
        ))}
        {options.length < MAX_OPTIONS && (
          <button type="button" className="button button--secondary" onClick={() => setOptions([...options, EMPTY_OPTION])}>Ajouter une option</button>
        )}
      </fieldset>
      <div className="cockpit-dates">
        <Field label="Date de signature retenue" error={errors.byField.plannedSignatureDate} hint="Laissez vide tant qu'elle n'est pas arrêtée.">
          {(props) => <input {...props} type="date" value={planned} onChange={(e) => setPlanned(e.target.value)} />}
        </Field>
        {planned && (
          <button type="button" className="button button--secondary cockpit-clear" onClick={() => setPlanned("")}>Effacer la date retenue</button>
        )}
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
      <FormMessages errors={errors} shownFields={["signatureOptions", "plannedSignatureDate", "signaturePlace", "body"]} done={done} doneText="Convention enregistrée." />
      <button type="submit" className="button button--primary" disabled={loading}>Enregistrer la convention</button>
    </form>
  );
}
