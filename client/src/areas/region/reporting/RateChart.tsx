import { useId } from "react";
import { percent, type Measure, type ReportRow } from "./figures";

/**
 * One rate per session as horizontal bars (plain CSS). The bars are drawing only: each line says
 * its session, its rate and the counts behind it in text, which is what assistive technologies read.
 */
export function RateChart({ measure, rows }: { measure: Measure; rows: ReportRow[] }) {
  const titleId = useId();
  return (
    <figure className="rate-chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="rate-chart__title">{measure.title}</figcaption>
      <ul className="rate-chart__bars">
        {rows.map((row) => {
          const rate = measure.rate(row.figures);
          return (
            <li key={row.trainingSessionId} className="rate-chart__bar">
              <span className="rate-chart__label">{row.trainingSessionTitle}</span>
              <span className="rate-chart__track" aria-hidden="true">
                {rate !== null && rate !== undefined && <span className="rate-chart__fill" style={{ width: `${Math.min(100, Math.max(0, rate * 100))}%` }} />}
              </span>
              <span className="rate-chart__value">
                <span className="visually-hidden">{"\u00a0: "}</span>
                <strong>{percent(rate)}</strong> <span className="rate-chart__counts">({measure.counts(row.figures)})</span>
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
