import { graphql } from "../../../../generated/gql";

export const INSERTION_FIGURES = graphql(`
  fragment InsertionFiguresFields on InsertionFigures {
    trainees
    left
    certified
    certifiedFull
    certifiedSkillsBlock
    certifiedSpecificRegister
    certificationRate
    contracts
    contractRate
    followUps { milestoneMonths planned reported employed employedDurable employmentRate durableEmploymentRate }
  }
`);

/** The Region's reporting on insertion (the same figures as /exports/insertion-report), and the platform's today. */
export const REGION_INSERTION_REPORT = graphql(`
  query RegionInsertionReport {
    today
    insertionReport {
      milestones
      rows {
        trainingSessionId
        trainingSessionTitle
        eosNumber
        startDate
        endDate
        fundedPlaces
        trainingOrganisationName
        operationId
        operationTitle
        department
        programmeName
        figures { ...InsertionFiguresFields }
      }
      totals { ...InsertionFiguresFields }
    }
  }
`);
