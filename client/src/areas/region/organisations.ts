import { graphql } from "../../../generated/gql";
import type { TerritoryOrganisationsQuery } from "../../../generated/gql/graphql";

export const TERRITORY_ORGANISATIONS = graphql(`
  query TerritoryOrganisations($kind: OrganisationKind, $first: Int!, $after: String) {
    organisations(kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id
        name
        kind
        siret
        city
        department
        isSiae
        groupementRole
        groupementLeadId
        groupementLead { id name }
        deactivatedAt
        viewerMayInvite
      }
    }
  }
`);

export type TerritoryOrganisation = TerritoryOrganisationsQuery["organisations"]["nodes"][number];

export const PAGE_SIZE = 25;
