import type { ViewerInfo } from "../../shell/AppShell";
import { ROLE_LABELS } from "../../ui/labels";
import { BonusSection } from "./BonusSection";
import { DerogationsSection } from "./DerogationsSection";
import { OperationsBoard } from "./OperationsBoard";
import { PurchaseOrdersSection } from "./PurchaseOrdersSection";
import { RtfActionsSection } from "./RtfActionsSection";
import { SignatureSection } from "./SignatureSection";
import "./region.css";

/**
 * The Region's live board: every operation of its territory, the purchase orders to validate,
 * the RTF's actions and the derogations. Each section reads an active query, which the shell
 * refetches on every event, so other partners' actions show without reload.
 */
export function RegionArea({ viewer }: { viewer: ViewerInfo }) {
  const role = ROLE_LABELS[viewer.role];
  return (
    <div className="region">
      <h1>Tableau de bord régional</h1>
      <p className="region-muted">{viewer.organisation.name}{role ? ` · ${role}` : ""}</p>
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
