import { graphql } from "../../../generated/gql";

/**
 * The Region's board: every operation of its territory (the API restricts it), with what the
 * columns and the RTF's actions need. Kept active by useQuery so the shell's live refresh
 * refetches it on every event.
 */
export const REGION_BOARD = graphql(`
  query RegionBoard {
    today
    operations(first: 100) {
      totalCount
      nodes {
        id
        title
        status
        department
        procurementRoute
        programme { name code rules { hasPartnershipConvention paysCompletionBonus } }
        steps { number code label status endsWhen }
        overdueFollowUpCount
        trainingSessions {
          id
          title
          startDate
          endDate
          fundedPlaces
          qualification { qualified counted required explanation }
          reviews { id kind heldAt }
          closure { id attestationIssuedAt attestationUrl bonusRequestedAt bonusRequestUrl bonusAcknowledgedAt bonusPaidAt closedAt }
          convention {
            ...ConventionDocuments
            id
            title
            status
            signedAt
            contactSheetUrl
            draftSentAt
            forwardedToCabinetAt
            invitationsSentAt
            plannedSignatureDate
            signatories { id signed required withdrawnAt organisation { id name } }
            planning { code label dueDate doneAt late daysLate }
          }
        }
        purchaseOrders { id status }
        hiringIntentions { id }
      }
    }
  }
`);

/** Purchase orders of the territory, in order of arrival (« 1 emploi = 1 formation »). */
export const REGION_PURCHASE_ORDERS = graphql(`
  query RegionPurchaseOrders {
    purchaseOrders(first: 100) {
      totalCount
      nodes {
        id
        status
        receivedAt
        refusalReason
        documentUrl
        hiringIntention { jobTitle company { name } }
        lead { name }
        requestedBy { name }
        operation { title status }
      }
    }
  }
`);

/** What the server says the viewer must do now (its "today" decides what is due). */
export const REGION_TASKS = graphql(`
  query RegionTasks {
    tasks { code subjectId }
  }
`);

/** Hiring intentions, to find the short contracts waiting for a derogation. */
export const REGION_HIRING_INTENTIONS = graphql(`
  query RegionHiringIntentions {
    hiringIntentions(first: 100) {
      totalCount
      nodes {
        id
        jobTitle
        status
        contractType
        contractDurationMonths
        durableEmployment
        durabilityExplanation
        derogationGrantedAt
        company { name }
        operation { title status programme { rules { shortContractsNeedDerogation } } }
      }
    }
  }
`);

export const REGION_MOVE_PURCHASE_ORDER = graphql(`
  mutation RegionMovePurchaseOrder($input: MovePurchaseOrderInput!) {
    movePurchaseOrder(input: $input) { id status refusalReason }
  }
`);

export const REGION_FORWARD_TO_CABINET = graphql(`
  mutation RegionForwardToCabinet($conventionId: ID!) {
    forwardToCabinet(conventionId: $conventionId) { id forwardedToCabinetAt }
  }
`);

export const REGION_RECORD_OFFICIAL_INVITATIONS = graphql(`
  mutation RegionRecordOfficialInvitations($conventionId: ID!) {
    recordOfficialInvitations(conventionId: $conventionId) { id invitationsSentAt }
  }
`);

export const REGION_ISSUE_CONFORMITY_ATTESTATION = graphql(`
  mutation RegionIssueConformityAttestation($trainingSessionId: ID!) {
    issueConformityAttestation(trainingSessionId: $trainingSessionId) { id attestationIssuedAt }
  }
`);

export const REGION_GRANT_DEROGATION = graphql(`
  mutation RegionGrantDerogation($input: ReasonInput!) {
    grantDerogation(input: $input) { id derogationGrantedAt derogationReason }
  }
`);

export const REGION_ACKNOWLEDGE_DEFI_BONUS = graphql(`
  mutation RegionAcknowledgeDefiBonus($trainingSessionId: ID!) {
    acknowledgeDefiBonus(trainingSessionId: $trainingSessionId) { id bonusAcknowledgedAt }
  }
`);

export const REGION_PAY_DEFI_BONUS = graphql(`
  mutation RegionPayDefiBonus($trainingSessionId: ID!) {
    payDefiBonus(trainingSessionId: $trainingSessionId) { id bonusPaidAt }
  }
`);

export const REGION_SIGN_CONVENTION = graphql(`
  mutation RegionSignConvention($conventionId: ID!) {
    signConvention(conventionId: $conventionId) { id status signedAt }
  }
`);
