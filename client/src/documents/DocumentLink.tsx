import type { ReactNode } from "react";
import "./documents.css";

/**
 * An official document (PDF) served by the platform: the session cookie authenticates the plain
 * link. It opens in a new tab, which its accessible name says (« (PDF, nouvelle fenêtre) »);
 * `context` (read by screen readers only) tells apart the same document of several sessions.
 */
export function DocumentLink({ href, label, context, detail }: { href: string; label: string; context?: string; detail?: string }) {
  return (
    <span className="document-link">
      <a href={href} target="_blank" rel="noopener">
        {label}
        {/* several sessions' documents in one list: the name says whose */}
        {context && <span className="visually-hidden"> — {context}</span>}
        <span className="document-link__hint"> (PDF, nouvelle fenêtre)</span>
      </a>
      {detail && <span className="document-link__detail">{detail}</span>}
    </span>
  );
}

/** Several document links on one line, wrapping on narrow screens. */
export function DocumentLinks({ children, label }: { children: ReactNode; label?: string }) {
  return <div className="document-links" role={label ? "group" : undefined} aria-label={label}>{children}</div>;
}
