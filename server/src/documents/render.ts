import pdfmake from "pdfmake";
import { layout } from "./layout.js";
import type { DocumentModel } from "./model.js";

const HELVETICA = { normal: "Helvetica", bold: "Helvetica-Bold", italics: "Helvetica-Oblique", bolditalics: "Helvetica-BoldOblique" };
const STANDARD_FONTS = new Set(Object.values(HELVETICA));

// pdfmake 0.3 on Node: one shared instance. The PDF standard fonts only: no file is read, no URL fetched.
pdfmake.setFonts({ Helvetica: HELVETICA });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));

/** The document as PDF bytes; the same model always gives the same bytes. */
export function renderPdf(model: DocumentModel): Promise<Buffer> {
  return pdfmake.createPdf(layout(model)).getBuffer();
}
