import { useApolloClient } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { serverErrors } from "../../ui/errors";
import { fileSize } from "./companyLabels";
import { COMPANY_EVIDENCE_FILE } from "./documents";

interface EvidenceFileLinkProps {
  intentionId: string;
  file: { fileName: string; mediaType: string; sizeBytes: number };
}

/**
 * The evidence file, downloaded on demand: its content is asked for only on click, then kept as a
 * Blob URL for the link (released when the component goes away).
 */
export function EvidenceFileLink({ intentionId, file }: EvidenceFileLinkProps) {
  const client = useApolloClient();
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const link = useRef<HTMLAnchorElement>(null);
  const clickWhenReady = useRef(false);

  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);

  // Once the Blob URL exists, the download the user asked for starts.
  useEffect(() => {
    if (url && clickWhenReady.current && link.current) {
      clickWhenReady.current = false;
      link.current.click();
      link.current.focus();
    }
  }, [url]);

  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await client.query({ query: COMPANY_EVIDENCE_FILE, variables: { id: intentionId }, fetchPolicy: "no-cache" });
      const loaded = data?.hiringIntention?.evidenceFile;
      if (!loaded) throw new Error("missing file");
      clickWhenReady.current = true;
      setUrl(URL.createObjectURL(base64ToBlob(loaded.contentBase64, loaded.mediaType)));
    } catch (e) {
      const { general } = serverErrors(e);
      setError(e instanceof Error && e.message === "missing file" ? "Le fichier joint n'est plus disponible." : general ?? "Téléchargement impossible.");
    } finally {
      setBusy(false);
    }
  };

  const name = `Télécharger « ${file.fileName} »`;
  return (
    <span className="action">
      {url ? (
        <a ref={link} href={url} download={file.fileName} type={file.mediaType}>{name}</a>
      ) : (
        <button type="button" className="button button--secondary" onClick={load} disabled={busy}>
          {busy ? "Téléchargement…" : name}
        </button>
      )}
      <span className="company-muted">{fileSize(file.sizeBytes)}</span>
      {error && <span className="action__error" role="alert">{error}</span>}
    </span>
  );
}

function base64ToBlob(base64: string, mediaType: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mediaType });
}
