import type { ReactNode } from "react";

/**
 * A table cell with its column's name, shown only when narrow screens turn rows into cards
 * (tables with the region-cards class); hidden from assistive technologies, which read the header.
 */
export function Cell({ column, children }: { column: string; children: ReactNode }) {
  return (
    <td role="cell">
      <span className="region-cell-label" aria-hidden="true">{column}</span>
      {children}
    </td>
  );
}
