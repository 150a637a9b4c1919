import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import type { CertificationLevel, TrainingSessionFields } from "../../../generated/gql/graphql";
import { Field } from "../../ui/Field";
import { CERTIFICATION_LABELS, frenchDay } from "../../ui/labels";
import { Badge } from "../../ui/states";
import { Disclosure } from "../../ui/Disclosure";
import { useSessionLocked } from "./lock";
import type { ProgrammeFeatures } from "./programme";
import { CockpitSection, PerSession } from "./Section";
import type { CockpitSession } from "./types";
import { useSubmit } from "../../ui/useSubmit";
import { FormMessages } from "../../ui/FormMessages";

const UPDATE = graphql(`
  mutation CockpitUpdateTrainingSession($id: ID!, $input: TrainingSessionFields!) {
    updateTrainingSession(id: $id, input: $input) {
      id title eosNumber defiFlag startDate endDate hoursInCentre hoursInCompany fundedPlaces extraPlaces location
      certificationTitle certificationLevel permanentEntryExit smallerGroupAccepted
    }
  }
`);

/**
 * The session as the training organisation entered it (in EOS for DEFI: number and DEFI flag),
 * and its correction. What does not apply to the programme is neither shown nor sent.
 */
export function SessionSection({ sessions, features }: { sessions: CockpitSession[]; features: ProgrammeFeatures }) {
  return (
    <CockpitSection id="session" title={features.eos ? "Session : saisie administrative (EOS)" : "Session de formation"}>
      <PerSession sessions={sessions}>{(session) => <SessionEntry key={session.id} session={session} features={features} />}</PerSession>
    </CockpitSection>
  );
}

function SessionEntry({ session, features }: { session: CockpitSession; features: ProgrammeFeatures }) {
  const locked = useSessionLocked(session);
  return (
    <>
      <dl className="cockpit-facts">
        <div><dt>Intitulé</dt><dd>{session.title}</dd></div>
        <div><dt>Dates</dt><dd>du {frenchDay(session.startDate)} au {frenchDay(session.endDate)}</dd></div>
        <div><dt>Lieu</dt><dd>{session.location}</dd></div>
        <div><dt>Heures</dt><dd>{session.hoursInCentre} h en centre, {session.hoursInCompany} h en entreprise</dd></div>
        <div><dt>Places</dt><dd>{session.fundedPlaces} financées par la Région{session.extraPlaces ? `, ${session.extraPlaces} complémentaires` : ""}</dd></div>
        <div><dt>Certification visée</dt><dd>{session.certificationTitle} ({CERTIFICATION_LABELS[session.certificationLevel] ?? session.certificationLevel})</dd></div>
        {features.eos && (
          <>
            <div><dt>Numéro EOS</dt><dd>{session.eosNumber ?? <Badge tone="warn">Pas encore saisi</Badge>}</dd></div>
            <div><dt>Drapeau DEFI</dt><dd>{session.defiFlag ? "Oui" : "Non"}</dd></div>
          </>
        )}
        {features.minimumGroup && (
          <>
            <div><dt>Groupe réduit accepté</dt><dd>{session.smallerGroupAccepted ? "Oui, par l'organisme de formation" : "Non"}</dd></div>
            <div><dt>Entrées et sorties permanentes</dt><dd>{session.permanentEntryExit ? "Oui" : "Non"}</dd></div>
          </>
        )}
      </dl>
      {!locked && (
        <div className="cockpit-actions">
          <Disclosure label="Modifier la session">
            <SessionForm session={session} features={features} />
          </Disclosure>
        </div>
      )}
    </>
  );
}

interface Draft {
  title: string;
  startDate: string;
  endDate: string;
  location: string;
  hoursInCentre: string;
  hoursInCompany: string;
  fundedPlaces: string;
  extraPlaces: string;
  certificationTitle: string;
  certificationLevel: CertificationLevel;
  eosNumber: string;
  defiFlag: boolean;
  smallerGroupAccepted: boolean;
  permanentEntryExit: boolean;
}

const draftOf = (s: CockpitSession): Draft => ({
  title: s.title,
  startDate: s.startDate,
  endDate: s.endDate,
  location: s.location,
  hoursInCentre: String(s.hoursInCentre),
  hoursInCompany: String(s.hoursInCompany),
  fundedPlaces: String(s.fundedPlaces),
  extraPlaces: String(s.extraPlaces),
  certificationTitle: s.certificationTitle,
  certificationLevel: s.certificationLevel,
  eosNumber: s.eosNumber ?? "",
  defiFlag: s.defiFlag,
  smallerGroupAccepted: s.smallerGroupAccepted,
  permanentEntryExit: s.permanentEntryExit,
});

const NUMBERS = ["hoursInCentre", "hoursInCompany", "fundedPlaces", "extraPlaces"] as const;
const TEXTS = ["title", "startDate", "endDate", "location", "certificationTitle"] as const;

