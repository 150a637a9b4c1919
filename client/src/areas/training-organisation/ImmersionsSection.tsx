import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import type { ImmersionKind } from "../../../generated/gql/graphql";
import { Field } from "../../ui/Field";
import { frenchDateTime, frenchDay } from "../../ui/labels";
import { Empty } from "../../ui/states";
import { fullName, IMMERSION_KIND_LABELS } from "./labels";
import { useSessionLocked } from "./lock";
import { CockpitSection, PerSession } from "./Section";
import { activeTeam, type CockpitCandidacy, type CockpitSession, type CockpitTeam } from "./types";
import { useSubmit } from "../../ui/useSubmit";
import { FormMessages } from "../../ui/FormMessages";

const SCHEDULE = graphql(`
  mutation CockpitScheduleImmersion($input: ScheduleImmersionInput!) {
    scheduleImmersion(input: $input) { id }
  }
`);

const DEBRIEF = graphql(`
  mutation CockpitDebriefImmersion($input: DebriefImmersionInput!) {
    debriefImmersion(input: $input) { id debrief debriefedAt }
  }
`);

type ImmersionRow = CockpitCandidacy["immersions"][number] & { trainee: string };

/** Periods in a company (PMSMP during selection, internship during training) and the debrief after each. */
export function ImmersionsSection({ sessions, team }: { sessions: CockpitSession[]; team: CockpitTeam }) {
  const companies = activeTeam(team, "COMPANY");
  return (
    <CockpitSection id="immersions" title="Immersions">
      <PerSession sessions={sessions}>{(session) => <SessionImmersions session={session} companies={companies} />}</PerSession>
    </CockpitSection>
  );
}

function SessionImmersions({ session, companies }: { session: CockpitSession; companies: { id: string; name: string }[] }) {
  const locked = useSessionLocked(session);
  const rows: ImmersionRow[] = session.candidacies
    .flatMap((c) => c.immersions.map((i) => ({ ...i, trainee: fullName(c.candidate) })))
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  return (
    <>
      {rows.length === 0 ? (
        <Empty>Aucune immersion planifiée.</Empty>
      ) : (
        <ul className="cockpit-list" aria-label="Immersions planifiées">
          {rows.map((row) => <ImmersionItem key={row.id} immersion={row} locked={locked} />)}
        </ul>
      )}
      {!locked && (
        <>
          <h3>Planifier une immersion</h3>
          <p className="cockpit-meta">Pendant la session (du {frenchDay(session.startDate)} au {frenchDay(session.endDate)}), chez une entreprise de l'équipe ; le débrief suit la fin de l'immersion.</p>
          <ScheduleForm candidacies={session.candidacies.filter((c) => c.status === "SELECTION" || c.status === "ADMITTED")} companies={companies} />
        </>
      )}
    </>
  );
}

function ImmersionItem({ immersion, locked }: { immersion: ImmersionRow; locked: boolean }) {
  const [debrief, setDebrief] = useState(immersion.debrief ?? "");
  const { submit, loading, errors, done } = useSubmit(DEBRIEF);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({ input: { immersionId: immersion.id, debrief: debrief.trim() } });
  };
  const company = immersion.company?.name ?? "Entreprise";
  return (
    <li>
      <div className="cockpit-row">
        <strong>{immersion.trainee}</strong>
        <span>{IMMERSION_KIND_LABELS[immersion.kind] ?? immersion.kind} chez {company}</span>
        <span className="cockpit-meta">du {frenchDay(immersion.startDate)} au {frenchDay(immersion.endDate)}</span>
      </div>
      {immersion.debriefedAt && <p className="cockpit-meta">Débriefée le {frenchDateTime(immersion.debriefedAt)}</p>}
      {locked ? (
        immersion.debrief && <p>{immersion.debrief}</p>
      ) : (
      <form onSubmit={onSubmit} className="cockpit-form">
        <Field label={`Débrief de l'immersion : ${immersion.trainee} chez ${company}`} error={errors.byField.debrief}>
          {(props) => <textarea {...props} value={debrief} onChange={(e) => setDebrief(e.target.value)} rows={3} />}
        </Field>
        <FormMessages errors={errors} shownFields={["debrief"]} done={done} doneText="Débrief enregistré." />
        <button type="submit" className="button button--secondary" disabled={loading}>Enregistrer le débrief</button>
      </form>
      )}
    </li>
  );
}

function ScheduleForm({ candidacies, companies }: { candidacies: CockpitCandidacy[]; companies: { id: string; name: string }[] }) {
  const [candidacyId, setCandidacyId] = useState("");
  const [companyId, setCompanyId] = useState("");
  const [kind, setKind] = useState<ImmersionKind>("PMSMP");
  const [startDate, setStartDate] = useState("");
  const [endDate, setEndDate] = useState("");
  const { submit, loading, errors, done } = useSubmit(SCHEDULE);
  if (!candidacies.length) return <Empty>Une immersion se planifie pour un candidat en sélection ou un stagiaire en formation : il n'y en a pas encore.</Empty>;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit({ input: { candidacyId, companyId, kind, startDate, endDate } })) {
      setStartDate("");
      setEndDate("");
    }
  };
  return (
    <form onSubmit={onSubmit} aria-label="Planifier une immersion">
      <div className="cockpit-inline">
        <Field label="Candidat ou stagiaire" error={errors.byField.candidacyId}>
          {(props) => (
            <select {...props} value={candidacyId} onChange={(e) => setCandidacyId(e.target.value)} required>
              <option value="">Choisir</option>
              {candidacies.map((c) => <option key={c.id} value={c.id}>{fullName(c.candidate)}{c.status === "SELECTION" ? " (en sélection)" : " (en formation)"}</option>)}
            </select>
          )}
        </Field>
        <Field label="Entreprise d'accueil" error={errors.byField.companyId}>
          {(props) => (
            <select {...props} value={companyId} onChange={(e) => setCompanyId(e.target.value)} required>
              <option value="">Choisir</option>
              {companies.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          )}
        </Field>
        <Field label="Type d'immersion" error={errors.byField.kind}>
          {(props) => (
            <select {...props} value={kind} onChange={(e) => setKind(e.target.value as ImmersionKind)}>
              {(Object.keys(IMMERSION_KIND_LABELS) as ImmersionKind[]).map((k) => <option key={k} value={k}>{IMMERSION_KIND_LABELS[k]}</option>)}
            </select>
          )}
        </Field>
        <Field label="Début de l'immersion" error={errors.byField.startDate}>
          {(props) => <input {...props} type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} required />}
        </Field>
        <Field label="Fin de l'immersion" error={errors.byField.endDate}>
          {(props) => <input {...props} type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} required />}
        </Field>
        <button type="submit" className="button button--primary" disabled={loading}>Planifier l'immersion</button>
      </div>
      <FormMessages errors={errors} shownFields={["candidacyId", "companyId", "kind", "startDate", "endDate"]} done={done} doneText="Immersion planifiée." />
    </form>
  );
}
