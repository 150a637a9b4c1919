import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import type { CompanyCommitment, ContractType } from "../../../generated/gql/graphql";
import { Field } from "../../ui/Field";
import { COMMITMENT_LABELS, CONTRACT_LABELS, frenchDateTime } from "../../ui/labels";
import { Badge, Empty } from "../../ui/states";
import { Disclosure } from "../../ui/Disclosure";
import { useOperationClosed } from "./lock";
import { CockpitSection } from "./Section";
import { activeTeam, type CockpitOperation } from "./types";
import { useSubmit } from "../../ui/useSubmit";
import { readAsBase64 } from "../../ui/files";
import { FormMessages } from "../../ui/FormMessages";

const SUBMIT_ON_BEHALF = graphql(`
  mutation CockpitSubmitHiringIntention($input: SubmitHiringIntentionInput!) {
    submitHiringIntention(input: $input) { id jobTitle status enteredByTrainingOrganisation }
  }
`);

const WITHDRAW = graphql(`
  mutation CockpitWithdrawHiringIntention($input: ReasonInput!) {
    withdrawHiringIntention(input: $input) { id status withdrawnAt withdrawalReason }
  }
`);

const RECORD_SOLUTION = graphql(`
  mutation CockpitRecordWithdrawalSolution($input: WithdrawalSolutionInput!) {
    recordWithdrawalSolution(input: $input) { id withdrawalSolution }
  }
`);

type Intention = CockpitOperation["hiringIntentions"][number];

const CONTRACT_TYPES = Object.keys(CONTRACT_LABELS) as ContractType[];
const COMMITMENTS = Object.keys(COMMITMENT_LABELS) as CompanyCommitment[];
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** « CDD de 9 mois », « CDI ». */
const contractText = (type: string, months: number | null | undefined) =>
  type === "CDI" || !months ? CONTRACT_LABELS[type] ?? type : `${CONTRACT_LABELS[type] ?? type} de ${months} mois`;

/**
 * The companies' written hiring intentions. The employer may also tell the training organisation,
 * which enters the intention on its behalf with the employer's writing, and records a withdrawal
 * the company told it (nothing is deleted; the Region is told).
 */
export function HiringIntentionsSection({ operation }: { operation: CockpitOperation }) {
  const closed = useOperationClosed();
  const intentions = [...operation.hiringIntentions].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  const companies = activeTeam(operation.team, "COMPANY");
  return (
    <CockpitSection id="intentions" title="Intentions d'embauche">
      {intentions.length === 0 ? (
        <Empty>Aucune intention d'embauche pour cette opération.</Empty>
      ) : (
        <ul className="cockpit-list" aria-label="Intentions d'embauche">
          {intentions.map((intention) => <IntentionItem key={intention.id} intention={intention} closed={closed} />)}
        </ul>
      )}
      {!closed && operation.trainingSessions.length > 0 && (
        <div className="cockpit-actions">
          <Disclosure label="Saisir une intention pour un employeur">
            <OnBehalfForm operation={operation} companies={companies} />
          </Disclosure>
        </div>
      )}
    </CockpitSection>
  );
}

