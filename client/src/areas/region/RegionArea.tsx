import { Navigate, Route, Routes } from "react-router";
import type { ViewerInfo } from "../../shell/AppShell";
import { ROLE_LABELS } from "../../ui/labels";
import { BonusSection } from "./BonusSection";
import { DerogationsSection } from "./DerogationsSection";
import { OperationsBoard } from "./OperationsBoard";
import { PurchaseOrdersSection } from "./PurchaseOrdersSection";
import { RegionNav } from "./RegionNav";
import { InsertionReportPage } from "./reporting/InsertionReportPage";
import { RtfActionsSection } from "./RtfActionsSection";
import { SignatureSection } from "./SignatureSection";
import { TerritoryOrganisations } from "./TerritoryOrganisations";
import "./region.css";

/** The Region's area: its board (/tableau-de-bord), its reporting on insertion (/tableau-de-bord/bilan) and its territory's organisations (/tableau-de-bord/organisations). */
export function RegionArea({ viewer }: { viewer: ViewerInfo }) {
  return (
    <Routes>
      <Route index element={<RegionBoard viewer={viewer} />} />
      <Route path="bilan" element={<InsertionReportPage />} />
      <Route path="organisations" element={<TerritoryOrganisations />} />
      <Route path="*" element={<Navigate to="/tableau-de-bord" replace />} />
    </Routes>
  );
}

/**
 * The Region's live board: every operation of its territory, the purchase orders to validate,
 * the RTF's actions and the derogations. Each section reads an active query, which the shell
 * refetches on every event, so other partners' actions show without reload.
 */
function RegionBoard({ viewer }: { viewer: ViewerInfo }) {
  const role = ROLE_LABELS[viewer.role];
  return (
    <div className="region">
      <h1>Tableau de bord régional</h1>
      <p className="region-muted">{viewer.organisation.name}{role ? ` · ${role}` : ""}</p>
      <RegionNav />
      <OperationsBoard />
      <PurchaseOrdersSection viewer={viewer} />
      {viewer.role === "TERRITORIAL_REFERENT" && <RtfActionsSection />}
      {/* only the elected representative signs for the Region; only the management unit handles the DEFI bonus */}
      {viewer.role === "ELECTED_REPRESENTATIVE" && <SignatureSection viewer={viewer} />}
      {viewer.role === "MANAGEMENT_UNIT" && <BonusSection />}
      <DerogationsSection />
    </div>
  );
}
