import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenario/format';
import {
  addChoiceLeadingTo,
  addNode,
  deleteNode,
  duplicateNode,
  renameNode,
  setTarget,
} from '../../renderer/src/stores/editor-edits';
import { HISTORY_LIMIT, recordEdit, startHistory, undoEdit } from '../../renderer/src/stores/editor-history';
import { useEditorStore } from '../../renderer/src/stores/editor-store';
import { broadband } from './scenario-files';

const original = (): Scenario => JSON.parse(broadband().text) as Scenario;

/** Edits a trainer can make, as data, so fast-check can generate and shrink sequences of them. */
type Edit =
  | { kind: 'title'; text: string }
  | { kind: 'line'; node: number; text: string }
  | { kind: 'add'; what: 'choices' | 'free-text' | 'end' }
  | { kind: 'duplicate'; node: number }
  | { kind: 'delete'; node: number }
  | { kind: 'rename'; node: number; id: string }
  | { kind: 'retarget'; node: number; to: number }
  | { kind: 'connect'; node: number; to: number };

const nodeIndex = fc.nat({ max: 30 });
const anEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('title' as const), text: fc.string() }),
  fc.record({ kind: fc.constant('line' as const), node: nodeIndex, text: fc.string() }),
  fc.record({
    kind: fc.constant('add' as const),
    what: fc.constantFrom('choices' as const, 'free-text' as const, 'end' as const),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), node: nodeIndex }),
  fc.record({ kind: fc.constant('delete' as const), node: nodeIndex }),
  fc.record({ kind: fc.constant('rename' as const), node: nodeIndex, id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/) }),
  fc.record({ kind: fc.constant('retarget' as const), node: nodeIndex, to: nodeIndex }),
  fc.record({ kind: fc.constant('connect' as const), node: nodeIndex, to: nodeIndex }),
);

function apply(s: Scenario, edit: Edit): Scenario {
  const at = (n: number) => n % s.nodes.length;
  switch (edit.kind) {
    case 'title':
      return { ...s, title: `${s.title}${edit.text}` };
    case 'line': {
      const node = s.nodes[at(edit.node)]!;
      if (node.kind !== 'customer')
        return { ...s, nodes: s.nodes.map((n) => (n === node ? { ...node, closingLine: edit.text } : n)) };
      return { ...s, nodes: s.nodes.map((n) => (n === node ? { ...node, lines: [edit.text, ...node.lines] } : n)) };
    }
    case 'add':
      return addNode(s, edit.what).scenario;
    case 'duplicate':
      return duplicateNode(s, at(edit.node)).scenario;
    case 'delete':
      return s.nodes.length > 2 ? deleteNode(s, at(edit.node)) : s;
    case 'rename':
      return renameNode(s, at(edit.node), edit.id);
    case 'retarget':
      return setTarget(s, { nodeIndex: at(edit.node), via: 'choice', itemIndex: 0 }, s.nodes[at(edit.to)]!.id);
    case 'connect':
      return addChoiceLeadingTo(s, at(edit.node), s.nodes[at(edit.to)]!.id);
  }
}

afterEach(() => useEditorStore.getState().close());

describe('undo and redo in the editor', () => {
  it('undoing as many times as there were edits returns the original scenario; redoing them all reaches the last one', () => {
    fc.assert(
      fc.property(fc.array(anEdit, { maxLength: 25 }), (edits) => {
        const editor = useEditorStore.getState();
        const start = original();
        editor.load({ file: 'x.json', status: 'draft', revision: null, scenario: start });
        for (const edit of edits) useEditorStore.getState().edit((s) => apply(s, edit));
        const last = useEditorStore.getState().scenario;
        const steps = useEditorStore.getState().history!.past.length;

        for (let i = 0; i < edits.length; i++) useEditorStore.getState().undo();
        expect(useEditorStore.getState().scenario).toBe(start);
        expect(useEditorStore.getState().scenario).toEqual(original());

        for (let i = 0; i < steps; i++) useEditorStore.getState().redo();
        expect(useEditorStore.getState().scenario).toBe(last);
      }),
      { numRuns: 60 },
    );
  });

  it('never changes a scenario it was given: every edit makes a new value', () => {
    fc.assert(
      fc.property(fc.array(anEdit, { maxLength: 15 }), (edits) => {
        const start = original();
        const frozen = structuredClone(start);
        edits.reduce(apply, start);
        expect(start).toEqual(frozen);
      }),
      { numRuns: 60 },
    );
  });

  it('merges keystrokes in one field within a second into one step, and keeps steps in different fields apart', () => {
    let history = startHistory('');
    history = recordEdit(history, 'H', { key: 'title', now: 1000 });
    history = recordEdit(history, 'He', { key: 'title', now: 1200 });
    history = recordEdit(history, 'Hey', { key: 'title', now: 1900 });
    history = recordEdit(history, 'Hey!', { key: 'description', now: 2000 });
    history = recordEdit(history, 'Hey!?', { key: 'description', now: 3500 });
    expect(history.past).toEqual(['', 'Hey', 'Hey!']);
    expect(undoEdit(undoEdit(undoEdit(history))).present).toBe('');
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    let history = startHistory(0);
    for (let n = 1; n <= HISTORY_LIMIT + 50; n++) history = recordEdit(history, n, { now: n });
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    for (let n = 0; n < HISTORY_LIMIT + 50; n++) history = undoEdit(history);
    expect(history.present).toBe(50);
  });

  it('records nothing for an edit that changes nothing', () => {
    const editor = useEditorStore.getState();
    editor.load({ file: 'x.json', status: 'draft', revision: null, scenario: original() });
    useEditorStore.getState().edit((s) => s);
    expect(useEditorStore.getState().history!.past).toHaveLength(0);
  });
});
