import type { ViewerInfo } from "../../shell/AppShell";

export function AdviserArea({ viewer }: { viewer: ViewerInfo }) {
  return <h1>Mes candidats — {viewer.organisation.name}</h1>;
}
