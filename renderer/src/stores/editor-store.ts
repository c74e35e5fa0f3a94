/**
 * The scenario being edited: its value, the undo history, what is selected, and the problems
 * validation finds as the trainer types. Every change goes through `edit`, which records a new
 * immutable snapshot and re-runs the engine's validation on the exact text that saving would write
 * (formatScenario), so the line:column of each problem is where it will be in the file.
 */
import type { ScenarioFileStatus } from '@api';
import { formatScenario } from '../../../engine/authoring/format-scenario';
import type { Scenario, ScenarioNode } from '../../../engine/scenario/format';
import type { ScenarioProblem } from '../../../engine/scenario/problem';
import { validateScenarioText } from '../../../engine/scenario/validate';
import { recordEdit, redoEdit, startHistory, undoEdit, type EditHistory } from './editor-history';
import { groupProblems, type GroupedProblems } from './editor-problems';
import { createResettableStore } from './resettable-store';

/** What the forms beside the graph show; `reveal` also brings the node into view on the graph. */
export type EditorSelection = { kind: 'scenario' } | { kind: 'node'; index: number; reveal?: boolean };

/** The file behind the editor. */
export interface EditorDocument {
  file: string;
  /** Where it was opened from or last saved to. */
  status: ScenarioFileStatus;
  /** The file's revision on disk when opened or last saved; null until it has been saved once. */
  revision: string | null;
}

export interface OpenDocument extends EditorDocument {
  scenario: Scenario;
  /** What Rapport filled in so the forms could show the file (see editor-repair). */
  repairs?: string[];
}

interface Validation {
  text: string;
  problems: ScenarioProblem[];
  /** Worth fixing but no bar to publishing (a weak model reply, a best reply always first); see validate.ts. */
  warnings: ScenarioProblem[];
  grouped: GroupedProblems;
  /** How long formatting and validating took, in milliseconds (shown to nobody; read by the benchmark). */
  validationMs: number;
}

export interface EditorState extends Validation {
  document: EditorDocument | null;
  history: EditHistory<Scenario> | null;
  /** The scenario as it is now (the history's present), or null when nothing is open. */
  scenario: Scenario | null;
  /** The value last opened or saved: the editor has unsaved changes when `scenario` is another value. */
  saved: Scenario | null;
  repairs: string[];
  selection: EditorSelection;
  /** Opens a scenario into the editor, replacing whatever was there (and its history). */
  load: (document: OpenDocument) => void;
  /** Applies one change; `key` names the field being typed into so its keystrokes undo together. */
  edit: (change: (scenario: Scenario) => Scenario, key?: string) => void;
  /** Replaces the node at `index` with the form's new version of it. */
  editNode: (index: number, node: ScenarioNode, key?: string) => void;
  undo: () => void;
  redo: () => void;
  select: (selection: EditorSelection) => void;
  /** Records that the current scenario is now on disk as `document`. */
  markSaved: (document: EditorDocument, saved: Scenario) => void;
  close: () => void;
}

const NO_PROBLEMS: Validation = {
  text: '',
  problems: [],
  warnings: [],
  grouped: { byNode: new Map(), scenarioLevel: [] },
  validationMs: 0,
};

const initial = {
  ...NO_PROBLEMS,
  document: null,
  history: null,
  scenario: null,
  saved: null,
  repairs: [],
  selection: { kind: 'scenario' } as EditorSelection,
};

/**
 * Formats and validates `scenario` as the file `file` would hold it. The two steps are recorded as
 * user-timing measures (`rapport:format`, `rapport:validate`), visible in a browser's profiler and
 * read by the editor benchmark.
 */
export function validateForEditor(file: string, scenario: Scenario): Validation {
  const started = performance.now();
  const text = formatScenario(scenario);
  const formatted = performance.now();
  const { problems, warnings = [] } = validateScenarioText(file, text);
  const finished = performance.now();
  performance.measure('rapport:format', { start: started, end: formatted });
  performance.measure('rapport:validate', { start: formatted, end: finished });
  return { text, problems, warnings, grouped: groupProblems(problems), validationMs: finished - started };
}

/** Whether two validations found exactly the same problems at the same places. */
function sameProblems(a: readonly ScenarioProblem[], b: readonly ScenarioProblem[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i]!;
      return p.path === q.path && p.message === q.message && p.line === q.line && p.column === q.column && p.file === q.file;
    })
  );
}

/** A selection that still points at something after the node list changed. */
function keepSelection(selection: EditorSelection, scenario: Scenario): EditorSelection {
  return selection.kind === 'node' && selection.index >= scenario.nodes.length ? { kind: 'scenario' } : selection;
}

export const useEditorStore = createResettableStore<EditorState>((set, get) => {
  /** Moves the editor to another point of its history and re-validates there. */
  const moveTo = (history: EditHistory<Scenario>) => {
    const { document, history: before, selection, problems, warnings, grouped } = get();
    if (!document || history === before) return;
    const validation = validateForEditor(document.file, history.present);
    // Unchanged problems keep their identity, so nothing that shows them re-renders (the graph above all).
    const unchanged = sameProblems(problems, validation.problems);
    set({
      history,
      scenario: history.present,
      selection: keepSelection(selection, history.present),
      ...validation,
      ...(unchanged && { problems, grouped }),
      ...(sameProblems(warnings, validation.warnings) && { warnings }),
    });
  };

  return {
    ...initial,
    load: ({ scenario, repairs = [], ...document }) =>
      set({
        document,
        history: startHistory(scenario),
        scenario,
        // A scenario never saved (new from a template) counts as unsaved from the start.
        saved: document.revision === null ? null : scenario,
        repairs,
        selection: { kind: 'scenario' },
        ...validateForEditor(document.file, scenario),
      }),
    edit: (change, key) => {
      const history = get().history;
      if (!history) return;
      moveTo(recordEdit(history, change(history.present), { key, now: Date.now() }));
    },
    editNode: (index, node, key) =>
      get().edit((scenario) => {
        if (scenario.nodes[index] === node || !scenario.nodes[index]) return scenario;
        return { ...scenario, nodes: scenario.nodes.map((n, i) => (i === index ? node : n)) };
      }, key),
    undo: () => {
      const history = get().history;
      if (history) moveTo(undoEdit(history));
    },
    redo: () => {
      const history = get().history;
      if (history) moveTo(redoEdit(history));
    },
    select: (selection) => set({ selection }),
    markSaved: (document, saved) => set({ document, saved }),
    close: () => set(initial),
  };
});

/** True when the editor holds changes that are not on disk. */
export function selectUnsaved(s: Pick<EditorState, 'scenario' | 'saved'>): boolean {
  return s.scenario !== s.saved;
}

export const selectCanUndo = (s: EditorState) => (s.history?.past.length ?? 0) > 0;
export const selectCanRedo = (s: EditorState) => (s.history?.future.length ?? 0) > 0;
