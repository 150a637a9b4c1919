import type { CellValue } from "exceljs";
import { OrganisationKind } from "../../server/src/domain/kinds";
import { KIND_VIEWERS } from "../support/world";
import { allText, column, day, download, frenchPercent, readCsv, readXlsx, records, type ReadWorkbook, type Table } from "./files";
import { expectedFigures, inSession, MILESTONES, STORY } from "./insertion-story";
import { asCsv } from "./same-cells";
import { openExportStage, REGION_CVL, type ExportStage } from "./stage";

type Figures = ReturnType<typeof expectedFigures>;

/** The report's figures under the file's French headers. */
function underHeaders(f: Figures): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {
    "Stagiaires entrés en formation": f.trainees, "Sorties en cours de formation": f.left, Certifiés: f.certified,
    "dont certification complète": f.certifiedFull, "dont bloc de compétences": f.certifiedSkillsBlock, "dont répertoire spécifique": f.certifiedSpecificRegister,
    "Taux de certification": f.certificationRate, "Contrats signés au bilan": f.contracts, "Taux de contrats signés": f.contractRate,
  };
  for (const m of f.followUps) {
    Object.assign(cells, {
      [`Suivis à ${m.milestoneMonths} mois prévus`]: m.planned, [`Suivis à ${m.milestoneMonths} mois renseignés`]: m.reported,
      [`En emploi à ${m.milestoneMonths} mois`]: m.employed, [`En emploi durable à ${m.milestoneMonths} mois`]: m.employedDurable,
      [`Taux d'emploi à ${m.milestoneMonths} mois`]: m.employmentRate, [`Taux d'emploi durable à ${m.milestoneMonths} mois`]: m.durableEmploymentRate,
    });
  }
  return cells;
}

const pick = (row: Record<string, CellValue>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, row[k]]));

const REPORT = `{ insertionReport {
  milestones
  rows { trainingSessionTitle operationTitle startDate endDate fundedPlaces figures { ...F } }
  totals { ...F }
} }
fragment F on InsertionFigures {
  trainees left certified certifiedFull certifiedSkillsBlock certifiedSpecificRegister contracts certificationRate contractRate
  followUps { milestoneMonths planned reported employed employedDurable employmentRate durableEmploymentRate }
}`;

interface Report {
  insertionReport: {
    milestones: number[];
    rows: { trainingSessionTitle: string; operationTitle: string; startDate: string; endDate: string; fundedPlaces: number; figures: Figures }[];
    totals: Figures;
  } | null;
}

describe("the Region's reporting on insertion: file and GraphQL", () => {
  let stage: ExportStage;
  let token: string;
  let xlsx: ReadWorkbook;
  let csv: Table;

  beforeAll(async () => {
    stage = await openExportStage();
    token = await stage.login(REGION_CVL);
    xlsx = await readXlsx((await download(stage.api, "/exports/insertion-report.xlsx", { token })).body);
    csv = await readCsv((await download(stage.api, "/exports/insertion-report.csv", { token })).body);
  });
  afterAll(() => stage.close());

  it("has one row per session of the territory, then the totals", () => {
    expect(column(xlsx, "Opération")).toEqual(["Op A", "Op B", "Total"]);
    expect(column(xlsx, "Session")).toEqual(["Session A", "Session B", null]);
    expect(column(xlsx, "Début")).toEqual([day("2027-02-01"), day("2027-02-01"), null]);
    expect(column(xlsx, "Places financées")).toEqual([10, 10, 20]);
    for (const elsewhere of ["Op C", "Session C", "OF3"]) expect(allText(xlsx)).not.toContain(elsewhere);
    // the totals row stands out
    expect(xlsx.worksheet.getRow(4).getCell(1).font?.bold).toBe(true);
  });

  it("counts trainees, certifications, contracts and employment at 3 and 6 months as the story tells, with rates from the sums", () => {
    const [a, b, total] = records(xlsx);
    const expected = [underHeaders(expectedFigures(inSession("Session A"))), underHeaders(expectedFigures(inSession("Session B"))), underHeaders(expectedFigures(STORY))];
    const keys = Object.keys(expected[0]);
    expect(keys).toHaveLength(9 + 6 * MILESTONES.length);
    expect([pick(a, keys), pick(b, keys), pick(total, keys)]).toEqual(expected);
    // 4 of Session A's 6 trainees certified (one left, one without certification)
    expect(a["Taux de certification"]).toBeCloseTo(4 / 6);
    const rateFormat = xlsx.worksheet.getRow(2).getCell(xlsx.header.indexOf("Taux de certification") + 1).numFmt;
    expect(rateFormat).toBe("0.0 %");
  });

  it("the CSV holds the same cells, rates as French percentages", () => {
    expect(csv.header).toEqual(xlsx.header);
    expect(csv.rows).toEqual(asCsv(xlsx));
    expect(column(csv, "Taux de certification")[0]).toBe(frenchPercent(4 / 6));
    expect(column(csv, "Taux de certification")[0]).toBe("66,7 %");
  });

  it("Query.insertionReport gives the very figures of the file", async () => {
    const res = await stage.api.gql<Report>(REPORT, {}, { token });
    expect(res.errors).toBeUndefined();
    const report = res.data!.insertionReport!;
    expect(report.milestones).toEqual(MILESTONES);
    expect(report.rows.map((r) => r.trainingSessionTitle)).toEqual(["Session A", "Session B"]);
    const [a, b, total] = records(xlsx);
    const keys = Object.keys(underHeaders(report.totals));
    expect([...report.rows.map((r) => underHeaders(r.figures)), underHeaders(report.totals)]).toEqual([pick(a, keys), pick(b, keys), pick(total, keys)]);
    expect(report.rows.map((r) => [r.operationTitle, r.startDate, r.endDate, r.fundedPlaces])).toEqual([a, b].map((r) => [r.Opération, "2027-02-01", "2027-06-30", r["Places financées"]]));
    expect(report.totals).toEqual(expectedFigures(STORY));
  });

  it.each([OrganisationKind.TRAINING_ORGANISATION, OrganisationKind.MISSION_LOCALE, OrganisationKind.FRANCE_TRAVAIL, OrganisationKind.COMPANY])(
    "a %s viewer gets neither the file (403) nor the report (null)", async (kind) => {
      const other = await stage.login(KIND_VIEWERS[kind]);
      expect((await download(stage.api, "/exports/insertion-report.xlsx", { token: other })).status).toBe(403);
      const res = await stage.api.gql<Report>(REPORT, {}, { token: other });
      expect(res.errors).toBeUndefined();
      expect(res.data!.insertionReport).toBeNull();
    });

  it("carries no one's name or contact details: figures only", () => {
    for (const text of [allText(xlsx), allText(csv)]) {
      for (const t of STORY) expect(text).not.toContain(t.lastName);
      expect(text).not.toContain("@mail.test");
    }
  });
});
