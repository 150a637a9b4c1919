import type { ViewerInfo } from "../../shell/AppShell";

export function TrainingOrganisationArea({ viewer }: { viewer: ViewerInfo }) {
  return <h1>Cockpit des opérations — {viewer.organisation.name}</h1>;
}
