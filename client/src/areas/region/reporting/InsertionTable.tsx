import { frenchDay } from "../../../ui/labels";
import { at, percent, type Figures, type ReportRow } from "./figures";

/** The figures per session and their totals, as the export gives them; a rate and the counts it comes from in each cell. */
export function InsertionTable({ rows, totals, milestones, today }: { rows: ReportRow[]; totals: Figures; milestones: number[]; today: string }) {
  return (
    <div className="table-scroll">
      <table className="insertion-table">
        <caption>Insertion par session, et total du territoire</caption>
        <thead>
          <tr>
            <th scope="col">Session</th>
            <th scope="col">Stagiaires</th>
            <th scope="col">Certification</th>
            <th scope="col">Contrats au bilan</th>
            {milestones.map((months) => <th key={months} scope="col">Emploi à {months}&nbsp;mois</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.trainingSessionId}>
              <th scope="row">
                {row.trainingSessionTitle}{row.eosNumber ? ` (${row.eosNumber})` : ""}
                <span className="insertion-table__detail">{row.operationTitle}{row.trainingOrganisationName ? ` · ${row.trainingOrganisationName}` : ""}</span>
                <span className="insertion-table__detail">
                  du {frenchDay(row.startDate)} au {frenchDay(row.endDate)}{row.endDate < today ? "" : " · en cours ou à venir"}
                </span>
              </th>
              <FigureCells figures={row.figures} milestones={milestones} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <FigureCells figures={totals} milestones={milestones} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function FigureCells({ figures, milestones }: { figures: Figures; milestones: number[] }) {
  return (
    <>
      <td>
        {figures.trainees}
        {figures.left > 0 && <span className="insertion-table__detail">dont {figures.left} sorti{figures.left > 1 ? "s" : ""}</span>}
      </td>
      <td>
        <strong>{percent(figures.certificationRate)}</strong>
        <span className="insertion-table__detail">{figures.certified} sur {figures.trainees}</span>
      </td>
      <td>
        <strong>{percent(figures.contractRate)}</strong>
        <span className="insertion-table__detail">{figures.contracts} sur {figures.trainees}</span>
      </td>
      {milestones.map((months) => {
        const m = at(figures, months);
        return (
          <td key={months}>
            <strong>{percent(m?.employmentRate)}</strong>
            {m && (
              <>
                <span className="insertion-table__detail">{m.employed} sur {m.reported} renseignés ({m.planned} prévus)</span>
                <span className="insertion-table__detail">durable : {percent(m.durableEmploymentRate)} ({m.employedDurable})</span>
              </>
            )}
          </td>
        );
      })}
    </>
  );
}
