import { graphql } from "../../../generated/gql";
import { DocumentLink } from "../../documents/DocumentLink";
import { ActionButton } from "../../ui/ActionButton";
import { frenchDateTime } from "../../ui/labels";
import { Badge } from "../../ui/states";
import { frenchMoment } from "./labels";
import { useSessionLocked } from "./lock";
import type { ProgrammeFeatures } from "./programme";
import { CockpitSection, PerSession } from "./Section";
import type { CockpitSession } from "./types";

const REQUEST_BONUS = graphql(`
  mutation CockpitRequestDefiBonus($trainingSessionId: ID!) {
    requestDefiBonus(trainingSessionId: $trainingSessionId) { id bonusRequestedAt }
  }
`);

const CLOSE = graphql(`
  mutation CockpitCloseSession($trainingSessionId: ID!) {
    closeSession(trainingSessionId: $trainingSessionId) { id closedAt }
  }
`);

/**
 * Closure. DEFI: the RTF's conformity attestation, the bonus request (then its acknowledgement
 * and payment by the Region's management unit), the session's closing. « 1 emploi = 1 formation »:
 * the session closes after its final review, without attestation nor bonus.
 */
export function ClosureSection({ sessions, features }: { sessions: CockpitSession[]; features: ProgrammeFeatures }) {
  return (
    <CockpitSection id="cloture" title="Clôture">
      <PerSession sessions={sessions}>{(session) => <SessionClosure session={session} features={features} />}</PerSession>
    </CockpitSection>
  );
}

function SessionClosure({ session, features }: { session: CockpitSession; features: ProgrammeFeatures }) {
  const locked = useSessionLocked(session);
  const closure = session.closure;
  const when = (iso: string | null | undefined, done: string, todo: string) =>
    iso ? <Badge tone="good">{done} le {frenchMoment(iso, frenchDateTime)}</Badge> : <Badge tone="neutral">{todo}</Badge>;
  return (
    <>
      <ul className="cockpit-list" aria-label="Étapes de la clôture">
        {features.bonus && (
          <>
            <li className="cockpit-row">
              <span>Attestation de conformité (RTF)</span>
              {when(closure?.attestationIssuedAt, "Délivrée", "Pas encore délivrée")}
              {closure?.attestationUrl && <DocumentLink href={closure.attestationUrl} label="Attestation de conformité (PDF)" />}
            </li>
            <li className="cockpit-row">
              <span>Prime DEFI</span>
              {when(closure?.bonusRequestedAt, "Demandée", "Pas encore demandée")}
              {closure?.bonusRequestedAt && when(closure.bonusAcknowledgedAt, "Reçue par la cellule de gestion", "Réception pas encore accusée")}
              {closure?.bonusAcknowledgedAt && when(closure.bonusPaidAt, "Payée", "Pas encore payée")}
              {closure?.bonusRequestUrl && <DocumentLink href={closure.bonusRequestUrl} label="Demande de prime DEFI (PDF)" />}
            </li>
          </>
        )}
        <li className="cockpit-row">
          <span>Session</span>
          {closure?.closedAt ? <Badge tone="good">Clôturée le {frenchDateTime(closure.closedAt)}</Badge> : <Badge tone="neutral">Ouverte</Badge>}
        </li>
      </ul>
      {!locked && (
        <div className="cockpit-actions">
          {features.bonus && !closure?.bonusRequestedAt && (
            <ActionButton mutation={REQUEST_BONUS} variables={{ trainingSessionId: session.id }} label="Demander la prime DEFI" />
          )}
          <ActionButton
            mutation={CLOSE}
            variables={{ trainingSessionId: session.id }}
            label="Clôturer la session"
            tone="danger"
            confirm="Clôturer la session ? L'opération se clôt avec sa dernière session et n'est plus modifiable ensuite (le suivi à 3 et 6 mois continue)."
          />
        </div>
      )}
    </>
  );
}
