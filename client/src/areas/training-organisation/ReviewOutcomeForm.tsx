import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import type { CertificationLevel, ContractType } from "../../../generated/gql/graphql";
import { Field } from "../../ui/Field";
import { CERTIFICATION_LABELS, CONTRACT_LABELS } from "../../ui/labels";
import { fullName } from "./labels";
import { FormMessages } from "./Section";
import type { CockpitCandidacy, CockpitReview } from "./types";
import { useSubmit } from "./useSubmit";

const RECORD_OUTCOME = graphql(`
  mutation CockpitRecordReviewOutcome($input: ReviewOutcomeInput!) {
    recordReviewOutcome(input: $input) { id certificationLevel certificationTitle contractType contractStartDate }
  }
`);

type Outcome = CockpitReview["outcomes"][number];

/** One trainee's result at the review: certification and employment contract (a new value corrects the previous one). */
export function ReviewOutcomeForm({ reviewId, trainee, outcome }: { reviewId: string; trainee: CockpitCandidacy; outcome: Outcome | null }) {
  const [level, setLevel] = useState<CertificationLevel>(outcome?.certificationLevel ?? "FULL");
  const [title, setTitle] = useState(outcome?.certificationTitle ?? "");
  const [contract, setContract] = useState<ContractType | "">(outcome?.contractType ?? "");
  const [start, setStart] = useState(outcome?.contractStartDate ?? "");
  const { submit, loading, errors, done } = useSubmit(RECORD_OUTCOME);
  const name = fullName(trainee.candidate);
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
      },
    });
  };
  return (
    <form onSubmit={onSubmit}>
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
          {(props) => <input {...props} type="date" value={start} onChange={(e) => setStart(e.target.value)} disabled={!contract} />}
        </Field>
        <button type="submit" className="button button--secondary" disabled={loading}>Enregistrer le résultat</button>
      </fieldset>
      <FormMessages errors={errors} shownFields={["certificationLevel", "certificationTitle", "contractType", "contractStartDate"]} done={done} doneText={`Résultat de ${name} enregistré.`} />
    </form>
  );
}