function IntentionItem({ intention, closed }: { intention: Intention; closed: boolean }) {
  const withdrawn = intention.status === "WITHDRAWN";
  const company = intention.company?.name ?? "Entreprise";
  return (
    <li>
      <div className="cockpit-row">
        <strong>{company}</strong>
        <span>{intention.jobTitle} — {contractText(intention.contractType, intention.contractDurationMonths)}, {intention.positions} poste{intention.positions > 1 ? "s" : ""}</span>
        <Badge tone={withdrawn ? "bad" : "good"}>{withdrawn ? "Retirée" : "Déposée"}</Badge>
        {!intention.durableEmployment && <Badge tone="warn">Emploi court</Badge>}
        {intention.enteredByTrainingOrganisation && <Badge>Saisie par l'organisme de formation</Badge>}
      </div>
      <p className="cockpit-meta">
        Reçue le {frenchDateTime(intention.receivedAt)}{intention.trainingSession ? ` · session ${intention.trainingSession.title}` : ""}
      </p>
      {withdrawn && (
        <p className="cockpit-meta">
          Retirée{intention.withdrawnAt ? ` le ${frenchDateTime(intention.withdrawnAt)}` : ""}{intention.withdrawalReason ? ` : ${intention.withdrawalReason}` : ""}.
          {" "}Solution : {intention.withdrawalSolution ?? "pas encore enregistrée"}.
        </p>
      )}
      {!closed && (
        <div className="cockpit-actions">
          {withdrawn ? (
            <SolutionForm intention={intention} />
          ) : (
            <WithdrawForm intentionId={intention.id} legend={`Retrait annoncé par ${company} : ${intention.jobTitle}`} />
          )}
        </div>
      )}
    </li>
  );
}

/** The company told the training organisation it withdraws: recorded with the reason it gave. */
function WithdrawForm({ intentionId, legend }: { intentionId: string; legend: string }) {
  const [reason, setReason] = useState("");
  const { submit, loading, errors } = useSubmit(WITHDRAW);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit({ input: { id: intentionId, reason: reason.trim() } })) setReason("");
  };
  return (
    <Disclosure label="Enregistrer un retrait annoncé">
      <form onSubmit={onSubmit}>
        <fieldset className="cockpit-inline">
          <legend>{legend}</legend>
          <Field
            label="Motif donné par l'entreprise"
            error={errors.byField.reason}
            hint="Rien n'est supprimé : la Région est informée, le bon de commande en cours est annulé et les appariements prennent fin."
          >
            {(props) => <input {...props} value={reason} onChange={(e) => setReason(e.target.value)} required size={40} />}
          </Field>
          <button type="submit" className="button button--danger" disabled={loading}>Enregistrer le retrait</button>
        </fieldset>
        <FormMessages errors={errors} shownFields={["reason"]} />
      </form>
    </Disclosure>
  );
}

function SolutionForm({ intention }: { intention: Intention }) {
  const [solution, setSolution] = useState(intention.withdrawalSolution ?? "");
  const { submit, loading, errors, done } = useSubmit(RECORD_SOLUTION);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({ input: { hiringIntentionId: intention.id, solution: solution.trim() } });
  };
  return (
    <form onSubmit={onSubmit}>
      <div className="cockpit-inline">
        <Field label={`Solution trouvée après le retrait : ${intention.jobTitle}`} error={errors.byField.solution} hint="Poursuite sur un parcours complet, orientation vers France Travail…">
          {(props) => <input {...props} value={solution} onChange={(e) => setSolution(e.target.value)} required size={40} />}
        </Field>
        <button type="submit" className="button button--secondary" disabled={loading}>Enregistrer la solution</button>
      </div>
      <FormMessages errors={errors} shownFields={["solution"]} done={done} doneText="Solution enregistrée." />
    </form>
  );
}

interface Draft {
  companyId: string;
  trainingSessionId: string;
  jobTitle: string;
  contractType: ContractType;
  contractDurationMonths: string;
  positions: string;
  evidenceText: string;
  committedSteps: CompanyCommitment[];
}

const EMPTY: Draft = { companyId: "", trainingSessionId: "", jobTitle: "", contractType: "CDI", contractDurationMonths: "", positions: "1", evidenceText: "", committedSteps: [] };

