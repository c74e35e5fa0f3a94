import type { LibraryEntry } from '../../../../engine/scenario/library';
import { formatProblem } from '../../../../engine/scenario/problem';
import { plural } from '../common/plural';

/**
 * Files in the scenarios folder that could not be loaded, each problem located as
 * `file:line:column path: message` so an author can jump straight to it. The rest still load.
 */
export function ProblemPanel({ broken, folder }: { broken: LibraryEntry[]; folder: string }) {
  if (broken.length === 0) return null;
  const count = broken.length;
  return (
    <section className="notice notice--warning problem-panel" aria-labelledby="problem-panel-title">
      <h2 id="problem-panel-title" className="notice__title">
        {plural(count, 'scenario file')} could not be loaded
      </h2>
      <p className="notice__message">
        The other scenarios are ready to play. Ask the scenario author to fix {count === 1 ? 'this file' : 'these files'}
        {folder ? ` in ${folder}` : ''}:
      </p>
      <ul className="problem-panel__files">
        {broken.map((entry) => (
          <li key={entry.file}>
            <p className="problem-panel__file">{entry.file}</p>
            <ul className="problem-panel__problems">
              {entry.problems.map((problem, i) => (
                <li key={i}>
                  <code>{formatProblem(problem)}</code>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
