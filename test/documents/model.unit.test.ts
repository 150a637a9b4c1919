import { pdfText } from "../../server/src/documents/layout";
import { blocksText, documentText, fingerprint, freeTextBlocks, pdfFileName, type DocumentModel } from "../../server/src/documents/model";
import { shown } from "./pdf";

const model = (over: Partial<DocumentModel> = {}): DocumentModel => ({
  kind: "attestation", issuer: "Région Centre-Val de Loire", runningHead: "DEFI", title: "Attestation de conformité", subtitle: "opération « Logistique »",
  version: 1, blocks: [{ kind: "facts", rows: [["Bilan", "tenu le 30 juin 2027"]] }], appendix: [], fileName: "a.pdf", issuedAt: new Date("2027-07-01T08:00:00Z"), ...over,
});

describe("a document's text and fingerprint", () => {
  it("reads the blocks as lines, in French typography", () => {
    expect(shown(blocksText([
      { kind: "heading", text: "Constats" },
      { kind: "facts", rows: [["Places", "6 places"]] },
      { kind: "list", items: ["un", "deux"] },
      { kind: "table", header: ["Signataire", "Date"], rows: [["OF", "1er février"]] },
    ]))).toBe("Constats\nPlaces~: 6 places\n- un\n- deux\nSignataire | Date\nOF | 1er février");
  });

  it("covers the issuer, title, version and text, not the appendix nor the banner", () => {
    const base = fingerprint(model());
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint(model({ appendix: [{ kind: "paragraph", text: "Payée le 20 juillet 2027" }], banner: "Signée" }))).toBe(base);
    expect(fingerprint(model({ version: 2 }))).not.toBe(base);
    expect(fingerprint(model({ issuer: "Région Pays de la Loire" }))).not.toBe(base);
    expect(documentText(model())).toContain("Version 1");
  });
});

describe("free text (the convention's body)", () => {
  it("makes paragraphs of lines and lists of « - » items", () => {
    expect(freeTextBlocks("Programme : DEFI.\n\nEngagements :\n- A : 2 postes\n- B : 1 poste\nFin.")).toEqual([
      { kind: "paragraph", text: "Programme : DEFI." },
      { kind: "paragraph", text: "Engagements :" },
      { kind: "list", items: ["A : 2 postes", "B : 1 poste"] },
      { kind: "paragraph", text: "Fin." },
    ]);
  });
});

describe("what the PDF's standard fonts can print", () => {
  it("keeps French letters, guillemets, dashes and the euro; spaces French punctuation with U+00A0", () => {
    expect(shown(pdfText("Œuvre « élève » — 10 € : ça ?"))).toBe("Œuvre «~élève~» — 10 €~: ça~?");
  });

  it("turns the narrow no-break space into U+00A0, signs into words, and strips accents WinAnsi lacks", () => {
    expect(shown(pdfText("Objet\u202F: 10 places → 7 stagiaires, ≥ 70 %"))).toBe("Objet~: 10 places~: 7 stagiaires, >= 70 %");
    expect(pdfText("Ștefan Łukasz 日本")).toBe("Stefan ?ukasz ??");
  });
});

describe("file names", () => {
  it("keeps the words and drops what file systems refuse", () => {
    expect(pdfFileName("Convention", "Agent / magasinier : Orléans?", null, "version 2")).toBe("Convention - Agent magasinier Orléans - version 2.pdf");
  });
});
