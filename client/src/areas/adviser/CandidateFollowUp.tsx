import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import type { AdviserCandidatesQuery, CandidacyStatus } from "../../../generated/gql/graphql";
import { ActionButton } from "../../ui/ActionButton";
import { serverErrors } from "../../ui/errors";
import { Field } from "../../ui/Field";
import { CANDIDACY_STATUS_LABELS, frenchDate, frenchDateTime, PLACE_LABELS, SELECTION_METHOD_LABELS } from "../../ui/labels";
import { Badge } from "../../ui/states";
import { fieldMessage, OFF_PATH_STATUSES, OPEN_STATUSES, PATH_STEPS, REASON_LABELS, STATUS_TONES } from "./adviserLabels";
import { ADVISER_MOVE_CANDIDACY, ADVISER_VALIDATE_PROFILE } from "./documents";

export type AdviserCandidate = AdviserCandidatesQuery["candidates"]["nodes"][number];
type AdviserCandidacy = AdviserCandidate["candidacies"][number];


/** One card per candidate the adviser's organisation proposed, each of its paths with the adviser's actions. */
export function CandidateFollowUp({ candidates, franceTravail }: { candidates: AdviserCandidate[]; franceTravail: boolean }) {
  const sorted = [...candidates].sort((a, b) => a.lastName.localeCompare(b.lastName, "fr") || a.firstName.localeCompare(b.firstName, "fr"));
  return (
    <ul className="adviser-candidates">
      {sorted.map((candidate) => (
        <li key={candidate.id}>
          <CandidateCard candidate={candidate} franceTravail={franceTravail} />
        </li>
      ))}
    </ul>
  );
}

function CandidateCard({ candidate, franceTravail }: { candidate: AdviserCandidate; franceTravail: boolean }) {
  const titleId = useId();
  const name = `${candidate.firstName} ${candidate.lastName}`;
  const candidacies = [...candidate.candidacies].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <article className="adviser-candidate" aria-labelledby={titleId}>
      <h3 id={titleId}>{name}</h3>
      <dl className="adviser-facts">
        <div><dt>Adresse e-mail</dt><dd>{candidate.email ?? "—"}</dd></div>
        <div><dt>Téléphone</dt><dd>{candidate.phone ?? "—"}</dd></div>
        <div><dt>Adresse postale</dt><dd>{candidate.postalAddress ?? "—"}</dd></div>
      </dl>
      {candidate.privateNotes && (
        <p className="adviser-notes"><strong>Notes privées</strong> (votre structure uniquement) : {candidate.privateNotes}</p>
      )}
      {candidacies.length === 0 ? (
        <p className="state state--empty">Aucune candidature.</p>
      ) : (
        candidacies.map((candidacy) => <CandidacyPath key={candidacy.id} candidacy={candidacy} candidateName={name} franceTravail={franceTravail} />)
      )}
    </article>
  );
}

function CandidacyPath({ candidacy, candidateName, franceTravail }: { candidacy: AdviserCandidacy; candidateName: string; franceTravail: boolean }) {
  const status = candidacy.status;
  const activePairings = candidacy.pairings.filter((p) => !p.endedAt);
  const endedPairings = candidacy.pairings.filter((p) => p.endedAt);
  const reasonLabel = REASON_LABELS[status];
  const sessionTitle = candidacy.trainingSession?.title ?? "Session";
  return (
    <section className="adviser-candidacy" aria-label={`Candidature de ${candidateName} : ${sessionTitle}`}>
      <div className="adviser-candidacy__head">
        <p className="adviser-candidacy__session">
          <strong>{sessionTitle}</strong>
          <span> · {candidacy.hiringIntention ? `emploi visé : ${candidacy.hiringIntention.jobTitle}${candidacy.hiringIntention.company ? ` (${candidacy.hiringIntention.company.name})` : ""}` : "aucun emploi précis"}</span>
          <span> · proposé le {frenchDate(candidacy.createdAt)}</span>
        </p>
        <p className="adviser-candidacy__status">Statut : <Badge tone={STATUS_TONES[status]}>{CANDIDACY_STATUS_LABELS[status] ?? status}</Badge></p>
      </div>
      <Stepper candidacy={candidacy} />
      {reasonLabel && candidacy.statusReason && <p className="adviser-reason"><strong>{reasonLabel}</strong> : {candidacy.statusReason}</p>}
      {status === "LEFT" && candidacy.exitSolution && <p className="adviser-reason"><strong>Solution trouvée</strong> : {candidacy.exitSolution}</p>}
      {candidacy.selectionMethod && <p className="adviser-line">Mode de sélection : {SELECTION_METHOD_LABELS[candidacy.selectionMethod] ?? candidacy.selectionMethod}</p>}
      {(status === "ADMITTED" || status === "LEFT") && (candidacy.place || candidacy.pathReferent) && (
        <p className="adviser-line">
          {candidacy.place ? PLACE_LABELS[candidacy.place] : ""}
          {candidacy.place && candidacy.pathReferent ? " · " : ""}
          {candidacy.pathReferent ? `Référent de parcours à l'organisme de formation : ${candidacy.pathReferent}` : ""}
        </p>
      )}
      <p className="adviser-line">
        {activePairings.length > 0
          ? activePairings.map((p) => `Apparié à ${p.hiringIntention?.company?.name ?? "une entreprise"}${p.hiringIntention ? ` (${p.hiringIntention.jobTitle})` : ""} depuis le ${frenchDate(p.pairedAt)}`).join(" ; ")
          : "Pas encore apparié à une entreprise."}
      </p>
      {endedPairings.map((p) => (
        <p key={p.id} className="adviser-line adviser-line--muted">
          Appariement terminé avec {p.hiringIntention?.company?.name ?? "une entreprise"} le {frenchDate(p.endedAt!)}{p.endReason ? ` : ${p.endReason}` : ""}
        </p>
      ))}
      <ProfileValidations candidacy={candidacy} />
      <CandidacyActions candidacy={candidacy} franceTravail={franceTravail} />
    </section>
  );
}

