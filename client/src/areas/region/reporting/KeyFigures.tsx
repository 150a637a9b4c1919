import { at, percent, type Figures } from "./figures";

/** The territory's totals in a few figures: rates from the sums, as the table's totals row. */
export function KeyFigures({ totals, milestones }: { totals: Figures; milestones: number[] }) {
  return (
    <dl className="key-figures">
      <div>
        <dt>Stagiaires entrés en formation</dt>
        <dd><strong>{totals.trainees}</strong> <span className="key-figures__detail">dont {totals.left} sortis en cours de formation</span></dd>
      </div>
      <div>
        <dt>Certifiés</dt>
        <dd><strong>{percent(totals.certificationRate)}</strong> <span className="key-figures__detail">{totals.certified} sur {totals.trainees}</span></dd>
      </div>
      <div>
        <dt>Contrats signés au bilan</dt>
        <dd><strong>{percent(totals.contractRate)}</strong> <span className="key-figures__detail">{totals.contracts} sur {totals.trainees}</span></dd>
      </div>
      {milestones.map((months) => {
        const m = at(totals, months);
        return (
          <div key={months}>
            <dt>En emploi à {months}&nbsp;mois</dt>
            <dd>
              <strong>{percent(m?.employmentRate)}</strong>{" "}
              <span className="key-figures__detail">{m ? `${m.employed} sur ${m.reported} suivis renseignés (${m.planned} prévus), dont ${m.employedDurable} en emploi durable` : "aucun suivi"}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
