import type { ViewerInfo } from "../../shell/AppShell";

export function RegionArea({ viewer }: { viewer: ViewerInfo }) {
  return <h1>Tableau de bord régional — {viewer.organisation.name}</h1>;
}
