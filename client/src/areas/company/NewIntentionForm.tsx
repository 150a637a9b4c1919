import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import type { CompanyCommitment, ContractType, CompanyOperationChoicesQuery } from "../../../generated/gql/graphql";
import { serverErrors, type ServerErrors } from "../../ui/errors";
import { Field } from "../../ui/Field";
import { COMMITMENT_LABELS, CONTRACT_LABELS, frenchDay } from "../../ui/labels";
import { QueryState } from "../../ui/states";
import { COMMITMENTS, CONTRACT_TYPES, fieldError, fileSize, generalError, NO_ERRORS } from "./companyLabels";
import { COMPANY_OPERATION_CHOICES, COMPANY_SUBMIT_INTENTION } from "./documents";
import { readAsBase64 } from "../../ui/files";

type ChoiceOperation = CompanyOperationChoicesQuery["operations"]["nodes"][number];

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The input fields whose server messages are shown beside a control. */
const SHOWN_FIELDS = [
  "operationId", "trainingSessionId", "jobTitle", "contractType", "contractDurationMonths", "positions", "evidenceText", "evidenceFile", "committedSteps",
];

interface Draft {
  operationId: string;
  trainingSessionId: string;
  jobTitle: string;
  contractType: ContractType;
  contractDurationMonths: string;
  positions: string;
  evidenceText: string;
  committedSteps: CompanyCommitment[];
}

const EMPTY: Draft = {
  operationId: "",
  trainingSessionId: "",
  jobTitle: "",
  contractType: "CDI",
  contractDurationMonths: "",
  positions: "1",
  evidenceText: "",
  committedSteps: [],
};

export function NewIntentionForm({ headingId }: { headingId: string }) {
  const { data, loading, error } = useQuery(COMPANY_OPERATION_CHOICES);
  return (
    <QueryState
      loading={loading}
      error={error}
      data={data}
      empty={(d) => (d.operations.nodes.length ? null : "Aucune opération ouverte : votre entreprise n'est sur l'équipe projet d'aucune opération en cours.")}
    >
      {(d) => <IntentionForm operations={d.operations.nodes} headingId={headingId} />}
    </QueryState>
  );
}

