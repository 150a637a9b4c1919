import type { DocumentKind } from "./model.js";

/** Where the router serves documents (mounted in app.ts). */
export const DOCUMENTS_PATH = "/documents";

/** A document's address: « /documents/convention/<id>.pdf », a frozen version with « ?version=n ». */
export function documentUrl(kind: DocumentKind, id: string, version?: number): string {
  return `${DOCUMENTS_PATH}/${kind}/${id}.pdf${version ? `?version=${version}` : ""}`;
}
