import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import { graphql } from "../../../generated/gql";
import type { ViewerInfo } from "../../shell/AppShell";
import { frenchDay } from "../../ui/labels";
import { Badge, QueryState } from "../../ui/states";
import { ClosureSection } from "./ClosureSection";
import { ConventionSection } from "./ConventionSection";
import { FollowUpSection } from "./FollowUpSection";
import { ImmersionsSection } from "./ImmersionsSection";
import { OPERATION_STATUS_LABELS } from "./labels";
import { PairingSection } from "./PairingSection";
import { PurchaseOrdersSection } from "./PurchaseOrdersSection";
import { RecruitmentSection } from "./RecruitmentSection";
import { ReviewSection } from "./ReviewSection";
import { StepsSection } from "./StepsSection";
import { TeamSection } from "./TeamSection";
import type { CockpitOperation } from "./types";

const OPERATION = graphql(`
  query CockpitOperation($id: ID!) {
    operation(id: $id) {
      id
      title
      status
      closedAt
      department
      programme { id name code rules { usesPurchaseOrders paysCompletionBonus followUpMonths } }
      steps { code number label status }
      team { id isLead joinedAt leftAt leftReason organisation { id name kind } }
      hiringIntentions {
        id
        jobTitle
        positions
        status
        receivedAt
        company { id name }
        purchaseOrder { id status receivedAt refusalReason lead { name } }
      }
      trainingSessions {
        id
        title
        eosNumber
        startDate
        endDate
        fundedPlaces
        extraPlaces
        location
        groupConstitutedAt
        qualification { qualified rule ruleLabel required counted missing explanation }
        candidacyCounts { total byStatus { status count } }
        hiringIntentions {
          id
          jobTitle
          positions
          status
          contractType
          durableEmployment
          derogationGrantedAt
          company { id name }
          pairings { id endedAt }
        }
        candidacies {
          id
          status
          statusReason
          selectionMethod
          exitSolution
          candidate { id firstName lastName email phone }
          proposedBy { id name }
          hiringIntention { id jobTitle status company { name } }
          pairings { id pairedAt endedAt endReason hiringIntention { id jobTitle company { id name } } }
          immersions { id kind startDate endDate debrief debriefedAt company { id name } }
          followUps { id milestoneMonths dueDate reportedAt employmentStatus contractType employerName overdue }
        }
        convention {
          id
          title
          status
          version
          body
          plannedSignatureDate
          signaturePlace
          dateOptionsSentAt
          draftSentAt
          saveTheDateSentAt
          signedAt
          planning { code label dueDate doneAt late daysLate }
          signatories { id required signed organisation { id name kind } }
        }
        reviews {
          id
          scheduledAt
          heldAt
          qualitativeNotes
          strengths
          areasToImprove
          outcomes { id certificationLevel certificationTitle contractType contractStartDate candidacy { id } }
        }
        closure { id attestationIssuedAt bonusRequestedAt closedAt }
      }
    }
  }
`);

/** One operation's cockpit: every step the training organisation drives, section by section. */
export function OperationCockpit({ viewer }: { viewer: ViewerInfo }) {
  const { operationId = "" } = useParams();
  const { data, loading, error } = useQuery(OPERATION, { variables: { id: operationId } });
  return (
    <div className="cockpit">
      <p><Link to="/cockpit">← Toutes les opérations</Link></p>
      <QueryState loading={loading} error={error} data={data} empty={(d) => (d.operation ? null : "Cette opération n'existe pas ou votre organisme ne fait pas partie de son équipe projet.")}>
        {(d) => (d.operation ? <Cockpit operation={d.operation} viewer={viewer} /> : null)}
      </QueryState>
    </div>
  );
}

const TOC = [
  ["equipe", "Équipe projet"],
  ["etapes", "Les neuf étapes"],
  ["recrutement", "Recrutement"],
  ["appariement", "Appariement"],
  ["convention", "Convention et signature"],
  ["immersions", "Immersions"],
  ["bilan", "Bilan"],
  ["suivi", "Suivi à 3 et 6 mois"],
  ["cloture", "Clôture"],
] as const;

function Cockpit({ operation, viewer }: { operation: CockpitOperation; viewer: ViewerInfo }) {
  const sessions = operation.trainingSessions;
  const usesPurchaseOrders = operation.programme?.rules.usesPurchaseOrders ?? false;
  const toc: readonly (readonly [string, string])[] = usesPurchaseOrders ? [...TOC, ["bons-de-commande", "Bons de commande"]] : TOC;
  return (
    <>
      <h1>{operation.title}</h1>
      <p className="cockpit-row cockpit-lead">
        <span>{operation.programme?.name}</span>
        <span>Département {operation.department}</span>
        <Badge tone={operation.status === "OPEN" ? "good" : "neutral"}>{OPERATION_STATUS_LABELS[operation.status] ?? operation.status}</Badge>
        {sessions.map((s) => (
          <span key={s.id}>
            {s.title}{s.eosNumber ? ` (${s.eosNumber})` : ""} : du {frenchDay(s.startDate)} au {frenchDay(s.endDate)}, {s.location}, {s.fundedPlaces} places financées{s.extraPlaces ? ` + ${s.extraPlaces} hors financement` : ""}
          </span>
        ))}
      </p>
      {operation.status === "CLOSED" && <p className="state state--warn">Opération clôturée : elle n'est plus modifiable.</p>}
      <nav className="cockpit-toc" aria-label="Sections du cockpit">
        <ul>
          {toc.map(([id, label]) => <li key={id}><a href={`#${id}`}>{label}</a></li>)}
        </ul>
      </nav>
      <div className="cockpit-overview">
        <TeamSection team={operation.team} />
        <StepsSection steps={operation.steps} />
      </div>
      <RecruitmentSection sessions={sessions} />
      <PairingSection sessions={sessions} />
      <ConventionSection sessions={sessions} viewer={viewer} />
      <ImmersionsSection sessions={sessions} team={operation.team} />
      <ReviewSection sessions={sessions} />
      <FollowUpSection sessions={sessions} />
      <ClosureSection sessions={sessions} paysBonus={operation.programme?.rules.paysCompletionBonus ?? false} />
      {usesPurchaseOrders && <PurchaseOrdersSection intentions={operation.hiringIntentions} />}
    </>
  );
}
