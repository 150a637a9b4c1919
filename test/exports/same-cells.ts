import type { CellValue } from "exceljs";
import { frenchDay, frenchPercent, type Table } from "./files";

/** What the CSV must hold for each XLSX cell: French dates and percentages, counts and text as they are. */
export function asCsv(table: Table): string[][] {
  const rateColumn = table.header.map((h) => h.startsWith("Taux"));
  const cell = (value: CellValue, i: number): string => {
    if (value === null || value === undefined) return "";
    if (value instanceof Date) return frenchDay(value.toISOString().slice(0, 10));
    if (typeof value === "number") return rateColumn[i] ? frenchPercent(value) : String(value);
    return String(value);
  };
  return table.rows.map((row) => row.map(cell));
}
