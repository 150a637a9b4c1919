import { Navigate, useParams } from "react-router";
import type { ViewerInfo } from "./AppShell";

/** Where each partner kind sees an operation (only the training organisation's cockpit has a page per operation). */
const OPERATION_PAGE: Record<string, (operationId: string) => string> = {
  TRAINING_ORGANISATION: (id) => `/cockpit/${encodeURIComponent(id)}`,
  REGION: () => "/tableau-de-bord",
  COMPANY: () => "/entreprise",
  MISSION_LOCALE: () => "/prescription",
  FRANCE_TRAVAIL: () => "/prescription",
};

/** /operations/:operationId, the address e-mails link to: opens the operation where the viewer's kind sees it. */
export function OperationRedirect({ viewer }: { viewer: ViewerInfo }) {
  const { operationId = "" } = useParams();
  const page = OPERATION_PAGE[viewer.kind];
  return <Navigate to={page ? page(operationId) : "/"} replace />;
}