/** Only what changed is sent; the server journals each change and refuses what breaks a rule. */
function SessionForm({ session, features }: { session: CockpitSession; features: ProgrammeFeatures }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(session));
  const { submit, loading, errors, done } = useSubmit(UPDATE);
  const saved = draftOf(session);
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input: TrainingSessionFields = {};
    for (const key of TEXTS) if (draft[key].trim() !== saved[key]) input[key] = draft[key].trim();
    for (const key of NUMBERS) if (draft[key] !== saved[key]) input[key] = Number(draft[key]);
    if (draft.certificationLevel !== saved.certificationLevel) input.certificationLevel = draft.certificationLevel;
    if (features.eos) {
      if (draft.eosNumber.trim() !== saved.eosNumber) input.eosNumber = draft.eosNumber.trim() || null;
      if (draft.defiFlag !== saved.defiFlag) input.defiFlag = draft.defiFlag;
    }
    if (features.minimumGroup) {
      if (draft.smallerGroupAccepted !== saved.smallerGroupAccepted) input.smallerGroupAccepted = draft.smallerGroupAccepted;
      if (draft.permanentEntryExit !== saved.permanentEntryExit) input.permanentEntryExit = draft.permanentEntryExit;
    }
    void submit({ id: session.id, input });
  };
  const shown = [...TEXTS, ...NUMBERS, "certificationLevel", "eosNumber", "defiFlag", "smallerGroupAccepted", "permanentEntryExit"];
  return (
    <form onSubmit={onSubmit} className="cockpit-form" aria-label={`Modifier la session ${session.title}`}>
      <div className="cockpit-dates">
        <Field label="Intitulé de la session" error={errors.byField.title}>
          {(props) => <input {...props} value={draft.title} onChange={(e) => update({ title: e.target.value })} size={40} required />}
        </Field>
        <Field label="Lieu de formation" error={errors.byField.location}>
          {(props) => <input {...props} value={draft.location} onChange={(e) => update({ location: e.target.value })} required />}
        </Field>
      </div>
      <div className="cockpit-dates">
        <Field label="Début de la session" error={errors.byField.startDate}>
          {(props) => <input {...props} type="date" value={draft.startDate} onChange={(e) => update({ startDate: e.target.value })} required />}
        </Field>
        <Field label="Fin de la session" error={errors.byField.endDate} hint="Déplacer la fin déplace les suivis à 3 et 6 mois non encore transmis.">
          {(props) => <input {...props} type="date" value={draft.endDate} onChange={(e) => update({ endDate: e.target.value })} required />}
        </Field>
      </div>
      <div className="cockpit-dates">
        <Field label="Heures en centre" error={errors.byField.hoursInCentre}>
          {(props) => <input {...props} type="number" min={0} value={draft.hoursInCentre} onChange={(e) => update({ hoursInCentre: e.target.value })} required />}
        </Field>
        <Field label="Heures en entreprise" error={errors.byField.hoursInCompany}>
          {(props) => <input {...props} type="number" min={0} value={draft.hoursInCompany} onChange={(e) => update({ hoursInCompany: e.target.value })} required />}
        </Field>
        <Field label="Places financées par la Région" error={errors.byField.fundedPlaces}>
          {(props) => <input {...props} type="number" min={0} value={draft.fundedPlaces} onChange={(e) => update({ fundedPlaces: e.target.value })} required />}
        </Field>
        <Field label="Places complémentaires (hors financement)" error={errors.byField.extraPlaces}>
          {(props) => <input {...props} type="number" min={0} value={draft.extraPlaces} onChange={(e) => update({ extraPlaces: e.target.value })} required />}
        </Field>
      </div>
      <div className="cockpit-dates">
        <Field label="Certification visée" error={errors.byField.certificationTitle}>
          {(props) => <input {...props} value={draft.certificationTitle} onChange={(e) => update({ certificationTitle: e.target.value })} size={40} required />}
        </Field>
        <Field label="Niveau de certification" error={errors.byField.certificationLevel}>
          {(props) => (
            <select {...props} value={draft.certificationLevel} onChange={(e) => update({ certificationLevel: e.target.value as CertificationLevel })}>
              {(Object.keys(CERTIFICATION_LABELS) as CertificationLevel[]).map((l) => <option key={l} value={l}>{CERTIFICATION_LABELS[l]}</option>)}
            </select>
          )}
        </Field>
      </div>
      {features.eos && (
        <div className="cockpit-dates">
          <Field label="Numéro EOS" error={errors.byField.eosNumber}>
            {(props) => <input {...props} value={draft.eosNumber} onChange={(e) => update({ eosNumber: e.target.value })} />}
          </Field>
          <label className="cockpit-check">
            <input type="checkbox" checked={draft.defiFlag} onChange={(e) => update({ defiFlag: e.target.checked })} /> Drapeau DEFI dans EOS
          </label>
        </div>
      )}
      {features.minimumGroup && (
        <div className="cockpit-dates">
          <label className="cockpit-check">
            <input type="checkbox" checked={draft.smallerGroupAccepted} onChange={(e) => update({ smallerGroupAccepted: e.target.checked })} /> L'organisme de formation accepte un groupe réduit
          </label>
          <label className="cockpit-check">
            <input type="checkbox" checked={draft.permanentEntryExit} onChange={(e) => update({ permanentEntryExit: e.target.checked })} /> Plateforme à entrées et sorties permanentes
          </label>
        </div>
      )}
      <FormMessages errors={errors} shownFields={shown} done={done} doneText="Session enregistrée." />
      <button type="submit" className="button button--primary" disabled={loading}>Enregistrer la session</button>
    </form>
  );
}
