import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import type { ContractType, EmploymentStatus } from "../../../generated/gql/graphql";
import { Field } from "../../ui/Field";
import { CONTRACT_LABELS, EMPLOYMENT_STATUS_LABELS, frenchDateTime, frenchDay } from "../../ui/labels";
import { Badge, Empty } from "../../ui/states";
import { fullName } from "./labels";
import { CockpitSection, PerSession } from "./Section";
import type { CockpitFollowUp, CockpitSession } from "./types";
import { useSubmit } from "../../ui/useSubmit";
import { FormMessages } from "../../ui/FormMessages";

const REPORT = graphql(`
  mutation CockpitReportFollowUp($input: ReportFollowUpInput!) {
    reportFollowUp(input: $input) { id reportedAt employmentStatus contractType employerName overdue }
  }
`);

/**
 * Employment follow-up 3 and 6 months after the session's end, reported to the Region: planned
 * when each trainee is admitted, reportable from its due date, and still after the closure.
 */
export function FollowUpSection({ sessions }: { sessions: CockpitSession[] }) {
  return (
    <CockpitSection id="suivi" title="Suivi à 3 et 6 mois">
      <PerSession sessions={sessions}>
        {(session) => {
          const rows = session.candidacies
            .flatMap((c) => c.followUps.map((f) => ({ followUp: f, name: fullName(c.candidate) })))
            .sort((a, b) => a.followUp.dueDate.localeCompare(b.followUp.dueDate) || a.name.localeCompare(b.name, "fr"));
          return (
            <>
              {rows.length === 0 ? (
                <Empty>Aucun stagiaire admis : le suivi à 3 et 6 mois se planifie à l'admission de chaque stagiaire.</Empty>
              ) : (
                <ul className="cockpit-list" aria-label="Suivis dans l'emploi">
                  {rows.map(({ followUp, name }) => <FollowUpItem key={followUp.id} followUp={followUp} name={name} />)}
                </ul>
              )}
            </>
          );
        }}
      </PerSession>
    </CockpitSection>
  );
}

function FollowUpItem({ followUp, name }: { followUp: CockpitFollowUp; name: string }) {
  const [status, setStatus] = useState<EmploymentStatus | "">(followUp.employmentStatus ?? "");
  const [contract, setContract] = useState<ContractType | "">(followUp.contractType ?? "");
  const [employer, setEmployer] = useState(followUp.employerName ?? "");
  const { submit, loading, errors, done } = useSubmit(REPORT);
  const label = `${name} à ${followUp.milestoneMonths} mois`;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!status) return;
    void submit({ input: { followUpId: followUp.id, employmentStatus: status, contractType: contract || null, employerName: employer.trim() || null } });
  };
  return (
    <li>
      <div className="cockpit-row">
        <strong>{name}</strong>
        <span>Suivi à {followUp.milestoneMonths} mois</span>
        <span className="cockpit-meta">échéance {frenchDay(followUp.dueDate)}</span>
        {followUp.overdue && <Badge tone="bad">En retard</Badge>}
        {followUp.reportedAt ? (
          <Badge tone="good">Transmis le {frenchDateTime(followUp.reportedAt)}{followUp.employmentStatus ? ` : ${EMPLOYMENT_STATUS_LABELS[followUp.employmentStatus]}` : ""}</Badge>
        ) : (
          !followUp.overdue && <Badge tone="neutral">À transmettre</Badge>
        )}
      </div>
      <form onSubmit={onSubmit}>
        <fieldset className="cockpit-inline">
          <legend>{followUp.reportedAt ? `Corriger le suivi de ${label}` : `Suivi de ${label} (à transmettre à partir du ${frenchDay(followUp.dueDate)})`}</legend>
          <Field label="Situation dans l'emploi" error={errors.byField.employmentStatus}>
            {(props) => (
              <select {...props} value={status} onChange={(e) => setStatus(e.target.value as EmploymentStatus | "")} required>
                <option value="">Choisir</option>
                {(Object.keys(EMPLOYMENT_STATUS_LABELS) as EmploymentStatus[]).map((s) => <option key={s} value={s}>{EMPLOYMENT_STATUS_LABELS[s]}</option>)}
              </select>
            )}
          </Field>
          <Field label="Type de contrat" error={errors.byField.contractType}>
            {(props) => (
              <select {...props} value={contract} onChange={(e) => setContract(e.target.value as ContractType | "")}>
                <option value="">Sans objet</option>
                {(Object.keys(CONTRACT_LABELS) as ContractType[]).map((c) => <option key={c} value={c}>{CONTRACT_LABELS[c]}</option>)}
              </select>
            )}
          </Field>
          <Field label="Employeur" error={errors.byField.employerName}>
            {(props) => <input {...props} value={employer} onChange={(e) => setEmployer(e.target.value)} />}
          </Field>
          <button type="submit" className="button button--secondary" disabled={loading}>Transmettre le suivi</button>
        </fieldset>
        <FormMessages errors={errors} shownFields={["employmentStatus", "contractType", "employerName"]} done={done} doneText="Suivi transmis à la Région." />
      </form>
    </li>
  );
}
