import { useId } from "react";
import { fullName } from "./labels";
import { activeTeam, type CockpitSession, type CockpitTeam } from "./types";

type Option = { id: string; label: string };

/** Partners who may attend: the active project team. */
export const partnerOptions = (team: CockpitTeam): Option[] => activeTeam(team).map((o) => ({ id: o.id, label: o.name }));

/** Trainees who may attend a signature or a review: the session's admitted trainees, and those who left. */
export const traineeOptions = (session: CockpitSession): Option[] =>
  session.candidacies.filter((c) => c.status === "ADMITTED" || c.status === "LEFT").map((c) => ({ id: c.id, label: fullName(c.candidate) }));

interface AttendeesProps {
  legend: string;
  options: Option[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** the server's message about this list */
  error?: string;
}

/** Who attended (partners of the team, trainees, candidates): one checkbox each. */
export function Attendees({ legend, options, selected, onChange, error }: AttendeesProps) {
  const id = useId();
  if (!options.length) return null;
  const toggle = (value: string, checked: boolean) => onChange(checked ? [...selected, value] : selected.filter((s) => s !== value));
  return (
    <fieldset className={`cockpit-attendees${error ? " field--error" : ""}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id}>
          <input type="checkbox" checked={selected.includes(option.id)} onChange={(e) => toggle(option.id, e.target.checked)} /> {option.label}
        </label>
      ))}
      {error && <p className="field__error" id={`${id}-error`} role="alert">{error}</p>}
    </fieldset>
  );
}
