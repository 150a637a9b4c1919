import { graphql } from "../../../generated/gql";

/** The company's own hiring intentions (the API filters out every other company's). */
export const COMPANY_INTENTIONS = graphql(`
  query CompanyIntentions {
    hiringIntentions(first: 100) {
      totalCount
      nodes {
        id
        jobTitle
        contractType
        contractDurationMonths
        positions
        status
        receivedAt
        durableEmployment
        durabilityExplanation
        derogationGrantedAt
        derogationReason
        committedSteps
        evidenceText
        evidenceFile { id fileName mediaType sizeBytes }
        withdrawnAt
        withdrawalReason
        withdrawalSolution
        operation { id title status }
        trainingSession { id title startDate endDate }
        trainingOrganisation { id name }
        purchaseOrder { id status refusalReason }
        pairings { id pairedAt endedAt endReason candidacy { id candidate { id firstName lastName } } }
        candidacies {
          id
          status
          statusReason
          profileValidatedByEmployerAt
          candidate { id firstName lastName }
        }
      }
    }
  }
`);

/** The evidence file's content, loaded only when the user asks for it. */
export const COMPANY_EVIDENCE_FILE = graphql(`
  query CompanyEvidenceFile($id: ID!) {
    hiringIntention(id: $id) {
      id
      evidenceFile { id fileName mediaType contentBase64 }
    }
  }
`);

/** Open operations and their sessions, to choose where a new intention goes. */
export const COMPANY_OPERATION_CHOICES = graphql(`
  query CompanyOperationChoices {
    operations(first: 100, status: OPEN) {
      nodes {
        id
        title
        programme { id name rules { durableContractMinimumMonths } }
        trainingSessions {
          id
          title
          eosNumber
          startDate
          endDate
          location
          trainingOrganisation { id name }
        }
      }
    }
  }
`);

export const COMPANY_CONVENTIONS = graphql(`
  query CompanyConventions {
    operations(first: 100) {
      nodes {
        id
        title
        status
        trainingSessions {
          id
          title
          eosNumber
          startDate
          endDate
          location
          convention {
            ...ConventionDocuments
            id
            title
            status
            version
            plannedSignatureDate
            signatureCalendarUrl
            signaturePlace
            signedAt
            signatories { id required signed withdrawnAt organisation { id name } }
          }
        }
      }
    }
  }
`);

export const COMPANY_REVIEWS = graphql(`
  query CompanyReviews {
    operations(first: 100) {
      nodes {
        id
        title
        trainingSessions {
          id
          title
          startDate
          endDate
          reviews {
            id
            kind
            scheduledAt
            calendarUrl
            heldAt
            qualitativeNotes
            strengths
            areasToImprove
            outcomes {
              id
              certificationLevel
              certificationTitle
              contractType
              contractStartDate
              employer { id name }
              candidacy { id candidate { id firstName lastName } }
            }
          }
          candidacies {
            id
            status
            candidate { id firstName lastName }
            hiringIntention { id jobTitle }
            followUps { id milestoneMonths dueDate reportedAt employmentStatus contractType employerName overdue }
          }
        }
      }
    }
  }
`);

export const COMPANY_SUBMIT_INTENTION = graphql(`
  mutation CompanySubmitHiringIntention($input: SubmitHiringIntentionInput!) {
    submitHiringIntention(input: $input) { id jobTitle status }
  }
`);

export const COMPANY_WITHDRAW_INTENTION = graphql(`
  mutation CompanyWithdrawHiringIntention($input: ReasonInput!) {
    withdrawHiringIntention(input: $input) { id status withdrawnAt withdrawalReason }
  }
`);

export const COMPANY_VALIDATE_PROFILE = graphql(`
  mutation CompanyValidateProfile($candidacyId: ID!) {
    validateProfile(candidacyId: $candidacyId) { id profileValidatedByEmployerAt }
  }
`);

export const COMPANY_DECLINE_CANDIDACY = graphql(`
  mutation CompanyDeclineCandidacy($input: MoveCandidacyInput!) {
    moveCandidacy(input: $input) { id status statusReason }
  }
`);

export const COMPANY_SIGN_CONVENTION = graphql(`
  mutation CompanySignConvention($conventionId: ID!) {
    signConvention(conventionId: $conventionId) { id status signedAt signatories { id signed } }
  }
`);
