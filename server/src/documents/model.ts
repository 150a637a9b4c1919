import { createHash } from "node:crypto";
import { frenchSpacing } from "../domain/french.js";

/** The official documents the platform issues, each served at /documents/<kind>/<id>.pdf. */
export type DocumentKind = "convention" | "contact-sheet" | "attestation" | "purchase-order" | "bonus-request";

/** What a document says, before any layout: the same blocks give the PDF and the plain text. */
export type Block =
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  /** label → value lines (the session's facts, a contact...) */
  | { kind: "facts"; rows: [string, string][] }
  | { kind: "table"; header: string[]; rows: string[][]; widths?: (number | "*" | "auto")[] };

export interface DocumentModel {
  kind: DocumentKind;
  /** who issues it, at the top of each page: the Region's name, or the training organisation's */
  issuer: string;
  /** at the top right of each page: the programme */
  runningHead: string;
  title: string;
  subtitle: string;
  /** the document's version: the convention's own, or the number of steps its subject went through */
  version: number;
  /** the text: what the fingerprint covers (for the convention, the text the partners sign) */
  blocks: Block[];
  /** printed after the text, outside the fingerprint: the convention's signatures, a request's follow-up */
  appendix: Block[];
  /** a line above the title, outside the fingerprint: « Projet », « Signée le … » */
  banner?: string;
  fileName: string;
  /** the PDF's creation date: a document rendered twice from the same data gives the same bytes */
  issuedAt: Date;
}

const blockText = (block: Block): string[] => {
  switch (block.kind) {
    case "heading":
    case "subheading":
    case "paragraph":
      return [block.text];
    case "list":
      return block.items.map((item) => `- ${item}`);
    case "facts":
      return block.rows.map(([label, value]) => `${label} : ${value}`);
    case "table":
      return [block.header, ...block.rows].map((row) => row.join(" | "));
  }
};

/** The blocks as plain text, one line per paragraph, item or row, in French typography. */
export function blocksText(blocks: Block[]): string {
  return frenchSpacing(blocks.flatMap(blockText).join("\n"));
}

/** The document's text: the issuer, title, version and blocks, without the appendix. */
export function documentText(model: DocumentModel): string {
  return frenchSpacing([model.issuer, model.title, model.subtitle, `Version ${model.version}`].join("\n")) + "\n\n" + blocksText(model.blocks);
}

/** SHA-256 (hexadecimal) of the document's text, printed in its footer. */
export function fingerprint(model: DocumentModel): string {
  return sha256(documentText(model));
}

export function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The lines of a free text (the convention's body): « - » starts a list item, a blank line a paragraph. */
export function freeTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (!line) continue;
    const item = /^[-•*]\s+(.*)$/.exec(line);
    const last = blocks[blocks.length - 1];
    if (item && last?.kind === "list") last.items.push(item[1]);
    else if (item) blocks.push({ kind: "list", items: [item[1]] });
    else blocks.push({ kind: "paragraph", text: line });
  }
  return blocks;
}

/** A file name people can keep: the document's words, without the characters file systems refuse. */
export function pdfFileName(...parts: (string | null | undefined)[]): string {
  const name = parts.filter((p): p is string => !!p).join(" - ").replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim();
  return `${name.slice(0, 150)}.pdf`;
}
