import type { ConventionDocumentsFragment } from "../../generated/gql/graphql";
import { frenchInstant } from "../ui/labels";
import { Disclosure } from "../ui/Disclosure";
import { ConventionText } from "./ConventionText";
import { DocumentLink, DocumentLinks } from "./DocumentLink";
import { pdfSize } from "./format";
import { currentSignedDocument, earlierSignedDocuments } from "./signed";

/**
 * Where a signatory acts on a convention: its text to read before signing (« Lire la convention »),
 * the current version as PDF, and once every signatory has signed, the frozen signed PDF (earlier
 * signed versions stay listed).
 */
export function ConventionDocuments({ convention }: { convention: ConventionDocumentsFragment }) {
  const current = currentSignedDocument(convention);
  const earlier = earlierSignedDocuments(convention);
  return (
    <div className="convention-documents">
      <DocumentLinks>
        {current ? (
          <DocumentLink href={current.url} label="Convention signée (PDF)" detail={`version ${current.version}, figée le ${frenchInstant(current.createdAt)} · ${pdfSize(current.sizeBytes)}`} />
        ) : (
          <DocumentLink href={convention.documentUrl} label={`Convention en PDF (version ${convention.version})`} />
        )}
        {earlier.map((d) => (
          <DocumentLink key={d.id} href={d.url} label={`Convention signée, version ${d.version} (PDF)`} detail={`figée le ${frenchInstant(d.createdAt)}`} />
        ))}
      </DocumentLinks>
      <Disclosure label={`Lire la convention (version ${convention.version})`}>
        <ConventionText conventionId={convention.id} />
      </Disclosure>
    </div>
  );
}
