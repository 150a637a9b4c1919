import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import type { PlaceKind, SelectionMethod } from "../../../generated/gql/graphql";
import { ActionButton } from "../../ui/ActionButton";
import { Field } from "../../ui/Field";
import { PLACE_LABELS, SELECTION_METHOD_LABELS } from "../../ui/labels";
import { Disclosure } from "../../ui/Disclosure";
import { fullName } from "./labels";
import type { CockpitCandidacy, CockpitSession } from "./types";
import { useSubmit } from "../../ui/useSubmit";
import { FormMessages } from "../../ui/FormMessages";

const MOVE = graphql(`
  mutation CockpitMoveCandidacy($input: MoveCandidacyInput!) {
    moveCandidacy(input: $input) { id status statusReason selectionMethod exitSolution place }
  }
`);

const SET_PATH_REFERENT = graphql(`
  mutation CockpitSetPathReferent($input: PathReferentInput!) {
    setPathReferent(input: $input) { id pathReferent }
  }
`);

const OPEN = ["PROPOSED", "INFORMATION_SESSION", "SELECTION"];

/** The moves the training organisation may make from the candidacy's status (domain/machines.ts). */
export function CandidacyActions({ candidacy, session }: { candidacy: CockpitCandidacy; session: CockpitSession }) {
  const name = fullName(candidacy.candidate);
  const { status } = candidacy;
  if (!OPEN.includes(status) && status !== "ADMITTED") return null;
  return (
    <div className="cockpit-actions">
      {status === "PROPOSED" && (
        <ActionButton mutation={MOVE} variables={{ input: { candidacyId: candidacy.id, to: "INFORMATION_SESSION" } }} label="Inviter à la réunion d'information" tone="secondary" />
      )}
      {(status === "PROPOSED" || status === "INFORMATION_SESSION") && <SelectionForm candidacyId={candidacy.id} name={name} />}
      {status === "SELECTION" && <AdmissionForm candidacyId={candidacy.id} name={name} session={session} />}
      {status === "ADMITTED" && <PathReferentForm candidacy={candidacy} name={name} />}
      {OPEN.includes(status) && (
        <ReasonForm candidacyId={candidacy.id} to="DECLINED" legend={`Ne pas retenir la candidature de ${name}`} toggle="Ne pas retenir" button="Enregistrer le refus" />
      )}
      {status === "ADMITTED" && (
        <ReasonForm candidacyId={candidacy.id} to="LEFT" legend={`Sortie de formation de ${name}`} toggle="Sortie du stagiaire" button="Enregistrer la sortie" withSolution />
      )}
    </div>
  );
}

/** Places still free in the session, funded by the Region and beyond its funding. */
export function placesLeft(session: CockpitSession): Record<PlaceKind, number> {
  const admitted = session.candidacies.filter((c) => c.status === "ADMITTED");
  return {
    FUNDED: session.fundedPlaces - admitted.filter((c) => c.place !== "EXTRA").length,
    EXTRA: session.extraPlaces - admitted.filter((c) => c.place === "EXTRA").length,
  };
}

