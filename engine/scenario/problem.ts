/** A problem found in a scenario file, located so an author can jump straight to it. */
export interface ScenarioProblem {
  /** The file as the user knows it (relative path or name). */
  file: string;
  /** JSON path to the offending value, e.g. `$.nodes[3].choices[0].next`. */
  path: string;
  /** 1-based line and column of the offending value in the file. */
  line: number;
  column: number;
  message: string;
  /**
   * "warning": worth fixing, but the scenario still plays and can be published. Warnings travel in
   * their own `warnings` lists, so everything that counts `problems` keeps counting errors only.
   * Absent: an error.
   */
  severity?: 'warning';
}

/**
 * `scenarios/x.json:12:7 $.nodes[2].next: unknown node "foo"` — the form used by the CLI and the app;
 * a warning reads `… $.nodes[0].choices[0]: warning: …`.
 */
export function formatProblem(p: ScenarioProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.path}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

/** Renders a path array as `$.a[0].b`, quoting keys that are not plain identifiers. */
export function pathText(path: ReadonlyArray<string | number>): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
