import { STEP_STATUS_LABELS } from "../../ui/labels";
import { Badge } from "../../ui/states";
import { STEP_TONES } from "./labels";
import { CockpitSection } from "./Section";
import type { CockpitOperation } from "./types";

/** The nine steps of the process sheet, each with its status computed by the server. */
export function StepsSection({ steps }: { steps: CockpitOperation["steps"] }) {
  const ordered = [...steps].sort((a, b) => a.number - b.number);
  return (
    <CockpitSection id="etapes" title="Les neuf étapes">
      <ol className="steps cockpit-steps">
        {ordered.map((step) => (
          <li key={step.code}>
            <span className="cockpit-step-number">Étape {step.number}</span>
            <span>{step.label}</span>
            <span><Badge tone={STEP_TONES[step.status] ?? "neutral"}>{STEP_STATUS_LABELS[step.status] ?? step.status}</Badge></span>
          </li>
        ))}
      </ol>
    </CockpitSection>
  );
}
