import { useId } from "react";

interface AttendeesProps {
  legend: string;
  options: { id: string; label: string }[];
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
