import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import type { CertificationLevel, ContractType } from "../../../generated/gql/graphql";
import { Field } from "../../ui/Field";
import { CERTIFICATION_LABELS, CONTRACT_LABELS, frenchDay } from "../../ui/labels";
import { fullName } from "./labels";
import type { CockpitCandidacy, CockpitReview } from "./types";
import { useSubmit } from "../../ui/useSubmit";
import { FormMessages } from "../../ui/FormMessages";

const RECORD_OUTCOME = graphql(`
  mutation CockpitRecordReviewOutcome($input: ReviewOutcomeInput!) {
    recordReviewOutcome(input: $input) { id certificationLevel certificationTitle contractType contractStartDate employer { id name } }
  }
`);

type Outcome = CockpitReview["outcomes"][number];

interface ReviewOutcomeFormProps {
  reviewId: string;
  trainee: CockpitCandidacy;
  outcome: Outcome | null;
  /** companies of the active project team: the employer is one of them */
  companies: { id: string; name: string }[];
  locked: boolean;
}

/**
 * One trainee's result at the final review: certification, and the employment contract with its
 * employer (a company of the team, the one the trainee is paired with by default). A new value
 * corrects the previous one.
 */
export function ReviewOutcomeForm({ reviewId, trainee, outcome, companies, locked }: ReviewOutcomeFormProps) {
  const pairedCompany = trainee.pairings.find((p) => !p.endedAt)?.hiringIntention?.company?.id ?? "";
  const [level, setLevel] = useState<CertificationLevel>(outcome?.certificationLevel ?? "FULL");
  const [title, setTitle] = useState(outcome?.certificationTitle ?? "");
  const [contract, setContract] = useState<ContractType | "">(outcome?.contractType ?? "");
  const [start, setStart] = useState(outcome?.contractStartDate ?? "");
  const [employer, setEmployer] = useState(outcome?.employer?.id ?? pairedCompany);
  const { submit, loading, errors, done } = useSubmit(RECORD_OUTCOME);
  const name = fullName(trainee.candidate);
  if (locked) {
    return (
      <p className="cockpit-row">
        <strong>{name}</strong>
        {outcome ? (
          <span>
            {CERTIFICATION_LABELS[outcome.certificationLevel]}{outcome.certificationTitle ? ` — ${outcome.certificationTitle}` : ""}
            {outcome.contractType ? ` ; ${CONTRACT_LABELS[outcome.contractType]}${outcome.employer ? ` chez ${outcome.employer.name}` : ""}${outcome.contractStartDate ? ` à partir du ${frenchDay(outcome.contractStartDate)}` : ""}` : " ; aucun contrat"}
          </span>
        ) : (
          <span className="cockpit-meta">Aucun résultat enregistré.</span>
        )}
      </p>
    );
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({
      input: {
        reviewId,
        candidacyId: trainee.id,
        certificationLevel: level,
        certificationTitle: title.trim() || null,
        contractType: contract || null,
        contractStartDate: contract && start ? start : null,
        employerId: contract && employer ? employer : null,
      },
    });
  };
  return (
    <form onSubmit={onSubmit} aria-label={`Résultat de ${name}`}>
      <fieldset className="cockpit-inline">
        <legend>{name}{outcome ? " — résultat enregistré" : ""}</legend>
        <Field label="Certification obtenue" error={errors.byField.certificationLevel}>
          {(props) => (
            <select {...props} value={level} onChange={(e) => setLevel(e.target.value as CertificationLevel)}>
              {(Object.keys(CERTIFICATION_LABELS) as CertificationLevel[]).map((l) => <option key={l} value={l}>{CERTIFICATION_LABELS[l]}</option>)}
            </select>
          )}
        </Field>
        <Field label="Intitulé de la certification" error={errors.byField.certificationTitle}>
          {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label="Contrat de travail signé" error={errors.byField.contractType}>
          {(props) => (
            <select {...props} value={contract} onChange={(e) => setContract(e.target.value as ContractType | "")}>
              <option value="">Aucun contrat</option>
              {(Object.keys(CONTRACT_LABELS) as ContractType[]).map((c) => <option key={c} value={c}>{CONTRACT_LABELS[c]}</option>)}
            </select>
          )}
        </Field>
        <Field label="Début du contrat" error={errors.byField.contractStartDate}>
          {(props) => <input {...props} type="date" value={start} onChange={(e) => setStart(e.target.value)} disabled={!contract} required={!!contract} />}
        </Field>
        <Field label="Employeur" error={errors.byField.employerId} hint={contract ? "Une entreprise de l'équipe projet." : "Avec un contrat signé."}>
          {(props) => (
            <select {...props} value={employer} onChange={(e) => setEmployer(e.target.value)} disabled={!contract} required={!!contract}>
              <option value="">Choisir l'employeur</option>
              {companies.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          )}
        </Field>
        <button type="submit" className="button button--secondary" disabled={loading}>Enregistrer le résultat</button>
      </fieldset>
      <FormMessages
        errors={errors}
        shownFields={["certificationLevel", "certificationTitle", "contractType", "contractStartDate", "employerId"]}
        done={done}
        doneText={`Résultat de ${name} enregistré.`}
      />
    </form>
  );
}
