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
  for (const entry of entries) {
    for (const problem of entry.problems) console.error(formatProblem(problem));
    problemCount += entry.problems.length;
  }
  const bad = entries.filter((e) => e.problems.length > 0).length;
  const summary = `${entries.length - bad} of ${entries.length} scenario files valid, ${problemCount} problem${problemCount === 1 ? '' : 's'}`;
  (problemCount > 0 ? console.error : console.log)(summary);
  return problemCount > 0 ? 1 : 0;
}
