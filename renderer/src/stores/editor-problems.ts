/**
 * Where validation problems belong in the editor. A problem's JSON path says what it is about:
 * `$.nodes[3].choices[0].next` is inside the fourth node, so it is marked on that node in the graph
 * and shown beside that choice's target in the form; `$.persona.name` or `$.start` belong to the
 * scenario as a whole.
 */
import type { ScenarioProblem } from '../../../engine/scenario/problem';
import { plural } from '../components/common/plural';

export interface GroupedProblems {
  /** Problems inside a node, by the node's index in `nodes`. */
  byNode: Map<number, ScenarioProblem[]>;
  /** Problems about the scenario's own fields (or the file as a whole). */
  scenarioLevel: ScenarioProblem[];
}

const NODE_PATH = /^\$\.nodes\[(\d+)\]/;

/** The index of the node a problem's path points inside, or undefined for a scenario-level one. */
export function nodeIndexOfPath(path: string): number | undefined {
  const match = NODE_PATH.exec(path);
  return match ? Number(match[1]) : undefined;
}

/** Splits problems into those on nodes (by index) and those on the scenario. */
export function groupProblems(problems: readonly ScenarioProblem[]): GroupedProblems {
  const byNode = new Map<number, ScenarioProblem[]>();
  const scenarioLevel: ScenarioProblem[] = [];
  for (const problem of problems) {
    const index = nodeIndexOfPath(problem.path);
    if (index === undefined) {
      scenarioLevel.push(problem);
      continue;
    }
    const list = byNode.get(index);
    if (list) list.push(problem);
    else byNode.set(index, [problem]);
  }
  return { byNode, scenarioLevel };
}

/**
 * The problems a form field shows: those at its path exactly, or (with `within`) anywhere below it,
 * e.g. every problem of one choice.
 */
export function problemsAt(problems: readonly ScenarioProblem[], path: string, within = false): ScenarioProblem[] {
  return problems.filter((p) => p.path === path || (within && (p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))));
}

/** The scenario settings form's labels, by the path of the field they name. */
const SCENARIO_FIELDS: Record<string, string> = {
  '$.title': 'Title',
  '$.description': 'Description',
  '$.industry': 'Industry',
  '$.channel': 'Channel',
  '$.difficulty': 'Difficulty',
  '$.estimatedMinutes': 'Minutes (estimate)',
  '$.skills': 'Skills',
  '$.learningObjectives': 'Learning objectives',
  '$.persona.name': 'Name',
  '$.persona.background': 'Background',
  '$.persona.startingMood': 'Mood at the start',
  '$.persona.wants': 'What they want',
  '$.start': 'Starts at',
  '$.id': 'Scenario id',
};

/**
 * A scenario-level problem as the editor words it: the field's label as the form shows it, then the
 * message ("Title: title must not be empty"). The JSON path stays for the file's own views and the CLI.
 */
export function scenarioProblemText(problem: ScenarioProblem): string {
  const field = SCENARIO_FIELDS[problem.path] ?? SCENARIO_FIELDS[problem.path.replace(/\[\d+\]$/, '')];
  return field ? `${field}: ${problem.message}` : problem.message;
}

/** "1 problem", "3 problems". */
export function problemCountText(count: number): string {
  return plural(count, 'problem');
}
