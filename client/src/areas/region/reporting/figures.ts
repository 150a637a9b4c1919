import type { InsertionFiguresFieldsFragment, RegionInsertionReportQuery } from "../../../../generated/gql/graphql";

export type Figures = InsertionFiguresFieldsFragment;
export type Milestone = Figures["followUps"][number];
export type ReportRow = NonNullable<RegionInsertionReportQuery["insertionReport"]>["rows"][number];

const PERCENT = new Intl.NumberFormat("fr-FR", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** « 66,7 % » for a share from 0 to 1; « — » when there is nothing to divide by. */
export const percent = (rate: number | null | undefined): string => (rate === null || rate === undefined ? "—" : PERCENT.format(rate));

/** The figures at one follow-up milestone (3 or 6 months after the session's end). */
export const at = (figures: Figures, months: number): Milestone | undefined => figures.followUps.find((f) => f.milestoneMonths === months);

/** Sessions over by `today` (their last day passed): the only ones whose rates mean something yet. */
export const ended = (rows: ReportRow[], today: string): ReportRow[] => rows.filter((r) => r.endDate < today);

/** A rate the charts draw: its name, its value for a session's figures, and the counts it comes from. */
export interface Measure {
  key: string;
  title: string;
  rate: (f: Figures) => number | null | undefined;
  counts: (f: Figures) => string;
}

const plural = (n: number, one: string, many: string) => `${n}\u00a0${n > 1 ? many : one}`;

export function measures(milestones: number[]): Measure[] {
  return [
    { key: "certification", title: "Taux de certification", rate: (f) => f.certificationRate, counts: (f) => `${plural(f.certified, "certifié", "certifiés")} sur ${f.trainees}` },
    { key: "contracts", title: "Taux de contrats signés au bilan", rate: (f) => f.contractRate, counts: (f) => `${plural(f.contracts, "contrat", "contrats")} sur ${f.trainees}` },
    ...milestones.map((months): Measure => ({
      key: `employment-${months}`,
      title: `Taux d'emploi à ${months}\u00a0mois`,
      rate: (f) => at(f, months)?.employmentRate,
      counts: (f) => {
        const m = at(f, months);
        return m ? `${plural(m.employed, "en emploi", "en emploi")} sur ${plural(m.reported, "suivi renseigné", "suivis renseignés")}` : "pas de suivi";
      },
    })),
  ];
}
