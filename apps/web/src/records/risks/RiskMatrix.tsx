import { riskBandLabel, riskBands, riskMatrix, type Risk } from '@partnerboard/board';
import { byId } from '../../session/useBoard';
import { impactWords, likelihoodWords, riskHeadingId } from './riskWords';

/** Moves the focus to a risk's card, so the matrix works as a map of the register for mouse and keyboard alike. */
function focusRisk(riskId: string): void {
  const heading = document.getElementById(riskHeadingId(riskId));
  heading?.scrollIntoView({ block: 'center' });
  heading?.focus({ preventScroll: true });
}

/**
 * The 5 × 5 matrix of likelihood against impact. Each open risk sits in its cell as its number in
 * the register; each cell says its score, and the key says what each band means.
 */
export function RiskMatrix({ risks }: { risks: readonly Risk[] }) {
  const rows = riskMatrix(risks);
  const numberOf = new Map(risks.map((risk, index) => [risk.id, index + 1]));
  return (
    <figure className="risk-matrix">
      <table className="risk-matrix__table">
        <caption className="risk-matrix__caption">
          Risk matrix
          <span className="risk-matrix__hint">Likelihood against impact. Each risk not closed is in its cell by its number in the list.</span>
        </caption>
        <thead>
          <tr>
            <td className="risk-matrix__corner">
              <span aria-hidden="true">Likelihood ↓ Impact →</span>
            </td>
            {[1, 2, 3, 4, 5].map((impact) => (
              <th key={impact} scope="col">
                <span className="risk-matrix__scale">{impact}</span> {impactWords[impact]}
                <span className="visually-hidden"> impact</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0]?.likelihood}>
              <th scope="row">
                <span className="risk-matrix__scale">{row[0]?.likelihood}</span> {likelihoodWords[row[0]?.likelihood ?? 0]}
                <span className="visually-hidden"> likelihood</span>
              </th>
              {row.map((cell) => (
                <td key={cell.impact} className={`risk-matrix__cell risk-matrix__cell--${cell.band}`}>
                  <span className="risk-matrix__score">
                    <span className="visually-hidden">Score </span>
                    {cell.likelihood * cell.impact}
                    <span className="visually-hidden">, {riskBandLabel[cell.band].toLowerCase()}</span>
                  </span>
                  {cell.riskIds.length > 0 ? (
                    <ul className="plain-list risk-matrix__risks">
                      {cell.riskIds.map((id) => {
                        const risk = byId(risks, id);
                        return (
                          <li key={id}>
                            <button type="button" className="risk-matrix__risk" onClick={() => focusRisk(id)} aria-label={`Risk ${numberOf.get(id)}: ${risk?.title ?? ''}`}>
                              {numberOf.get(id)}
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="risk-matrix__key">
        <span className="visually-hidden">Key: </span>
        {riskBands.map((band) => (
          <span key={band} className="risk-matrix__key-item">
            <span className={`risk-matrix__swatch risk-matrix__cell--${band}`} aria-hidden="true" />
            {riskBandLabel[band]} {band === 'green' ? '1-4' : band === 'amber' ? '5-12' : '15-25'}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
