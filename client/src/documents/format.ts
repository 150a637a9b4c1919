/** « 3f2a9c1e…b71d »: a SHA-256 fingerprint short enough to compare by eye with the PDF's footer. */
export const shortFingerprint = (sha256: string): string => (sha256.length > 16 ? `${sha256.slice(0, 8)}…${sha256.slice(-4)}` : sha256);

/** « 184 ko », « 1,2 Mo ». */
export function pdfSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))}\u00a0ko`;
  return `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))}\u00a0Mo`;
}

export type TextPart = { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

/** The convention's plain text (one line per paragraph, « - » for a list item) in paragraphs and lists. */
export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (!line) continue;
    const item = /^- (.*)$/.exec(line);
    const last = parts[parts.length - 1];
    if (!item) parts.push({ kind: "paragraph", text: line });
    else if (last?.kind === "list") last.items.push(item[1]);
    else parts.push({ kind: "list", items: [item[1]] });
  }
  return parts;
}
