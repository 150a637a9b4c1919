import type { ConventionDocumentsFragment } from "../../generated/gql/graphql";

type SignedDocument = ConventionDocumentsFragment["signedDocuments"][number];

/** The frozen PDF of the convention's current version, once every signatory has signed it. */
export function currentSignedDocument(convention: ConventionDocumentsFragment): SignedDocument | undefined {
  return convention.status === "SIGNED" ? convention.signedDocuments.find((d) => d.version === convention.version) : undefined;
}

/** Signed versions other than the current one, newest first (an edit after the signature made a new version). */
export function earlierSignedDocuments(convention: ConventionDocumentsFragment): SignedDocument[] {
  const current = currentSignedDocument(convention);
  return convention.signedDocuments.filter((d) => d !== current).sort((a, b) => b.version - a.version);
}
