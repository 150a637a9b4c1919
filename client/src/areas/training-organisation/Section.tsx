import { useId, type ReactNode } from "react";
import { Empty } from "../../ui/states";
import type { CockpitSession } from "./types";

/** One section of the cockpit: a panel with its h2, reachable from the cockpit's table of contents. */
export function CockpitSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="panel cockpit-section" id={id} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/** Renders a block per session; the session's title is a sub-heading only when there are several. */
export function PerSession({ sessions, children }: { sessions: CockpitSession[]; children: (session: CockpitSession) => ReactNode }) {
  if (!sessions.length) return <Empty>Aucune session de formation n'est encore saisie pour cette opération.</Empty>;
  if (sessions.length === 1) return <>{children(sessions[0])}</>;
  return (
    <>
      {sessions.map((session) => (
        <div key={session.id} className="cockpit-session">
          <h3>{session.title}</h3>
          {children(session)}
        </div>
      ))}
    </>
  );
}
