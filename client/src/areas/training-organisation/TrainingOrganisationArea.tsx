import { Route, Routes } from "react-router";
import type { ViewerInfo } from "../../shell/AppShell";
import { OperationCockpit } from "./OperationCockpit";
import { OperationList } from "./OperationList";
import "./cockpit.css";

/** The training organisation's cockpit: its operations (/cockpit), then one operation (/cockpit/:operationId). */
export function TrainingOrganisationArea({ viewer }: { viewer: ViewerInfo }) {
  return (
    <Routes>
      <Route index element={<OperationList viewer={viewer} />} />
      <Route path=":operationId" element={<OperationCockpit viewer={viewer} />} />
    </Routes>
  );
}
