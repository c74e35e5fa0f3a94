import { stat } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem } from '../../engine/scenario/problem';
import { loadScenarioFiles, scenarioFilesIn } from '../services/scenario-files';

/** `check [FILE|DIR ...]`: validates scenario files (default: the bundled `scenarios/` folder). */
export async function checkCommand(args: string[], projectRoot: string): Promise<number> {
  const targets = args.length > 0 ? args : [path.join(projectRoot, 'scenarios')];
  const files: string[] = [];
  for (const target of targets) {
    const info = await stat(target).catch(() => null);
    if (!info) {
      console.error(`${target}: no such file or folder`);
      return 2;
    }
    files.push(...(info.isDirectory() ? await scenarioFilesIn(target) : [target]));
  }
  const entries = await loadScenarioFiles(files, process.cwd());
  let problemCount = 0;
  let warningCount = 0;
  for (const entry of entries) {
    for (const problem of entry.problems) console.error(formatProblem(problem));
    // Warnings are printed but never fail the check: the scenario plays and can be published.
    for (const warning of entry.warnings ?? []) console.warn(formatProblem(warning));
    problemCount += entry.problems.length;
    warningCount += entry.warnings?.length ?? 0;
  }
  const bad = entries.filter((e) => e.problems.length > 0).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const warned = warningCount > 0 ? `, ${plural(warningCount, 'warning')}` : '';
  const summary = `${entries.length - bad} of ${entries.length} scenario files valid, ${plural(problemCount, 'problem')}${warned}`;
  (problemCount > 0 ? console.error : console.log)(summary);
  return problemCount > 0 ? 1 : 0;
}
