import { graphql } from "../../../generated/gql";
import { ActionButton } from "../../ui/ActionButton";
import { frenchDateTime } from "../../ui/labels";
import { Badge } from "../../ui/states";
import { frenchMoment } from "./labels";
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

/** Closure: the RTF's conformity attestation, the DEFI bonus request, the session's closing. */
export function ClosureSection({ sessions, paysBonus }: { sessions: CockpitSession[]; paysBonus: boolean }) {
  return (
    <CockpitSection id="cloture" title="Clôture">
      <PerSession sessions={sessions}>
        {(session) => {
          const closure = session.closure;
          return (
            <>
              <ul className="cockpit-list">
                <li className="cockpit-row">
                  <span>Attestation de conformité (RTF)</span>
                  {closure?.attestationIssuedAt ? (
                    <Badge tone="good">Délivrée le {frenchMoment(closure.attestationIssuedAt, frenchDateTime)}</Badge>
                  ) : (
                    <Badge tone="neutral">Pas encore délivrée</Badge>
                  )}
                </li>
                {paysBonus && (
                  <li className="cockpit-row">
                    <span>Prime DEFI</span>
                    {closure?.bonusRequestedAt ? <Badge tone="good">Demandée le {frenchDateTime(closure.bonusRequestedAt)}</Badge> : <Badge tone="neutral">Pas encore demandée</Badge>}
                  </li>
                )}
                <li className="cockpit-row">
                  <span>Session</span>
                  {closure?.closedAt ? <Badge tone="good">Clôturée le {frenchDateTime(closure.closedAt)}</Badge> : <Badge tone="neutral">Ouverte</Badge>}
                </li>
              </ul>
              {!closure?.closedAt && (
                <div className="cockpit-actions">
                  {paysBonus && !closure?.bonusRequestedAt && (
                    <ActionButton mutation={REQUEST_BONUS} variables={{ trainingSessionId: session.id }} label="Demander la prime DEFI" />
                  )}
                  <ActionButton
                    mutation={CLOSE}
                    variables={{ trainingSessionId: session.id }}
                    label="Clôturer la session"
                    tone="danger"
                    confirm="Clôturer la session ? L'opération se clôt avec sa dernière session et n'est plus modifiable ensuite."
                  />
                </div>
              )}
            </>
          );
        }}
      </PerSession>
    </CockpitSection>
  );
}
