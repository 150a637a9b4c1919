import { useQuery } from "@apollo/client/react";
import { ExportLinks } from "../../../documents/ExportLinks";
import { Empty, QueryState } from "../../../ui/states";
import { RegionNav } from "../RegionNav";
import { ended, measures } from "./figures";
import { InsertionTable } from "./InsertionTable";
import { KeyFigures } from "./KeyFigures";
import { REGION_INSERTION_REPORT } from "./queries";
import { RateChart } from "./RateChart";
import "./reporting.css";

/**
 * /tableau-de-bord/bilan — the Region's reporting on insertion: its totals, the rates of the
 * sessions that are over as bar charts (each bar's value printed), the table of every session and
 * the same figures to download.
 */
export function InsertionReportPage() {
  const { data, loading, error } = useQuery(REGION_INSERTION_REPORT);
  return (
    <div className="region insertion-report">
      <h1>Bilan d'insertion</h1>
      <RegionNav />
      <p className="region-muted">
        Par session du territoire : stagiaires entrés en formation, certifications et contrats signés au bilan final,
        emploi au suivi à 3 et 6 mois. Les taux se calculent sur les sommes, jamais en moyenne de taux.
      </p>
      <ExportLinks name="insertion-report" title="Télécharger le bilan d'insertion" hint="Les mêmes chiffres, une ligne par session et le total." />
      <QueryState loading={loading} error={error} data={data} empty={(d) => (d.insertionReport?.rows.length ? null : "Aucune session sur votre territoire pour l'instant.")}>
        {({ insertionReport: report, today }) => report && (
          <>
            <section aria-labelledby="bilan-totaux" className="panel">
              <h2 id="bilan-totaux">Sur tout le territoire</h2>
              <KeyFigures totals={report.totals} milestones={report.milestones} />
            </section>
            <section aria-labelledby="bilan-graphiques" className="panel">
              <h2 id="bilan-graphiques">Taux des sessions terminées</h2>
              {ended(report.rows, today).length === 0 ? (
                <Empty>Aucune session terminée pour l'instant : les taux s'affichent après la fin des sessions.</Empty>
              ) : (
                <div className="rate-charts">
                  {measures(report.milestones).map((m) => <RateChart key={m.key} measure={m} rows={ended(report.rows, today)} />)}
                </div>
              )}
            </section>
            <section aria-labelledby="bilan-tableau" className="panel">
              <h2 id="bilan-tableau">Chiffres par session</h2>
              <InsertionTable rows={report.rows} totals={report.totals} milestones={report.milestones} today={today} />
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
