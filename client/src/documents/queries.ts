import { graphql } from "../../generated/gql";

/** What a convention's links need: its current version's PDF and its frozen signed versions. Spread into the screens' queries. */
export const CONVENTION_DOCUMENTS = graphql(`
  fragment ConventionDocuments on Convention {
    id
    version
    status
    documentUrl
    signedDocuments { id version sha256 sizeBytes createdAt url }
  }
`);

/** The text the partners sign, loaded only when the user opens it. */
export const CONVENTION_TEXT = graphql(`
  query ConventionText($id: ID!) {
    convention(id: $id) { id version text textSha256 }
  }
`);

/** A convention's links for a screen that knows only its id (a task on the home page). */
export const CONVENTION_DOCUMENTS_BY_ID = graphql(`
  query ConventionDocumentsById($id: ID!) {
    convention(id: $id) { ...ConventionDocuments }
  }
`);
