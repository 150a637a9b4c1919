import { graphql } from "../../../generated/gql";
import { ActionButton } from "../../ui/ActionButton";
import { frenchDateTime } from "../../ui/labels";
import { Badge } from "../../ui/states";
import { useSessionLocked } from "./lock";
import type { CockpitSession } from "./types";

const CONSTITUTE = graphql(`
  mutation CockpitConstituteGroup($trainingSessionId: ID!) {
    constituteGroup(trainingSessionId: $trainingSessionId) { id groupConstitutedAt groupBelowMinimumAt }
  }
`);

/** The session's live qualification (DEFI threshold or minimum group) and the group constitution. */
export function QualificationPanel({ session }: { session: CockpitSession }) {
  const q = session.qualification;
  const locked = useSessionLocked(session);
  return (
    <aside className={`cockpit-qualification cockpit-qualification--${q.qualified ? "ok" : "ko"}`} aria-labelledby={`qualification-${session.id}`}>
      <h3 id={`qualification-${session.id}`}>Qualification de la session</h3>
      <div aria-live="polite" aria-atomic="true">
        <p><Badge tone={q.qualified ? "good" : "bad"}>{q.qualified ? "Qualifiée" : "Non qualifiée"}</Badge></p>
        <p className="cockpit-meta">Règle appliquée : {q.ruleLabel}</p>
        <p>
          <span className="cockpit-figure">{q.counted} / {q.required}</span> stagiaires appariés comptés / requis
        </p>
        {q.missing > 0 && <p>Il manque {q.missing} appariement{q.missing > 1 ? "s" : ""}.</p>}
        <p>{q.explanation}</p>
      </div>
      {session.groupConstitutedAt ? (
        <p><Badge tone="good">Groupe constitué</Badge> le {frenchDateTime(session.groupConstitutedAt)}</p>
      ) : (
        <>
          {session.groupBelowMinimumAt && (
            <p className="state state--warn" role="status">
              Le groupe est passé sous l'effectif minimum le {frenchDateTime(session.groupBelowMinimumAt)} : reconstituez-le ou trouvez une solution.
            </p>
          )}
          {!locked && <ActionButton mutation={CONSTITUTE} variables={{ trainingSessionId: session.id }} label="Constituer le groupe" />}
        </>
      )}
    </aside>
  );
}
