import { useQuery } from "@apollo/client/react";
import { Link } from "react-router";
import { graphql } from "../../generated/gql";
import { ConventionDocumentsById } from "../documents/ConventionDocumentsById";
import type { ViewerInfo } from "../shell/AppShell";
import { ActionButton } from "../ui/ActionButton";
import { describeEvent } from "../ui/events";
import { frenchDateTime, frenchDay } from "../ui/labels";
import { Badge, QueryState } from "../ui/states";

const HOME = graphql(`
  query Home {
    tasks { code label dueDate late operationId operationTitle subjectId }
    notifications(first: 20) {
      totalCount
      nodes { id readAt createdAt event { id type payload occurredAt } }
    }
  }
`);

const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

const SIGN = graphql(`
  mutation HomeSignConvention($id: ID!) {
    signConvention(conventionId: $id) { id status }
  }
`);

const AREA_OF_TASK: Record<string, string> = {
  TRAINING_ORGANISATION: "/cockpit",
  MISSION_LOCALE: "/prescription",
  FRANCE_TRAVAIL: "/prescription",
  COMPANY: "/entreprise",
  REGION: "/tableau-de-bord",
};

/** The Region signs conventions through its elected representative only. */
const signsConventions = (viewer: ViewerInfo) => viewer.kind !== "REGION" || viewer.role === "ELECTED_REPRESENTATIVE";

export function HomePage({ viewer }: { viewer: ViewerInfo }) {
  const { data, loading, error } = useQuery(HOME);
  const area = AREA_OF_TASK[viewer.kind];
  return (
    <div className="home">
      <h1>Bonjour {viewer.user.firstName}</h1>
      <section aria-labelledby="a-faire" className="panel">
        <h2 id="a-faire">À faire</h2>
        <QueryState loading={loading} error={error} data={data} empty={(d) => (d.tasks.length ? null : "Rien à faire pour le moment.")}>
          {(d) => (
            <ul className="tasks">
              {d.tasks.map((task) => (
                <li key={`${task.code}-${task.subjectId}`} className={task.late ? "task task--late" : "task"}>
                  <Link to={task.operationId && area === "/cockpit" ? `/cockpit/${task.operationId}` : area}>{task.label}</Link>
                  <span className="task__meta">
                    {task.operationTitle}
                    {task.dueDate && <> · échéance {frenchDay(task.dueDate)}</>}
                    {task.late && <> <Badge tone="bad">En retard</Badge></>}
                  </span>
                  {task.code === "SIGN_CONVENTION" && task.subjectId && signsConventions(viewer) && (
                    <>
                      {/* the text to sign, read before signing */}
                      <ConventionDocumentsById conventionId={task.subjectId} />
                      <ActionButton mutation={SIGN} variables={{ id: task.subjectId }} label="Signer pour mon organisation" />
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </section>
      <section aria-labelledby="nouveautes-titre" className="panel" id="nouveautes">
        <h2 id="nouveautes-titre">Nouveautés</h2>
        <QueryState loading={loading} error={error} data={data} empty={(d) => (d.notifications.nodes.length ? null : "Aucune notification.")}>
          {(d) => (
            <>
              {d.notifications.nodes.some((n) => !n.readAt) && <ActionButton mutation={MARK_READ} variables={{ ids: null }} label="Tout marquer comme lu" tone="secondary" />}
              <ul className="notifications">
                {d.notifications.nodes.map((n) => (
                  <li key={n.id} className={n.readAt ? "notification" : "notification notification--unread"}>
                    <span>{n.event ? describeEvent(n.event.type, n.event.payload) : "Événement"}</span>
                    <span className="notification__meta">{frenchDateTime(n.createdAt)}{!n.readAt && <> · <Badge tone="warn">Non lu</Badge></>}</span>
                    {!n.readAt && <ActionButton mutation={MARK_READ} variables={{ ids: [n.id] }} label="Marquer comme lu" tone="secondary" />}
                  </li>
                ))}
              </ul>
            </>
          )}
        </QueryState>
      </section>
    </div>
  );
}
