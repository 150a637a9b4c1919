import { Workbook, type Cell as XlsxCell, type Row } from "exceljs";
import { calendarDay, type Cell, type Column, type Sheet } from "./sheet.js";

const NUMBER_FORMATS: Record<Column["kind"], string | undefined> = {
  text: undefined,
  integer: "0",
  date: "dd/mm/yyyy",
  rate: "0.0 %",
};

/** The Région's blue (Marianne), white text: the header row reads as a header in any viewer. */
const HEADER_FILL = "FF000091";
const HEADER_TEXT = "FFFFFFFF";

function value(column: Column, cell: Cell): string | number | Date | null {
  if (cell === null || cell === "") return null;
  if (column.kind === "date" && typeof cell === "string") return calendarDay(cell);
  return cell;
}

function styleHeader(row: Row): void {
  row.height = 32;
  row.eachCell((cell: XlsxCell) => {
    cell.font = { bold: true, color: { argb: HEADER_TEXT } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: "middle", wrapText: true };
  });
}

function addRow(worksheet: ReturnType<Workbook["addWorksheet"]>, columns: Column[], cells: Cell[], bold: boolean): void {
  const row = worksheet.addRow(columns.map((column, i) => value(column, cells[i] ?? null)));
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    const format = NUMBER_FORMATS[column.kind];
    if (format) cell.numFmt = format;
    if (bold) cell.font = { bold: true };
  });
}

/**
 * The sheet as an XLSX workbook: a styled header row that stays in view (frozen) with filters,
 * column widths, counts as numbers, days as real dates (dd/mm/yyyy), rates as percentages.
 */
export async function toXlsx(sheet: Sheet, now: Date): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = "Cordée";
  workbook.created = now;
  const worksheet = workbook.addWorksheet(sheet.title.slice(0, 31), { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  worksheet.columns = sheet.columns.map((column) => ({ header: column.header, width: column.width }));
  styleHeader(worksheet.getRow(1));
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  for (const cells of sheet.rows) addRow(worksheet, sheet.columns, cells, false);
  for (const cells of sheet.footer ?? []) addRow(worksheet, sheet.columns, cells, true);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
