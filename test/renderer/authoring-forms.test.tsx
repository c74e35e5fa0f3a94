import { fireEvent, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CustomerTurn } from '../../engine/scenario/format';
import { edited, graphNode, renderEditor } from './authoring-editor';
import { layOutReactFlowInJsdom } from './react-flow-in-jsdom';
import { broadband } from './scenario-files';

layOutReactFlowInJsdom();

/** The customer turn with this id, as the editor holds it now. */
function node(id: string): CustomerTurn {
  const found = edited().nodes.find((n) => n.id === id);
  if (found?.kind !== 'customer') throw new Error(`no customer turn "${id}" in the scenario`);
  return found;
}
const panel = () => screen.getByRole('complementary', { name: /Scenario settings|Customer turn|Ending/ });

/** Selects a node the keyboard way: focus it on the graph and press Enter. */
async function openNode(user: UserEvent, id: string) {
  graphNode(id).focus();
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { level: 2, name: new RegExp(`: ${id}$`) });
}

describe('the scenario form', () => {
  it('writes a changed title into the scenario and the editor’s heading', async () => {
    const { user } = await renderEditor(broadband());
    const title = within(panel()).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Billed twice');
    expect(edited().title).toBe('Billed twice');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Billed twice');
  });

  it('shows a problem under the field it is about, and marks the field invalid', async () => {
    const { user } = await renderEditor(broadband());
    await user.clear(within(panel()).getByLabelText('Name'));
    const name = within(panel()).getByLabelText('Name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/name must not be empty/);
    expect(screen.getByRole('list', { name: 'Problems in the scenario settings' })).toHaveTextContent(
      /^Name: name must not be empty \(line \d+\)$/,
    );
  });
});

describe('the customer turn form', () => {
  it('adds a choice with middle scores and no target; validation flags what is missing on the node', async () => {
    const { user } = await renderEditor(broadband());
    await openNode(user, 'still-angry');
    expect(graphNode('still-angry').querySelector('.graph-node__problems')).toBeNull();

    await user.click(within(panel()).getByRole('button', { name: 'Add a choice' }));

    expect(node('still-angry')).toMatchObject({
      choices: [{ id: 'choice-1', text: '', scores: { respect: 50, helpfulness: 50, empathy: 50 }, feedback: '', next: '' }],
    });
    const marker = graphNode('still-angry').querySelector('.graph-node__problems');
    expect(marker).toHaveTextContent('3');
    expect(marker).toHaveAttribute('title', expect.stringContaining('choice text must not be empty'));
  });

  it('edits a choice’s text, scores and target; the graph follows the new target', async () => {
    const { user } = await renderEditor(broadband());
    await openNode(user, 'opening');
    const form = panel();
    await user.clear(within(form).getByLabelText('Choice 3: reply text'));
    await user.type(within(form).getByLabelText('Choice 3: reply text'), 'Please, one moment.');
    const respect = within(form).getAllByLabelText('Respect')[2]!;
    await user.clear(respect);
    await user.type(respect, '40');
    await user.selectOptions(within(form).getByLabelText('Choice 3: leads to'), 'still-angry');

    expect(node('opening').choices![2]).toMatchObject({
      text: 'Please, one moment.',
      scores: { respect: 40, helpfulness: 15, empathy: 5 },
      next: 'still-angry',
    });
    expect(document.querySelector('[data-id="n0:choice:2"]')).toHaveAttribute(
      'aria-label',
      expect.stringMatching(/to still-angry$/),
    );
  });

  it('edits a branch’s thresholds: setting one writes it, clearing them all makes it the default', async () => {
    const { user } = await renderEditor(broadband());
    await openNode(user, 'escalating');
    const form = panel();

    const helpfulnessAtLeast = within(form).getByLabelText('Branch 1: helpfulness at least');
    await user.type(helpfulnessAtLeast, '50');
    expect(node('escalating').freeText!.branches[0]!.when).toEqual({
      respect: { atLeast: 60 },
      helpfulness: { atLeast: 50 },
      empathy: { atLeast: 45 },
    });
    expect(within(form).getByRole('heading', { name: /Branch 1:/ })).toHaveTextContent(
      'Branch 1: respect ≥ 60 and helpfulness ≥ 50 and empathy ≥ 45',
    );

    for (const field of ['respect', 'helpfulness', 'empathy'])
      await user.clear(within(form).getByLabelText(`Branch 1: ${field} at least`));
    expect(node('escalating').freeText!.branches[0]).not.toHaveProperty('when');
    expect(within(form).getByRole('heading', { name: /Branch 1:/ })).toHaveTextContent('Branch 1: otherwise');
    // Two default branches: the first always wins, and validation says so.
    expect(graphNode('escalating').querySelector('.graph-node__problems')).not.toBeNull();
  });

  it('adds a score branch before the default one', async () => {
    const { user } = await renderEditor(broadband());
    await openNode(user, 'still-angry');
    await user.click(within(panel()).getByRole('button', { name: 'Add a score branch' }));
    const branches = node('still-angry').freeText!.branches;
    expect(branches).toHaveLength(3);
    expect(branches[1]).toEqual({ when: { empathy: { below: 50 } }, next: '' });
    expect(branches[2]).toEqual({ next: 'account-check' });
  });

  it('warns under the model reply when it misses a key point, without counting it as a problem', async () => {
    const { user } = await renderEditor(broadband());
    await openNode(user, 'still-angry');
    const modelReply = within(panel()).getByLabelText('Model reply');

    await user.clear(modelReply);
    await user.type(modelReply, 'Noted.');

    const warnings = within(panel())
      .getByText(/^model reply does not cover key point "take-ownership"/)
      .closest('ul')!;
    expect(warnings).toHaveTextContent(
      /model reply scores \d+ on helpfulness \(below 80\) — it should be the example to learn from/,
    );
    expect(screen.getByText('✓ No problems: ready to publish')).toBeInTheDocument();
  });

  it('adds key points with a description and example phrasings', async () => {
    const { user } = await renderEditor(broadband());
    await openNode(user, 'still-angry');
    const form = panel();
    await user.click(within(form).getByRole('button', { name: 'Add a key point' }));
    await user.type(within(form).getByLabelText('Key point 3: description'), 'Says sorry');
    await user.type(within(form).getByLabelText('Example 1 of key point 3'), 'I am sorry');
    expect(node('still-angry').freeText!.keyPoints[2]).toEqual({
      id: 'point-3',
      description: 'Says sorry',
      examples: ['I am sorry'],
    });
  });

  it('renames a node and carries every arrow that led to it', async () => {
    const { user } = await renderEditor(broadband());
    await openNode(user, 'escalating');
    const id = within(panel()).getByLabelText('Node id');
    expect(id).toHaveAccessibleDescription(/Renaming updates the 2 arrows leading here/);
    await user.clear(id);
    await user.type(id, 'boiling-over{Enter}');
    expect(node('opening').choices![2]!.next).toBe('boiling-over');
    expect(node('still-angry').freeText!.branches[0]!.next).toBe('boiling-over');
    expect(problemMarkers()).toEqual([]);
  });
});

describe('editor messages for people', () => {
  it('refuses a node id that is not allowed: the old id and its arrows stay, and the box says what is allowed', async () => {
    const { user } = await renderEditor(broadband());
    await openNode(user, 'escalating');
    const id = within(panel()).getByLabelText('Node id');
    await user.clear(id);
    await user.type(id, 'Boiling Over{Enter}');

    expect(edited().nodes.some((n) => n.id === 'escalating')).toBe(true);
    expect(node('opening').choices![2]!.next).toBe('escalating');
    expect(node('still-angry').freeText!.branches[0]!.next).toBe('escalating');
    expect(problemMarkers()).toEqual([]);
    expect(within(panel()).getByLabelText('Node id')).toHaveValue('escalating');
    expect(within(panel()).getByRole('alert')).toHaveTextContent(
      /"Boiling Over" cannot be a node id: use lowercase letters, digits and dashes.*The id stays "escalating"/,
    );
  });

  it('refuses an id another node already has', async () => {
    const { user } = await renderEditor(broadband());
    await openNode(user, 'escalating');
    const id = within(panel()).getByLabelText('Node id');
    await user.clear(id);
    await user.type(id, 'opening{Enter}');
    expect(edited().nodes.filter((n) => n.id === 'opening')).toHaveLength(1);
    expect(within(panel()).getByRole('alert')).toHaveTextContent(/Another node is already called "opening"/);
  });

  it('asks for a target when an arrow leads nowhere yet, instead of quoting the id rule', async () => {
    const { user } = await renderEditor(broadband());
    await openNode(user, 'still-angry');
    await user.click(within(panel()).getByRole('button', { name: 'Add a choice' }));
    expect(within(panel()).getByLabelText('Choice 1: leads to')).toHaveAccessibleDescription('choose the node this leads to');
  });

  it('words a score out of range as what to enter, with no JSON path or schema jargon on screen', async () => {
    const { user } = await renderEditor(broadband());
    await openNode(user, 'opening');
    const respect = within(panel()).getAllByLabelText('Respect')[0]!;
    await user.clear(respect);
    await user.type(respect, '150');

    expect(respect).toHaveAccessibleDescription('Enter a whole number from 0 to 100');
    const editorText = document.querySelector('.editor-screen')!.textContent!;
    expect(editorText).toContain('Enter a whole number from 0 to 100 (line');
    expect(editorText).not.toMatch(/\$\.nodes|Too big|expected number/);
  });
});

describe('node actions', () => {
  it('deleting a node first lists the arrows that lead to it; afterwards they are marked; undo restores it', async () => {
    const { user } = await renderEditor(broadband());
    await openNode(user, 'escalating');
    // Escape takes the question back and nothing more: the node and the editor stay.
    await user.click(within(panel()).getByRole('button', { name: 'Delete…' }));
    const usedUp: boolean[] = [];
    const record = (event: KeyboardEvent) => usedUp.push(event.defaultPrevented);
    window.addEventListener('keydown', record);
    await user.keyboard('{Escape}');
    window.removeEventListener('keydown', record);
    expect(within(panel()).queryByRole('alert')).not.toBeInTheDocument();
    // Marked as used, so the app-wide Escape (which closes the editor) leaves it alone.
    expect(usedUp).toEqual([true]);
    expect(edited().nodes.some((n) => n.id === 'escalating')).toBe(true);

    await user.click(within(panel()).getByRole('button', { name: 'Delete…' }));
    const warning = within(panel()).getByRole('alert');
    expect(
      within(warning)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['opening › choice "calm-down"', 'still-angry › branch 1']);
    await user.click(within(warning).getByRole('button', { name: 'Delete' }));

    expect(edited().nodes.map((n) => n.id)).not.toContain('escalating');
    expect(graphNode('opening').querySelector('.graph-node__problems')).toHaveAttribute(
      'title',
      expect.stringContaining('unknown node "escalating"'),
    );

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(edited().nodes.map((n) => n.id)).toContain('escalating');
    expect(graphNode('opening').querySelector('.graph-node__problems')).toBeNull();
  });

  it('duplicates a node under a fresh id, right after it, and opens the copy', async () => {
    const { user } = await renderEditor(broadband());
    await openNode(user, 'closing');
    await user.click(within(panel()).getByRole('button', { name: 'Duplicate' }));
    const ids = edited().nodes.map((n) => n.id);
    expect(ids[ids.indexOf('closing') + 1]).toBe('closing-copy');
    expect(await screen.findByRole('heading', { level: 2, name: 'Customer turn: closing-copy' })).toBeInTheDocument();
  });
});

function problemMarkers() {
  return [...document.querySelectorAll('.graph-node__problems')].map((m) => m.getAttribute('title'));
}
