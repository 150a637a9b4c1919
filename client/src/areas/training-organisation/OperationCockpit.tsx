import { useQuery } from "@apollo/client/react";
import { Link, useParams } from "react-router";
import { graphql } from "../../../generated/gql";
import type { ViewerInfo } from "../../shell/AppShell";
import { frenchDateTime, frenchDay } from "../../ui/labels";
import { Badge, QueryState } from "../../ui/states";
import { ClosureSection } from "./ClosureSection";
import { ConventionSection } from "./ConventionSection";
import { FollowUpSection } from "./FollowUpSection";
import { HiringIntentionsSection } from "./HiringIntentionsSection";
import { ImmersionsSection } from "./ImmersionsSection";
import { OPERATION_STATUS_LABELS } from "./labels";
import { OperationClosedProvider } from "./lock";
import { MeetingsSection } from "./MeetingsSection";
import { PairingSection } from "./PairingSection";
import { featuresOf } from "./programme";
import { PurchaseOrdersSection } from "./PurchaseOrdersSection";
import { RecruitmentSection } from "./RecruitmentSection";
import { ReviewSection } from "./ReviewSection";
import { SessionSection } from "./SessionSection";
import { StepsSection } from "./StepsSection";
import { TeamSection } from "./TeamSection";
import { currentOrders, type CockpitOperation } from "./types";

