import type { ViewerInfo } from "../../shell/AppShell";

export function CompanyArea({ viewer }: { viewer: ViewerInfo }) {
  return <h1>Mes intentions d'embauche — {viewer.organisation.name}</h1>;
}