function IntentionForm({ operations, headingId }: { operations: ChoiceOperation[]; headingId: string }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [file, setFile] = useState<File | null>(null);
  const [fileInputKey, setFileInputKey] = useState(0);
  const [errors, setErrors] = useState<ServerErrors>(NO_ERRORS);
  const [confirmation, setConfirmation] = useState("");
  const [submit, { loading }] = useMutation(COMPANY_SUBMIT_INTENTION, { refetchQueries: "active" });
  const legendId = useId();

  // With a single choice, it is chosen for the user.
  const operationId = draft.operationId || (operations.length === 1 ? operations[0].id : "");
  const operation = operations.find((o) => o.id === operationId);
  const sessions = operation?.trainingSessions ?? [];
  const trainingSessionId = draft.trainingSessionId || (sessions.length === 1 ? sessions[0].id : "");
  const minimumMonths = operation?.programme?.rules.durableContractMinimumMonths ?? 6;
  const isCdi = draft.contractType === "CDI";

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setConfirmation("");
  };

  const toggleStep = (step: CompanyCommitment, checked: boolean) =>
    update({ committedSteps: checked ? [...draft.committedSteps, step] : draft.committedSteps.filter((s) => s !== step) });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setConfirmation("");
    const local: Record<string, string> = {};
    if (!operationId) local.operationId = "Choisissez l'opération.";
    if (!trainingSessionId) local.trainingSessionId = "Choisissez la session de formation.";
    const positions = Number(draft.positions);
    if (!Number.isInteger(positions) || positions < 1) local.positions = "Indiquez un nombre entier de postes (au moins 1).";
    const months = Number(draft.contractDurationMonths);
    if (!isCdi && (!draft.contractDurationMonths || !Number.isInteger(months) || months < 1)) {
      local.contractDurationMonths = "Indiquez la durée du contrat en mois : elle est obligatoire hors CDI.";
    }
    if (file && file.size > MAX_FILE_BYTES) local.evidenceFile = "Le fichier dépasse 5 Mo : joignez un fichier plus léger.";
    if (file && file.size === 0) local.evidenceFile = "Le fichier est vide.";
    if (Object.keys(local).length) {
      setErrors({ byField: local, general: null });
      return;
    }
    setErrors(NO_ERRORS);
    let evidenceFile: { fileName: string; mediaType: string; contentBase64: string } | null = null;
    if (file) {
      try {
        evidenceFile = { fileName: file.name, mediaType: file.type || "application/octet-stream", contentBase64: await readAsBase64(file) };
      } catch {
        setErrors({ byField: { evidenceFile: "Le fichier n'a pas pu être lu : choisissez-le de nouveau." }, general: null });
        return;
      }
    }
    try {
      const result = await submit({
        variables: {
          input: {
            operationId,
            trainingSessionId,
            jobTitle: draft.jobTitle.trim(),
            contractType: draft.contractType,
            contractDurationMonths: isCdi ? null : months,
            positions,
            evidenceText: draft.evidenceText.trim(),
            evidenceFile,
            committedSteps: draft.committedSteps,
          },
        },
      });
      const title = result.data?.submitHiringIntention.jobTitle ?? draft.jobTitle.trim();
      setDraft(EMPTY);
      setFile(null);
      setFileInputKey((k) => k + 1);
      setConfirmation(`Intention d'embauche déposée : « ${title} ». Elle figure dans la liste de vos intentions.`);
    } catch (e) {
      setErrors(serverErrors(e));
    }
  };

  const general = generalError(errors, SHOWN_FIELDS);
  const stepsError = fieldError(errors, "committedSteps");

  return (
    <form onSubmit={onSubmit} aria-labelledby={headingId} noValidate className="company-form">
      <p className="company-muted">Tous les champs sont obligatoires, sauf le fichier joint et la durée d'un CDI.</p>
      <div className="company-form__grid">
        <Field label="Opération" error={fieldError(errors, "operationId")}>
          {(props) => (
            <select {...props} value={operationId} onChange={(e) => update({ operationId: e.target.value, trainingSessionId: "" })} required>
              <option value="">Choisissez une opération</option>
              {operations.map((o) => (
                <option key={o.id} value={o.id}>{o.title}{o.programme ? ` (${o.programme.name})` : ""}</option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Session"
          error={fieldError(errors, "trainingSessionId")}
          hint={operation ? (sessions.length ? "La session désigne l'organisme de formation auquel vous vous engagez." : "Aucune session saisie pour cette opération.") : "Choisissez d'abord l'opération."}
        >
          {(props) => (
            <select {...props} value={trainingSessionId} onChange={(e) => update({ trainingSessionId: e.target.value })} disabled={!operation || !sessions.length} required>
              <option value="">Choisissez une session</option>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title} — du {frenchDay(s.startDate)} au {frenchDay(s.endDate)}
                  {s.trainingOrganisation ? ` — ${s.trainingOrganisation.name}` : ""}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Intitulé du poste" error={fieldError(errors, "jobTitle")}>
          {(props) => <input {...props} type="text" value={draft.jobTitle} onChange={(e) => update({ jobTitle: e.target.value })} maxLength={200} required />}
        </Field>
        <Field label="Type de contrat" error={fieldError(errors, "contractType")}>
          {(props) => (
            <select {...props} value={draft.contractType} onChange={(e) => update({ contractType: e.target.value as ContractType })} required>
              {CONTRACT_TYPES.map((t) => <option key={t} value={t}>{CONTRACT_LABELS[t]}</option>)}
            </select>
          )}
        </Field>
        <Field
          label="Durée du contrat (mois)"
          error={fieldError(errors, "contractDurationMonths")}
          hint={isCdi
            ? "Sans objet pour un CDI ; obligatoire pour tout autre contrat."
            : `Obligatoire hors CDI. Emploi durable à partir de ${minimumMonths} mois ; en dessous, une dérogation de la Région est nécessaire.`}
        >
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="numeric"
              min={1}
              max={120}
              value={isCdi ? "" : draft.contractDurationMonths}
              onChange={(e) => update({ contractDurationMonths: e.target.value })}
              disabled={isCdi}
              required={!isCdi}
            />
          )}
        </Field>
        <Field label="Nombre de postes" error={fieldError(errors, "positions")}>
          {(props) => <input {...props} type="number" inputMode="numeric" min={1} max={100} value={draft.positions} onChange={(e) => update({ positions: e.target.value })} required />}
        </Field>
      </div>
      <Field
        label="Texte de l'e-mail ou du courrier"
        error={fieldError(errors, "evidenceText")}
        hint="Votre engagement écrit à embaucher, tel que vous l'avez adressé (20 caractères au moins)."
      >
        {(props) => <textarea {...props} rows={6} value={draft.evidenceText} onChange={(e) => update({ evidenceText: e.target.value })} required />}
      </Field>
      <Field label="Fichier joint" error={fieldError(errors, "evidenceFile")} hint="Facultatif : l'e-mail ou le courrier signé (5 Mo au plus).">
        {(props) => (
          <input
            {...props}
            key={fileInputKey}
            type="file"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setConfirmation("");
            }}
          />
        )}
      </Field>
      {file && <p className="company-muted">Fichier choisi : {file.name} ({fileSize(file.size)})</p>}
      <fieldset className={stepsError ? "company-steps field--error" : "company-steps"} aria-describedby={stepsError ? `${legendId}-error` : undefined}>
        <legend>Étapes auxquelles l'entreprise participe</legend>
        {COMMITMENTS.map((step) => (
          <label key={step}>
            <input type="checkbox" checked={draft.committedSteps.includes(step)} onChange={(e) => toggleStep(step, e.target.checked)} /> {COMMITMENT_LABELS[step]}
          </label>
        ))}
        {stepsError && <p className="field__error" id={`${legendId}-error`} role="alert">{stepsError}</p>}
      </fieldset>
      {general && <p className="state state--error" role="alert">{general}</p>}
      <button type="submit" className="button button--primary" disabled={loading}>
        {loading ? "Dépôt en cours…" : "Déposer l'intention d'embauche"}
      </button>
      <p role="status" className={confirmation ? "company-confirmation" : "company-confirmation company-confirmation--empty"}>{confirmation}</p>
    </form>
  );
}
