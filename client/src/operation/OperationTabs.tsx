import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import type { ReactNode } from "react";
import { useLocation, useNavigate } from "react-router";

/** One tab of an operation page: its slug in the address (/operations/:id/<slug>, "" for the overview) and its label. */
export interface OperationTab {
  slug: string;
  label: string;
}

/**
 * The tabs of one operation's page, kept in the address so that a link (an e-mail, a
 * notification, the history) opens the right tab and the browser's back button works.
 * The selected tab's content is `children` (usually the nested routes' <Routes>).
 */
export function OperationTabs({ operationId, tabs, label, children }: { operationId: string; tabs: OperationTab[]; label: string; children: ReactNode }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const base = `/operations/${operationId}`;
  const rest = pathname.startsWith(base) ? pathname.slice(base.length).replace(/^\/+/, "").split("/")[0] ?? "" : "";
  const selected = tabs.some((t) => t.slug === rest) ? rest : "";
  return (
    <Tabs
      label={label}
      tabs={tabs.map((t) => ({ tabId: t.slug || "apercu", label: t.label }))}
      selectedTabId={selected || "apercu"}
      onTabChange={(tabId: string) => navigate(tabId === "apercu" ? base : `${base}/${tabId}`)}
    >
      {children}
    </Tabs>
  );
}
