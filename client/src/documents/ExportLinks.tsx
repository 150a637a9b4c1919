import { useId } from "react";
import "./documents.css";

/**
 * An export of the platform (/exports/<name>.xlsx|.csv), read through the viewer's access policy:
 * the browser downloads the file (the session cookie authenticates the plain links).
 */
export function ExportLinks({ name, title, hint }: { name: "operations" | "insertion-report" | "trainees"; title: string; hint?: string }) {
  const id = useId();
  return (
    <div className="export-links" role="group" aria-labelledby={id}>
      <span id={id} className="export-links__title">{title}</span>
      <a href={`/exports/${name}.xlsx`} download>Tableur Excel (.xlsx)</a>
      <a href={`/exports/${name}.csv`} download>CSV</a>
      {hint && <span className="document-link__detail">{hint}</span>}
    </div>
  );
}