const OPERATION = graphql(`
  query CockpitOperation($id: ID!) {
    operation(id: $id) {
      id
      title
      status
      closedAt
      department
      programme {
        id
        name
        code
        rules {
          usesPurchaseOrders
          paysCompletionBonus
          followUpMonths
          usesEos
          hasPartnershipConvention
          reviewKinds
          meetingKinds
          minimumGroupSize
          durableContractMinimumMonths
          shortContractsNeedDerogation
        }
      }
      steps { code number label status endsWhen }
      team { id isLead joinedAt leftAt leftReason organisation { id name kind viewerMayInvite } }
      meetings {
        id
        kind
        scheduledAt
        calendarUrl
        heldAt
        place
        notes
        organisedBy { id name }
        attendingOrganisations { id name kind }
        attendingCandidacies { id candidate { id firstName lastName } }
        attendingCandidateCount
      }
      hiringIntentions {
        id
        jobTitle
        positions
        status
        receivedAt
        contractType
        contractDurationMonths
        durableEmployment
        enteredByTrainingOrganisation
        withdrawnAt
        withdrawalReason
        withdrawalSolution
        company { id name }
        trainingSession { id title }
      }
      purchaseOrders { id status receivedAt refusalReason cancelledAt documentUrl lead { name } hiringIntention { id } }
      trainingSessions {
        id
        title
        eosNumber
        defiFlag
        startDate
        endDate
        hoursInCentre
        hoursInCompany
        fundedPlaces
        extraPlaces
        location
        certificationTitle
        certificationLevel
        permanentEntryExit
        smallerGroupAccepted
        groupConstitutedAt
        groupBelowMinimumAt
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
          place
          pathReferent
          candidate { id firstName lastName email phone }
          proposedBy { id name }
          hiringIntention { id jobTitle status company { name } }
          pairings { id pairedAt endedAt endReason hiringIntention { id jobTitle company { id name } } }
          immersions { id kind startDate endDate debrief debriefedAt company { id name } }
          followUps { id milestoneMonths dueDate reportedAt employmentStatus contractType employerName overdue }
        }
        convention {
          ...ConventionDocuments
          contactSheetUrl
          id
          title
          status
          version
          body
          plannedSignatureDate
          signatureCalendarUrl
          signaturePlace
          signatureOptions { date startTime endTime }
          dateOptionsSentAt
          draftSentAt
          saveTheDateSentAt
          signedAt
          signatureAttendanceRecordedAt
          signatureAttendingOrganisations { id name }
          signatureAttendingTrainees { id }
          planning { code label dueDate doneAt late daysLate }
          signatories { id required signed withdrawnAt organisation { id name kind } }
        }
        reviews {
          id
          kind
          scheduledAt
          calendarUrl
          heldAt
          qualitativeNotes
          strengths
          areasToImprove
          attendingOrganisations { id name }
          attendingTrainees { id }
          attendingTraineeCount
          outcomes { id certificationLevel certificationTitle contractType contractStartDate employer { id name } candidacy { id } }
        }
        closure { id attestationIssuedAt attestationUrl bonusRequestedAt bonusRequestUrl bonusAcknowledgedAt bonusPaidAt closedAt }
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

function Cockpit({ operation, viewer }: { operation: CockpitOperation; viewer: ViewerInfo }) {
  const sessions = operation.trainingSessions;
  const features = featuresOf(operation.programme?.rules);
  const closed = operation.status === "CLOSED";
  const orders = currentOrders(operation);
  const toc: [string, string, boolean][] = [
    ["equipe", "Équipe projet", true],
    ["etapes", "Étapes du programme", true],
    ["session", "Session", true],
    ["intentions", "Intentions d'embauche", true],
    ["bons-de-commande", "Bons de commande", features.purchaseOrders],
    ["reunions", "Réunions", features.meetingKinds.length > 0],
    ["recrutement", "Recrutement", true],
    ["appariement", "Groupe et appariement", true],
    ["convention", "Convention et signature", features.convention],
    ["immersions", "Immersions", true],
    ["bilan", "Bilans", true],
    ["suivi", "Suivi à 3 et 6 mois", true],
    ["cloture", "Clôture", true],
  ];
  return (
    <OperationClosedProvider value={closed}>
      <h1>{operation.title}</h1>
      <p className="cockpit-row cockpit-lead">
        <span>{operation.programme?.name}</span>
        <span>Département {operation.department}</span>
        <Badge tone={closed ? "neutral" : "good"}>{OPERATION_STATUS_LABELS[operation.status] ?? operation.status}</Badge>
        {sessions.map((s) => (
          <span key={s.id}>
            {s.title}{s.eosNumber ? ` (${s.eosNumber})` : ""} : du {frenchDay(s.startDate)} au {frenchDay(s.endDate)}, {s.location}, {s.fundedPlaces} places financées{s.extraPlaces ? ` + ${s.extraPlaces} hors financement` : ""}
          </span>
        ))}
      </p>
      {closed && (
        <p className="state state--warn" role="status">
          Opération clôturée{operation.closedAt ? ` le ${frenchDateTime(operation.closedAt)}` : ""} : elle n'est plus modifiable. Seuls les suivis dans l'emploi à 3 et 6 mois restent à transmettre.
        </p>
      )}
      <nav className="cockpit-toc" aria-label="Sections du cockpit">
        <ul>
          {toc.filter(([, , shown]) => shown).map(([id, label]) => <li key={id}><a href={`#${id}`}>{label}</a></li>)}
        </ul>
      </nav>
      <div className="cockpit-overview">
        <TeamSection team={operation.team} operationId={operation.id} viewerOrganisationId={viewer.organisation.id} />
        <StepsSection steps={operation.steps} programme={operation.programme?.name ?? null} />
      </div>
      <SessionSection sessions={sessions} features={features} />
      <HiringIntentionsSection operation={operation} />
      {features.purchaseOrders && <PurchaseOrdersSection intentions={operation.hiringIntentions} orders={orders} />}
      {features.meetingKinds.length > 0 && <MeetingsSection operation={operation} kinds={features.meetingKinds} viewer={viewer} />}
      <RecruitmentSection sessions={sessions} />
      <PairingSection sessions={sessions} features={features} orders={orders} />
      {features.convention && <ConventionSection sessions={sessions} viewer={viewer} team={operation.team} />}
      <ImmersionsSection sessions={sessions} team={operation.team} />
      <ReviewSection sessions={sessions} team={operation.team} intermediate={features.intermediateReview} />
      <FollowUpSection sessions={sessions} />
      <ClosureSection sessions={sessions} features={features} />
    </OperationClosedProvider>
  );
}
