import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { frenchSpacing, NBSP } from "../domain/french.js";
import { fingerprint, type Block, type DocumentModel } from "./model.js";

/**
 * The layout every official document shares: A4, the issuer at the top of each page, the title,
 * the text, then the appendix; in the footer, the version, the text's SHA-256 fingerprint and
 * the page number. Standard Helvetica: no font file to ship, text encoded in WinAnsi.
 */
export function layout(model: DocumentModel): TDocumentDefinitions {
  const hash = fingerprint(model);
  return {
    pageSize: "A4",
    pageMargins: [50, 60, 50, 64],
    info: { title: pdfText(model.title), author: pdfText(model.issuer), subject: pdfText(model.subtitle), creator: "Cordée", producer: "Cordée", creationDate: model.issuedAt },
    defaultStyle: { font: "Helvetica", fontSize: 9.5, lineHeight: 1.2 },
    styles: STYLES,
    header: () => ({
      columns: [{ text: pdfText(model.issuer), bold: true, width: "auto" }, { text: pdfText(model.runningHead), alignment: "right", color: GREY, width: "*" }],
      fontSize: 8, margin: [50, 25, 50, 0],
    }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: pdfText(`Version ${model.version} — empreinte SHA-256 du texte : ${hash}`), width: "*" },
        { text: `Page ${page}${NBSP}/${NBSP}${pages}`, alignment: "right", width: 60 },
      ],
      fontSize: 7, color: GREY, margin: [50, 24, 50, 0],
    }),
    content: [
      ...(model.banner ? [{ text: pdfText(model.banner), style: "banner" }] : []),
      { text: pdfText(model.title), style: "title" },
      { text: pdfText(model.subtitle), style: "subtitle" },
      ...model.blocks.map(blockContent),
      ...(model.appendix.length ? [{ text: "", margin: [0, 6, 0, 0] as [number, number, number, number] }, ...model.appendix.map(blockContent)] : []),
    ],
  };
}

const GREY = "#555555";

const STYLES: TDocumentDefinitions["styles"] = {
  banner: { fontSize: 9, bold: true, color: "#000091", margin: [0, 0, 0, 6] },
  title: { fontSize: 15, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 10, color: GREY, margin: [0, 0, 0, 12] },
  heading: { fontSize: 11.5, bold: true, margin: [0, 12, 0, 5] },
  subheading: { fontSize: 10, bold: true, margin: [0, 7, 0, 3] },
  // ragged right: pdfmake justifies by spreading every break, after hyphens too (« Centre-  Val »)
  paragraph: { margin: [0, 0, 0, 5] },
  list: { margin: [0, 0, 0, 5] },
  tableHeader: { bold: true, fillColor: "#eeeeee" },
};

function blockContent(block: Block): Content {
  switch (block.kind) {
    case "heading":
    case "subheading":
    case "paragraph":
      return { text: pdfText(block.text), style: block.kind };
    case "list":
      return { ul: block.items.map(pdfText), style: "list" };
    case "facts":
      return {
        table: { widths: [150, "*"], body: block.rows.map(([label, value]) => [{ text: pdfText(label), bold: true }, pdfText(value)]) },
        layout: "noBorders", margin: [0, 0, 0, 6],
      };
    case "table":
      return {
        table: {
          headerRows: 1,
          widths: block.widths ?? block.header.map(() => "*"),
          body: [block.header.map((h) => ({ text: pdfText(h), style: "tableHeader" })), ...block.rows.map((row) => row.map(pdfText))],
        },
        layout: "lightHorizontalLines", margin: [0, 2, 0, 8],
      };
  }
}

/** The characters the standard fonts' WinAnsi encoding has beyond Latin-1 (pdfkit's own table). */
const WIN_ANSI_EXTRA = new Set("ŒœŠšŸŽžƒˆ˜–—‘’‚“”„†‡•…‰‹›€™");
const SPACES = /[\u2000-\u200A\u202F\u205F\u3000]/g;
const HYPHENS = /[\u2010\u2011\u2012\u2212]/g;
/** Signs the platform's own texts use that WinAnsi lacks (« 10 places → 7 stagiaires »). */
const SIGNS: Record<string, string> = { "→": ":", "≥": ">=", "≤": "<=" };

const encodable = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || char === "\n" || WIN_ANSI_EXTRA.has(char);
};

/**
 * Text the standard fonts can print: a few signs spelled out, French spacing, then every character
 * WinAnsi cannot encode replaced by its letter without accent (« ł » has none: « ? »), narrow
 * spaces by U+00A0.
 */
export function pdfText(text: string): string {
  let out = "";
  for (const char of frenchSpacing(text.replace(/[→≥≤]/g, (sign) => SIGNS[sign])).replace(SPACES, NBSP).replace(HYPHENS, "-")) {
    if (encodable(char)) out += char;
    else {
      const bare = char.normalize("NFD").replace(/\p{M}/gu, "");
      out += bare && [...bare].every(encodable) ? bare : "?";
    }
  }
  return out;
}