/** Admission on a place: funded by the Region while one is left, or complementary (beyond its funding). */
function AdmissionForm({ candidacyId, name, session }: { candidacyId: string; name: string; session: CockpitSession }) {
  const left = placesLeft(session);
  const [place, setPlace] = useState<PlaceKind>(left.FUNDED > 0 || left.EXTRA <= 0 ? "FUNDED" : "EXTRA");
  const { submit, loading, errors } = useSubmit(MOVE);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({ input: { candidacyId, to: "ADMITTED", place } });
  };
  return (
    <form onSubmit={onSubmit}>
      <fieldset className="cockpit-inline cockpit-inline--bare">
        <legend className="visually-hidden">Admission de {name}</legend>
        <Field label={`Place de ${name}`} error={errors.byField.place}>
          {(props) => (
            <select {...props} value={place} onChange={(e) => setPlace(e.target.value as PlaceKind)}>
              {(["FUNDED", "EXTRA"] as const).map((p) => (
                <option key={p} value={p}>{PLACE_LABELS[p]} — {Math.max(left[p], 0)} libre{left[p] > 1 ? "s" : ""}</option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={loading}>Admettre en formation</button>
      </fieldset>
      <FormMessages errors={errors} shownFields={["place"]} />
    </form>
  );
}

/** Each trainee has a path referent at the training organisation (session start); a change is recorded. */
function PathReferentForm({ candidacy, name }: { candidacy: CockpitCandidacy; name: string }) {
  const [referent, setReferent] = useState(candidacy.pathReferent ?? "");
  const { submit, loading, errors, done } = useSubmit(SET_PATH_REFERENT);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({ input: { candidacyId: candidacy.id, pathReferent: referent.trim() } });
  };
  return (
    <form onSubmit={onSubmit}>
      <fieldset className="cockpit-inline cockpit-inline--bare">
        <legend className="visually-hidden">Référent de parcours de {name}</legend>
        <Field label={`Référent de parcours de ${name}`} error={errors.byField.pathReferent}>
          {(props) => <input {...props} value={referent} onChange={(e) => setReferent(e.target.value)} required />}
        </Field>
        <button type="submit" className="button button--secondary" disabled={loading}>{candidacy.pathReferent ? "Changer de référent" : "Désigner le référent"}</button>
      </fieldset>
      <FormMessages errors={errors} shownFields={["pathReferent"]} done={done} doneText="Référent de parcours enregistré." />
    </form>
  );
}

function SelectionForm({ candidacyId, name }: { candidacyId: string; name: string }) {
  const [method, setMethod] = useState<SelectionMethod>("MRS");
  const { submit, loading, errors } = useSubmit(MOVE);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({ input: { candidacyId, to: "SELECTION", selectionMethod: method } });
  };
  return (
    <form onSubmit={onSubmit}>
      <fieldset className="cockpit-inline cockpit-inline--bare">
        <legend className="visually-hidden">Sélection de {name}</legend>
        <Field label="Méthode de sélection" error={errors.byField.selectionMethod}>
          {(props) => (
            <select {...props} value={method} onChange={(e) => setMethod(e.target.value as SelectionMethod)}>
              {(Object.keys(SELECTION_METHOD_LABELS) as SelectionMethod[]).map((m) => <option key={m} value={m}>{SELECTION_METHOD_LABELS[m]}</option>)}
            </select>
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={loading}>Retenir pour la sélection</button>
      </fieldset>
      <FormMessages errors={errors} shownFields={["selectionMethod"]} />
    </form>
  );
}

interface ReasonFormProps {
  candidacyId: string;
  to: "DECLINED" | "LEFT";
  legend: string;
  toggle: string;
  button: string;
  withSolution?: boolean;
}

/** A move that needs a reason (and, when a trainee leaves, the solution found), shown on demand. */
function ReasonForm({ candidacyId, to, legend, toggle, button, withSolution }: ReasonFormProps) {
  const [reason, setReason] = useState("");
  const [solution, setSolution] = useState("");
  const { submit, loading, errors } = useSubmit(MOVE);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({ input: { candidacyId, to, reason: reason.trim(), ...(withSolution && solution.trim() ? { exitSolution: solution.trim() } : {}) } });
  };
  return (
    <Disclosure label={toggle}>
      <form onSubmit={onSubmit}>
        <fieldset className="cockpit-inline">
          <legend>{legend}</legend>
          <Field label="Motif" error={errors.byField.reason}>
            {(props) => <input {...props} value={reason} onChange={(e) => setReason(e.target.value)} required />}
          </Field>
          {withSolution && (
            <Field label="Solution trouvée" error={errors.byField.exitSolution} hint="Parcours complet, orientation vers France Travail…">
              {(props) => <input {...props} value={solution} onChange={(e) => setSolution(e.target.value)} />}
            </Field>
          )}
          <button type="submit" className={`button button--${to === "LEFT" ? "danger" : "secondary"}`} disabled={loading}>{button}</button>
        </fieldset>
        <FormMessages errors={errors} shownFields={["reason", "exitSolution"]} />
      </form>
    </Disclosure>
  );
}
