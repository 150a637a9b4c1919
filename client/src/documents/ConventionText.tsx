import { useQuery } from "@apollo/client/react";
import { QueryState } from "../ui/states";
import { shortFingerprint, textParts } from "./format";
import { CONVENTION_TEXT } from "./queries";

/** The text the partners sign, as the PDF prints it, with its version and its fingerprint (the PDF's footer carries the same). */
export function ConventionText({ conventionId }: { conventionId: string }) {
  const { data, loading, error } = useQuery(CONVENTION_TEXT, { variables: { id: conventionId } });
  return (
    <QueryState loading={loading} error={error} data={data} empty={(d) => (d.convention ? null : "Le texte de cette convention n'est plus accessible.")}>
      {(d) => d.convention && (
        <div className="convention-reading">
          <p className="convention-reading__meta">
            Version {d.convention.version} · empreinte{" "}
            <code title={`Empreinte SHA-256 du texte : ${d.convention.textSha256}`}>{shortFingerprint(d.convention.textSha256)}</code>
            <span className="document-link__detail"> (la même figure en pied de page du PDF)</span>
          </p>
          {/* focusable: a keyboard user scrolls the text too */}
          <div className="convention-reading__text" role="region" aria-label={`Texte de la convention, version ${d.convention.version}`} tabIndex={0}>
            {textParts(d.convention.text).map((part, i) => (part.kind === "paragraph"
              ? <p key={i}>{part.text}</p>
              : <ul key={i}>{part.items.map((item, j) => <li key={j}>{item}</li>)}</ul>))}
          </div>
        </div>
      )}
    </QueryState>
  );
}
