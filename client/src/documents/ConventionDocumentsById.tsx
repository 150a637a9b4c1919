import { useQuery } from "@apollo/client/react";
import { ConventionDocuments } from "./ConventionDocuments";
import { CONVENTION_DOCUMENTS_BY_ID } from "./queries";

/** The convention's text and PDF for a screen that knows only its id (the « Signer » task on the home page). */
export function ConventionDocumentsById({ conventionId }: { conventionId: string }) {
  const { data } = useQuery(CONVENTION_DOCUMENTS_BY_ID, { variables: { id: conventionId } });
  return data?.convention ? <ConventionDocuments convention={data.convention} /> : null;
}
