import { STEP_STATUS_LABELS } from "../../ui/labels";
import { Badge } from "../../ui/states";
import { STEP_TONES } from "./labels";
import { CockpitSection } from "./Section";
import type { CockpitOperation } from "./types";

/** The programme's own steps, in order, each with its status computed by the server and what ends it. */
export function StepsSection({ steps, programme }: { steps: CockpitOperation["steps"]; programme: string | null }) {
  const ordered = [...steps].sort((a, b) => a.number - b.number);
  return (
    <CockpitSection id="etapes" title="Étapes du programme">
      <p className="cockpit-meta">{programme ? `${programme} : ` : ""}{ordered.length} étapes, dans l'ordre du processus.</p>
      <ol className="steps cockpit-steps" aria-label="Étapes du processus">
        {ordered.map((step) => (
          <li key={step.code}>
            <span className="cockpit-step-number">Étape {step.number}</span>
            <span>{step.label}</span>
            <span><Badge tone={STEP_TONES[step.status] ?? "neutral"}>{STEP_STATUS_LABELS[step.status] ?? step.status}</Badge></span>
            <span className="cockpit-meta">Terminée quand : {step.endsWhen}</span>
          </li>
        ))}
      </ol>
    </CockpitSection>
  );
}
