import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { serverErrors } from "../../ui/errors";
import { Field } from "../../ui/Field";
import { CONTRACT_LABELS } from "../../ui/labels";
import { fieldMessage, positionsLabel } from "./adviserLabels";
import { ADVISER_PROPOSE_CANDIDATE } from "./documents";
import type { AdviserSession } from "./OpenSessions";

interface Draft {
  trainingSessionId: string;
  hiringIntentionId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  postalAddress: string;
  privateNotes: string;
}

const blankDraft = (sessions: AdviserSession[]): Draft => ({
  // a lone open session is chosen for the adviser
  trainingSessionId: sessions.length === 1 ? sessions[0].id : "",
  hiringIntentionId: "",
  firstName: "",
  lastName: "",
  email: "",
  phone: "",
  postalAddress: "",
  privateNotes: "",
});

const SHORT_DAY = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
/** « 1er févr. 2027 » for a calendar date "YYYY-MM-DD". */
const shortDay = (date: string) => SHORT_DAY.format(new Date(`${date}T00:00:00Z`)).replace(/^1 /, "1er ");

/** Optional text: empty means "not given", not an empty value the server would check. */
const optional = (value: string) => (value.trim() === "" ? null : value.trim());

/** Proposes a new candidate to an open session, optionally for one company's job. */
export function ProposeCandidateForm({ sessions }: { sessions: AdviserSession[] }) {
  const [draft, setDraft] = useState<Draft>(() => blankDraft(sessions));
  const [sessionMissing, setSessionMissing] = useState(false);
  const [proposed, setProposed] = useState(false);
  const [propose, { loading, error }] = useMutation(ADVISER_PROPOSE_CANDIDATE, { refetchQueries: "active" });
  const errors = serverErrors(error);

  // the chosen session may have left the list (group constituted meanwhile)
  const session = sessions.find((s) => s.id === draft.trainingSessionId);
  const jobs = session?.hiringIntentions.filter((job) => job.status === "SUBMITTED") ?? [];

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setProposed(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProposed(false);
    if (!session) {
      setSessionMissing(true);
      return;
    }
    setSessionMissing(false);
    try {
      await propose({
        variables: {
          input: {
            trainingSessionId: session.id,
            hiringIntentionId: jobs.some((j) => j.id === draft.hiringIntentionId) ? draft.hiringIntentionId : null,
            candidate: {
              firstName: draft.firstName.trim(),
              lastName: draft.lastName.trim(),
              email: optional(draft.email),
              phone: optional(draft.phone),
              postalAddress: optional(draft.postalAddress),
              privateNotes: optional(draft.privateNotes),
            },
          },
        },
      });
      setDraft(blankDraft(sessions));
      setProposed(true);
    } catch {
      // shown beside the fields and above the button
    }
  };

  // what is not about one field of the form: a refusal, or a rule on the whole input
  const general = [errors.general, errors.byField.candidate, errors.byField.trainingSessionId].filter(Boolean).join(" ");

  return (
    <form onSubmit={submit} aria-labelledby="adviser-propose-title" noValidate>
      <div className="adviser-form-grid">
        <Field label="Session" error={sessionMissing ? "Choisissez la session à laquelle proposer le candidat." : undefined}>
          {(props) => (
            <select
              {...props}
              value={draft.trainingSessionId}
              onChange={(e) => {
                setSessionMissing(false);
                setProposed(false);
                setDraft((d) => ({ ...d, trainingSessionId: e.target.value, hiringIntentionId: "" }));
              }}
              required
            >
              <option value="">Choisir une session</option>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>{s.title} (début le {shortDay(s.startDate)})</option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Emploi visé"
          hint={session ? (jobs.length ? "Facultatif : l'emploi d'une entreprise engagée sur cette session." : "Aucune intention d'embauche en cours pour cette session.") : "Choisissez d'abord une session."}
          error={fieldMessage(errors, "hiringIntentionId")}
        >
          {(props) => (
            <select {...props} value={draft.hiringIntentionId} onChange={(e) => set("hiringIntentionId", e.target.value)}>
              <option value="">Aucun emploi précis</option>
              {jobs.map((job) => (
                <option key={job.id} value={job.id}>
                  {job.jobTitle} — {job.company?.name ?? "Entreprise"} ({CONTRACT_LABELS[job.contractType] ?? job.contractType}, {positionsLabel(job.positions)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Prénom" error={fieldMessage(errors, "firstName")}>
          {(props) => <input {...props} type="text" autoComplete="off" value={draft.firstName} onChange={(e) => set("firstName", e.target.value)} required />}
        </Field>
        <Field label="Nom" error={fieldMessage(errors, "lastName")}>
          {(props) => <input {...props} type="text" autoComplete="off" value={draft.lastName} onChange={(e) => set("lastName", e.target.value)} required />}
        </Field>
        <Field label="Adresse e-mail" error={fieldMessage(errors, "email")}>
          {(props) => <input {...props} type="email" autoComplete="off" value={draft.email} onChange={(e) => set("email", e.target.value)} />}
        </Field>
        <Field label="Téléphone" error={fieldMessage(errors, "phone")}>
          {(props) => <input {...props} type="tel" autoComplete="off" value={draft.phone} onChange={(e) => set("phone", e.target.value)} />}
        </Field>
      </div>
      <Field label="Adresse postale" error={fieldMessage(errors, "postalAddress")}>
        {(props) => <input {...props} type="text" autoComplete="off" value={draft.postalAddress} onChange={(e) => set("postalAddress", e.target.value)} />}
      </Field>
      <Field label="Notes privées" hint="Visibles par votre structure uniquement" error={fieldMessage(errors, "privateNotes")}>
        {(props) => <textarea {...props} rows={3} value={draft.privateNotes} onChange={(e) => set("privateNotes", e.target.value)} />}
      </Field>
      {general && <p className="state state--error" role="alert">{general}</p>}
      <div className="adviser-submit">
        <button type="submit" className="button button--primary" disabled={loading}>{loading ? "Proposition en cours…" : "Proposer le candidat"}</button>
        <p role="status" className={proposed ? "adviser-success" : "adviser-success adviser-success--empty"}>{proposed ? "Candidat proposé" : ""}</p>
      </div>
    </form>
  );
}
