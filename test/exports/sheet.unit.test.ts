import { CertificationLevel, EmploymentStatus } from "../../server/src/domain/vocabulary";
import { csvCell, toCsv } from "../../server/src/exports/csv";
import { date, integer, rate, text } from "../../server/src/exports/sheet";
import { insertionFigures, type TraineeFacts } from "../../server/src/modules/reporting/insertion-figures";

describe("CSV cells for French Excel", () => {
  it("writes days dd/mm/yyyy, rates as percentages with a decimal comma, counts as they are", () => {
    expect(csvCell(date("Début"), "2027-02-01")).toBe("01/02/2027");
    expect(csvCell(rate("Taux"), 2 / 3)).toBe("66,7 %");
    expect(csvCell(rate("Taux"), 1)).toBe("100,0 %");
    expect(csvCell(rate("Taux"), 0)).toBe("0,0 %");
    expect(csvCell(integer("Stagiaires"), 12)).toBe("12");
    expect(csvCell(rate("Taux"), null)).toBe("");
  });

  it("keeps a text that a spreadsheet would run as a formula from running", () => {
    expect(csvCell(text("Nom"), "=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(csvCell(text("Nom"), "+33 6 00")).toBe("'+33 6 00");
    expect(csvCell(text("Nom"), "Dupont-Durand")).toBe("Dupont-Durand");
  });

  it("is UTF-8 with a byte-order mark, « ; » between cells, CRLF, quotes where a cell needs them", async () => {
    const body = await toCsv({ title: "t", columns: [text("Opération"), integer("Places"), date("Début")], rows: [["Cariste ; magasinier", 10, "2027-02-01"], ["« Logistique »", null, null]] });
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.subarray(3).toString("utf8")).toBe("Opération;Places;Début\r\n\"Cariste ; magasinier\";10;01/02/2027\r\n« Logistique »;;");
  });
});

describe("insertion figures", () => {
  const trainee = (certification: CertificationLevel | null, hasContract: boolean, three: EmploymentStatus | null, left = false): TraineeFacts => ({
    left, certification, hasContract, followUps: [{ milestoneMonths: 3, reported: three !== null, employmentStatus: three }, { milestoneMonths: 6, reported: false, employmentStatus: null }],
  });

  it("gives no rate rather than 0 % when there is nothing to divide by", () => {
    expect(insertionFigures([], [3, 6])).toEqual({
      trainees: 0, left: 0, certified: 0, certifiedFull: 0, certifiedSkillsBlock: 0, certifiedSpecificRegister: 0, contracts: 0, certificationRate: null, contractRate: null,
      followUps: [3, 6].map((m) => ({ milestoneMonths: m, planned: 0, reported: 0, employed: 0, employedDurable: 0, employmentRate: null, durableEmploymentRate: null })),
    });
  });

  it("rates certifications and contracts over the trainees who entered, employment over the follow-ups reported", () => {
    const figures = insertionFigures([
      trainee(CertificationLevel.FULL, true, EmploymentStatus.EMPLOYED_DURABLE),
      trainee(CertificationLevel.NONE, false, EmploymentStatus.EMPLOYED_SHORT),
      trainee(null, false, null, true),
      trainee(CertificationLevel.SPECIFIC_REGISTER, true, EmploymentStatus.JOB_SEEKING),
    ], [3, 6]);
    expect(figures).toMatchObject({ trainees: 4, left: 1, certified: 2, certifiedFull: 1, certifiedSpecificRegister: 1, contracts: 2, certificationRate: 0.5, contractRate: 0.5 });
    expect(figures.followUps[0]).toEqual({ milestoneMonths: 3, planned: 4, reported: 3, employed: 2, employedDurable: 1, employmentRate: 2 / 3, durableEmploymentRate: 1 / 3 });
    expect(figures.followUps[1]).toMatchObject({ planned: 4, reported: 0, employmentRate: null });
  });
});
