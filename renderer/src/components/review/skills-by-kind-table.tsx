import type { ReviewThresholds, SkillsByKind } from '@api';
import { DIMENSIONS } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../common/labels';
import { scoreBand } from '../scores/score-band';

/**
 * A trainee's averages per kind of call (or industry): "which kind of call?" answered in a table,
 * with below-threshold scores marked in words as well as colour.
 */
export function SkillsByKindTable<K extends string>({
  title,
  kindHeading,
  rows,
  names,
  thresholds,
}: {
  title: string;
  kindHeading: string;
  rows: SkillsByKind<K>[];
  names: Record<K, string>;
  thresholds: ReviewThresholds;
}) {
  const id = `kind-${kindHeading.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="skills-by-kind" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">No attempts under this filter.</p>
      ) : (
        <table className="review-table review-table--compact">
          <thead>
            <tr>
              <th scope="col">{kindHeading}</th>
              <th scope="col">Attempts</th>
              {DIMENSIONS.map((d) => (
                <th key={d} scope="col">
                  {DIMENSION_LABEL[d]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.kind}>
                <th scope="row">{names[row.kind]}</th>
                <td>
                  {row.attempts}
                  {row.finishedAttempts !== row.attempts && <span className="muted"> ({row.finishedAttempts} finished)</span>}
                </td>
                {DIMENSIONS.map((d) => {
                  const score = row.averages?.[d];
                  const below = score !== undefined && thresholds[d] !== null && score < thresholds[d]!;
                  return (
                    <td key={d}>
                      {score === undefined ? (
                        <span className="muted">–</span>
                      ) : (
                        <span className={`score-chip score-chip--${scoreBand(score)}`}>
                          {score}
                          {below && (
                            <>
                              <span aria-hidden="true"> ⚑</span>
                              <span className="visually-hidden"> (below the threshold)</span>
                            </>
                          )}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