/** The employer told the training organisation: its intention, entered with its writing (e-mail or letter) attached. */
function OnBehalfForm({ operation, companies }: { operation: CockpitOperation; companies: { id: string; name: string }[] }) {
  const sessions = operation.trainingSessions;
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [local, setLocal] = useState<string | null>(null);
  const { submit, loading, errors, done } = useSubmit(SUBMIT_ON_BEHALF);
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const trainingSessionId = draft.trainingSessionId || (sessions.length === 1 ? sessions[0].id : "");
  const isCdi = draft.contractType === "CDI";
  if (!companies.length) return <Empty>Aucune entreprise dans l'équipe projet : ajoutez d'abord l'employeur à l'équipe.</Empty>;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setLocal(null);
    if (!file) return setLocal("Joignez l'écrit de l'employeur (courriel ou courrier) : il est obligatoire quand l'organisme de formation saisit l'intention.");
    if (file.size > MAX_FILE_BYTES) return setLocal("Le fichier dépasse 5 Mo : joignez un fichier plus léger.");
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      return setLocal("Le fichier n'a pas pu être lu : choisissez-le de nouveau.");
    }
    const ok = await submit({
      input: {
        operationId: operation.id,
        trainingSessionId,
        companyId: draft.companyId,
        jobTitle: draft.jobTitle.trim(),
        contractType: draft.contractType,
        contractDurationMonths: isCdi ? null : Number(draft.contractDurationMonths) || null,
        positions: Number(draft.positions),
        evidenceText: draft.evidenceText.trim(),
        evidenceFile: { fileName: file.name, mediaType: file.type || "application/octet-stream", contentBase64 },
        committedSteps: draft.committedSteps,
      },
    });
    if (ok) {
      setDraft(EMPTY);
      setFile(null);
      setFileKey((k) => k + 1);
    }
  };
  const fileError = Object.entries(errors.byField).filter(([f]) => f.startsWith("evidenceFile")).map(([, m]) => m).join(" ; ") || undefined;
  return (
    <form onSubmit={onSubmit} className="cockpit-form" aria-label="Saisir une intention d'embauche pour un employeur">
      <div className="cockpit-dates">
        <Field label="Employeur" error={errors.byField.companyId}>
          {(props) => (
            <select {...props} value={draft.companyId} onChange={(e) => update({ companyId: e.target.value })} required>
              <option value="">Choisir une entreprise de l'équipe</option>
              {companies.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          )}
        </Field>
        {sessions.length > 1 && (
          <Field label="Session" error={errors.byField.trainingSessionId}>
            {(props) => (
              <select {...props} value={trainingSessionId} onChange={(e) => update({ trainingSessionId: e.target.value })} required>
                <option value="">Choisir</option>
                {sessions.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
              </select>
            )}
          </Field>
        )}
        <Field label="Intitulé du poste" error={errors.byField.jobTitle}>
          {(props) => <input {...props} value={draft.jobTitle} onChange={(e) => update({ jobTitle: e.target.value })} required />}
        </Field>
      </div>
      <div className="cockpit-dates">
        <Field label="Type de contrat" error={errors.byField.contractType}>
          {(props) => (
            <select {...props} value={draft.contractType} onChange={(e) => update({ contractType: e.target.value as ContractType })}>
              {CONTRACT_TYPES.map((t) => <option key={t} value={t}>{CONTRACT_LABELS[t]}</option>)}
            </select>
          )}
        </Field>
        <Field label="Durée du contrat (mois)" error={errors.byField.contractDurationMonths} hint={isCdi ? "Sans objet pour un CDI." : "Obligatoire hors CDI."}>
          {(props) => <input {...props} type="number" min={1} value={isCdi ? "" : draft.contractDurationMonths} disabled={isCdi} onChange={(e) => update({ contractDurationMonths: e.target.value })} />}
        </Field>
        <Field label="Nombre de postes" error={errors.byField.positions}>
          {(props) => <input {...props} type="number" min={1} value={draft.positions} onChange={(e) => update({ positions: e.target.value })} required />}
        </Field>
      </div>
      <Field label="Texte de l'écrit de l'employeur" error={errors.byField.evidenceText} hint="Le courriel ou le courrier par lequel l'employeur s'engage à embaucher (20 caractères au moins).">
        {(props) => <textarea {...props} rows={4} value={draft.evidenceText} onChange={(e) => update({ evidenceText: e.target.value })} required />}
      </Field>
      <Field label="Écrit de l'employeur (fichier)" error={fileError ?? local ?? undefined} hint="Obligatoire : le courriel ou le courrier de l'employeur (5 Mo au plus).">
        {(props) => <input {...props} key={fileKey} type="file" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setLocal(null); }} />}
      </Field>
      <fieldset className="cockpit-attendees">
        <legend>Étapes auxquelles l'employeur participe</legend>
        {COMMITMENTS.map((step) => (
          <label key={step}>
            <input
              type="checkbox"
              checked={draft.committedSteps.includes(step)}
              onChange={(e) => update({ committedSteps: e.target.checked ? [...draft.committedSteps, step] : draft.committedSteps.filter((s) => s !== step) })}
            /> {COMMITMENT_LABELS[step]}
          </label>
        ))}
      </fieldset>
      <FormMessages
        errors={errors}
        shownFields={["companyId", "trainingSessionId", "jobTitle", "contractType", "contractDurationMonths", "positions", "evidenceText", ...Object.keys(errors.byField).filter((f) => f.startsWith("evidenceFile"))]}
        done={done}
        doneText="Intention d'embauche enregistrée pour l'employeur."
      />
      <button type="submit" className="button button--primary" disabled={loading}>Enregistrer l'intention d'embauche</button>
    </form>
  );
}
