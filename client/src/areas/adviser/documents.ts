import { graphql } from "../../../generated/gql";

/** Sessions the adviser's organisation may see, with their jobs and the counts over every adviser's candidates. */
export const ADVISER_SESSIONS = graphql(`
  query AdviserSessions {
    today
    trainingSessions(first: 100) {
      totalCount
      nodes {
        id
        title
        startDate
        endDate
        location
        fundedPlaces
        groupConstitutedAt
        operation { id title status }
        hiringIntentions { id jobTitle contractType positions status company { id name } }
        candidacyCounts { total byStatus { status count } }
      }
    }
  }
`);

/** The candidates the adviser's organisation proposed, each with its paths. */
export const ADVISER_CANDIDATES = graphql(`
  query AdviserCandidates {
    candidates(first: 100) {
      totalCount
      nodes {
        id
        firstName
        lastName
        email
        phone
        postalAddress
        privateNotes
        candidacies {
          id
          status
          statusReason
          exitSolution
          selectionMethod
          place
          pathReferent
          createdAt
          profileValidatedByFranceTravailAt
          profileValidatedByEmployerAt
          profileValidatedByTrainingOrganisationAt
          trainingSession { id title startDate operation { id status } }
          hiringIntention { id jobTitle company { id name } }
          pairings { id pairedAt endedAt endReason hiringIntention { id jobTitle company { id name } } }
        }
      }
    }
  }
`);

export const ADVISER_PROPOSE_CANDIDATE = graphql(`
  mutation AdviserProposeCandidate($input: ProposeCandidateInput!) {
    proposeCandidate(input: $input) { id status candidate { id firstName lastName } }
  }
`);

export const ADVISER_MOVE_CANDIDACY = graphql(`
  mutation AdviserMoveCandidacy($input: MoveCandidacyInput!) {
    moveCandidacy(input: $input) { id status statusReason }
  }
`);

export const ADVISER_VALIDATE_PROFILE = graphql(`
  mutation AdviserValidateProfile($candidacyId: ID!) {
    validateProfile(candidacyId: $candidacyId) { id profileValidatedByFranceTravailAt }
  }
`);
