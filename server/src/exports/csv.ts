import { Workbook } from "exceljs";
import { frenchDay, type Cell, type Column, type Sheet } from "./sheet.js";

/** A spreadsheet runs a cell that starts with one of these as a formula: such text gets a leading quote. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** "66,7 %": a decimal comma and a plain space, as French Excel reads a percentage. */
function frenchPercent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1).replace(".", ",")} %`;
}

/** One cell as French Excel reads it: dd/mm/yyyy days, comma decimals, no formula. */
export function csvCell(column: Column, cell: Cell): string {
  if (cell === null) return "";
  switch (column.kind) {
    case "date":
      return frenchDay(String(cell));
    case "rate":
      return frenchPercent(Number(cell));
    case "integer":
      return String(cell);
    case "text":
      return FORMULA_START.test(String(cell)) ? `'${cell}` : String(cell);
  }
}

/**
 * The sheet as CSV for French Excel: UTF-8 with a byte-order mark (or accents break), « ; » between
 * cells (the comma is the decimal separator), CRLF line ends, quotes only where a cell needs them.
 */
export async function toCsv(sheet: Sheet): Promise<Buffer> {
  const workbook = new Workbook();
  const worksheet = workbook.addWorksheet("export");
  worksheet.addRow(sheet.columns.map((c) => c.header));
  for (const cells of [...sheet.rows, ...(sheet.footer ?? [])]) {
    worksheet.addRow(sheet.columns.map((column, i) => csvCell(column, cells[i] ?? null)));
  }
  const written = await workbook.csv.writeBuffer({
    formatterOptions: { delimiter: ";", rowDelimiter: "\r\n", writeBOM: true },
    // cells are already French text: written as they are
    map: (cell: unknown) => cell,
  });
  return Buffer.from(written);
}
