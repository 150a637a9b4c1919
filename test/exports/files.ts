import { Readable } from "node:stream";
import { Workbook, type CellValue, type Worksheet } from "exceljs";
import type { TestServer } from "../support/test-server";

export interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** GET one of the platform's addresses (e.g. /exports/operations.xlsx), with a bearer token or a cookie. */
export async function download(api: TestServer, path: string, auth: { token?: string; cookie?: string } = {}): Promise<Download> {
  const headers: Record<string, string> = {};
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  if (auth.cookie) headers.cookie = auth.cookie;
  const res = await fetch(api.httpUrl.replace(/\/graphql$/, path), { headers });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

export interface Table {
  header: string[];
  rows: CellValue[][];
}

export interface ReadWorkbook extends Table {
  worksheet: Worksheet;
}

const arrayBuffer = (body: Buffer): ArrayBuffer => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;

/** Row values from column 1 (exceljs keeps index 0 empty), empty cells as null. */
function cells(values: CellValue[] | { [key: string]: CellValue }, width: number): CellValue[] {
  const list = Array.isArray(values) ? values : [];
  return Array.from({ length: width }, (_, i) => list[i + 1] ?? null);
}

/** The XLSX file read back with exceljs: its first worksheet, header and data rows. */
export async function readXlsx(body: Buffer): Promise<ReadWorkbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(arrayBuffer(body));
  const worksheet = workbook.worksheets[0];
  const width = worksheet.columnCount;
  const all: CellValue[][] = [];
  worksheet.eachRow((row) => all.push(cells(row.values, width)));
  return { worksheet, header: all[0].map(String), rows: all.slice(1) };
}

const BOM = "\ufeff";

/** The CSV file read back with exceljs (« ; » between cells), every cell as the text written. */
export async function readCsv(body: Buffer): Promise<Table> {
  const text = body.toString("utf8");
  if (!text.startsWith(BOM)) throw new Error("CSV without its UTF-8 byte-order mark");
  const workbook = new Workbook();
  const worksheet = await workbook.csv.read(Readable.from([text.slice(BOM.length)]), {
    parserOptions: { delimiter: ";" },
    map: (value: string) => value,
  });
  const width = worksheet.columnCount;
  const all: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row) => all.push(cells(row.values, width).map((v) => v ?? "")));
  return { header: all[0].map(String), rows: all.slice(1) };
}

/** The cells of one column, by its header. */
export function column(table: Table, header: string): CellValue[] {
  const i = table.header.indexOf(header);
  if (i < 0) throw new Error(`no column « ${header} » in ${JSON.stringify(table.header)}`);
  return table.rows.map((row) => row[i]);
}

/** Each row as header → cell. */
export function records(table: Table): Record<string, CellValue>[] {
  return table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, row[i]])));
}

/** Every cell of a table as text, to look for what must not be there. */
export const allText = (table: Table): string => [table.header, ...table.rows].flat().map((c) => (c instanceof Date ? c.toISOString() : String(c ?? ""))).join("\n");

/** "2027-02-01" as the date an XLSX cell holds (midnight UTC). */
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** "2027-02-01" as a French CSV cell. */
export const frenchDay = (iso: string) => iso.split("-").reverse().join("/");

/** A share as a French CSV cell: "66,7 %". */
export const frenchPercent = (share: number | null) => (share === null ? "" : `${(Math.round(share * 1000) / 10).toFixed(1).replace(".", ",")} %`);

/** The file name a Content-Disposition header gives (its UTF-8 form when there is one), or null when not an attachment. */
export function attachmentName(header: string | null): string | null {
  if (!header?.startsWith("attachment;")) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (extended) return decodeURIComponent(extended[1]);
  const plain = /filename=(?:"([^"]*)"|([^;\s]+))/i.exec(header);
  return plain ? plain[1] ?? plain[2] : null;
}
