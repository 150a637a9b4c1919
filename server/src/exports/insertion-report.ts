import { insertionReport, INSERTION_REPORT_KINDS, type InsertionReportRow } from "../modules/reporting/insertion-report.js";
import type { InsertionFigures } from "../modules/reporting/insertion-figures.js";
import type { ExportDefinition } from "./definition.js";
import { date, integer, rate, text, type Cell, type Column } from "./sheet.js";

interface FigureColumn {
  column: Column;
  value(figures: InsertionFigures): Cell;
}

interface SessionColumn {
  column: Column;
  value(row: InsertionReportRow): Cell;
  /** its cell on the totals row, if any */
  total?(rows: InsertionReportRow[]): Cell;
}

const SESSION_COLUMNS: SessionColumn[] = [
  { column: text("Opération", 30), value: (r) => r.operationTitle, total: () => "Total" },
  { column: text("Programme", 22), value: (r) => r.programmeName },
  { column: text("Département", 12), value: (r) => r.department },
  { column: text("Session", 30), value: (r) => r.trainingSessionTitle },
  { column: text("N° EOS", 12), value: (r) => r.eosNumber },
  { column: text("Organisme de formation", 26), value: (r) => r.trainingOrganisationName },
  { column: date("Début"), value: (r) => r.startDate },
  { column: date("Fin"), value: (r) => r.endDate },
  { column: integer("Places financées"), value: (r) => r.fundedPlaces, total: (rows) => rows.reduce((sum, r) => sum + r.fundedPlaces, 0) },
];

function figureColumns(milestones: number[]): FigureColumn[] {
  const columns: FigureColumn[] = [
    { column: integer("Stagiaires entrés en formation"), value: (f) => f.trainees },
    { column: integer("Sorties en cours de formation"), value: (f) => f.left },
    { column: integer("Certifiés"), value: (f) => f.certified },
    { column: integer("dont certification complète"), value: (f) => f.certifiedFull },
    { column: integer("dont bloc de compétences"), value: (f) => f.certifiedSkillsBlock },
    { column: integer("dont répertoire spécifique"), value: (f) => f.certifiedSpecificRegister },
    { column: rate("Taux de certification"), value: (f) => f.certificationRate },
    { column: integer("Contrats signés au bilan"), value: (f) => f.contracts },
    { column: rate("Taux de contrats signés"), value: (f) => f.contractRate },
  ];
  milestones.forEach((months, i) => {
    const at = (f: InsertionFigures) => f.followUps[i];
    columns.push(
      { column: integer(`Suivis à ${months} mois prévus`), value: (f) => at(f).planned },
      { column: integer(`Suivis à ${months} mois renseignés`), value: (f) => at(f).reported },
      { column: integer(`En emploi à ${months} mois`), value: (f) => at(f).employed },
      { column: integer(`En emploi durable à ${months} mois`), value: (f) => at(f).employedDurable },
      { column: rate(`Taux d'emploi à ${months} mois`), value: (f) => at(f).employmentRate },
      { column: rate(`Taux d'emploi durable à ${months} mois`), value: (f) => at(f).durableEmploymentRate },
    );
  });
  return columns;
}

/**
 * The Region's reporting on insertion: one row per session of its territory, then the totals.
 * The figures are those of Query.insertionReport: the same function computes both.
 */
export const INSERTION_REPORT_EXPORT: ExportDefinition = {
  name: "insertion-report",
  fileName: "bilan-insertion",
  kinds: INSERTION_REPORT_KINDS,
  refusal: "Le bilan d'insertion est réservé à la Région.",
  async build({ ctx }) {
    const report = await insertionReport(ctx.reader);
    const figures = figureColumns(report.milestones);
    const total = SESSION_COLUMNS.map((c) => c.total?.(report.rows) ?? null);
    return {
      title: "Bilan d'insertion",
      columns: [...SESSION_COLUMNS, ...figures].map((c) => c.column),
      rows: report.rows.map((row) => [...SESSION_COLUMNS.map((c) => c.value(row)), ...figures.map((c) => c.value(row.figures))]),
      footer: [[...total, ...figures.map((c) => c.value(report.totals))]],
    };
  },
};