/**
 * Proposé → Réunion d'information → En sélection → Admis en formation. A path that stopped
 * (non retenu, retiré) shows the steps known to be passed, then where it stopped; a trainee who
 * left went through the whole path first.
 */
function Stepper({ candidacy }: { candidacy: AdviserCandidacy }) {
  const status = candidacy.status;
  const offPath = OFF_PATH_STATUSES.includes(status);
  type StepState = "done" | "current" | "todo" | "stopped";
  let steps: { status: CandidacyStatus; state: StepState }[];
  if (!offPath) {
    const reached = PATH_STEPS.indexOf(status);
    steps = PATH_STEPS.map((step, i) => ({ status: step, state: i < reached ? "done" : i === reached ? "current" : "todo" }));
  } else {
    // the API keeps no per-candidacy history: only what the data proves is shown as passed
    const passed = status === "LEFT" ? PATH_STEPS : candidacy.selectionMethod ? PATH_STEPS.filter((s) => s !== "ADMITTED") : ["PROPOSED" as const];
    steps = [...passed.map((step) => ({ status: step, state: "done" as const })), { status, state: "stopped" as const }];
  }
  const hidden: Record<StepState, string> = { done: "étape franchie", current: "étape actuelle", todo: "étape à venir", stopped: "fin du parcours" };
  const marks: Record<StepState, string> = { done: "✓", current: "●", todo: "○", stopped: "✕" };
  return (
    <ol className="adviser-path" aria-label="Parcours">
      {steps.map((step, i) => (
        <li key={step.status} aria-current={step.state === "current" || step.state === "stopped" ? "step" : undefined}>
          <span className={`adviser-path__step adviser-path__step--${step.state}`}>
            <span aria-hidden="true">{marks[step.state]}</span>
            {CANDIDACY_STATUS_LABELS[step.status] ?? step.status}
            <span className="visually-hidden"> ({hidden[step.state]})</span>
          </span>
          {i < steps.length - 1 && <span aria-hidden="true" className="adviser-path__arrow">→</span>}
        </li>
      ))}
    </ol>
  );
}

function ProfileValidations({ candidacy }: { candidacy: AdviserCandidacy }) {
  const validations = [
    ["France Travail", candidacy.profileValidatedByFranceTravailAt],
    ["l'employeur", candidacy.profileValidatedByEmployerAt],
    ["l'organisme de formation", candidacy.profileValidatedByTrainingOrganisationAt],
  ] as const;
  const given = validations.filter(([, at]) => at);
  if (given.length === 0) return <p className="adviser-line adviser-line--muted">Profil pas encore validé.</p>;
  return (
    <p className="adviser-line">
      Profil validé par {given.map(([who, at]) => `${who} (${frenchDateTime(at!)})`).join(", ")}.
    </p>
  );
}

function CandidacyActions({ candidacy, franceTravail }: { candidacy: AdviserCandidacy; franceTravail: boolean }) {
  const status = candidacy.status;
  // after closure, the path no longer changes
  if (candidacy.trainingSession?.operation?.status === "CLOSED") return null;
  const canInvite = status === "PROPOSED";
  const canWithdraw = OPEN_STATUSES.includes(status);
  const canValidate = franceTravail && !candidacy.profileValidatedByFranceTravailAt && (OPEN_STATUSES.includes(status) || status === "ADMITTED");
  if (!canInvite && !canWithdraw && !canValidate) return null;
  return (
    <div className="adviser-actions">
      {(canInvite || canValidate) && (
        <div className="adviser-actions__row">
          {canInvite && (
            <ActionButton
              mutation={ADVISER_MOVE_CANDIDACY}
              variables={{ input: { candidacyId: candidacy.id, to: "INFORMATION_SESSION" } }}
              label="Inviter à la réunion d'information"
              busyLabel="Invitation…"
            />
          )}
          {canValidate && (
            <ActionButton
              mutation={ADVISER_VALIDATE_PROFILE}
              variables={{ candidacyId: candidacy.id }}
              label="Valider le profil"
              busyLabel="Validation…"
              tone="secondary"
            />
          )}
        </div>
      )}
      {canWithdraw && <WithdrawForm candidacyId={candidacy.id} />}
    </div>
  );
}

/** Withdrawing a candidacy needs a reason; the path ends there (history is kept). */
function WithdrawForm({ candidacyId }: { candidacyId: string }) {
  const [reason, setReason] = useState("");
  const [withdraw, { loading, error }] = useMutation(ADVISER_MOVE_CANDIDACY, { refetchQueries: "active" });
  const errors = serverErrors(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await withdraw({ variables: { input: { candidacyId, to: "WITHDRAWN", reason: reason.trim() || null } } });
      setReason("");
    } catch {
      // shown beside the field or the button
    }
  };
  return (
    <form className="adviser-withdraw" onSubmit={submit} noValidate>
      <Field label="Motif du retrait" error={fieldMessage(errors, "reason")}>
        {(props) => <input {...props} type="text" value={reason} onChange={(e) => setReason(e.target.value)} required />}
      </Field>
      <div className="adviser-withdraw__submit">
        <button type="submit" className="button button--danger" disabled={loading}>{loading ? "Retrait…" : "Retirer la candidature"}</button>
        {errors.general && <span className="action__error" role="alert">{errors.general}</span>}
      </div>
    </form>
  );
}
