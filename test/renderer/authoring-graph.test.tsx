import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphNode, renderEditor } from './authoring-editor';
import { layOutReactFlowInJsdom } from './react-flow-in-jsdom';
import { broadband, brokenNextFile } from './scenario-files';

layOutReactFlowInJsdom();

describe('the scenario graph', () => {
  it('draws every customer turn and ending as a node, the start marked', async () => {
    await renderEditor(broadband());
    expect(document.querySelectorAll('.react-flow__node')).toHaveLength(13);
    expect(within(graphNode('opening')).getByText('Start')).toBeInTheDocument();
    expect(graphNode('resolved')).toHaveTextContent(/Ending/);
  });

  it('marks a node whose choice leads to an unknown node, with the count and the message', async () => {
    await renderEditor(brokenNextFile());
    const marker = graphNode('opening').querySelector('.graph-node__problems');
    expect(marker).toHaveTextContent('1');
    expect(marker).toHaveAttribute('title', expect.stringContaining('unknown node "nowhere-node"'));
    expect(graphNode('opening')).toHaveAttribute('aria-label', expect.stringMatching(/1 problem: .*nowhere-node/));
    expect(graphNode('still-angry').querySelector('.graph-node__problems')).toBeNull();
  });

  it('opens a node’s form when the node is focused with Tab and Enter is pressed', async () => {
    const { user } = await renderEditor(broadband());
    graphNode('account-check').focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Customer turn: account-check' })).toHaveFocus();
    expect(graphNode('account-check').querySelector('.graph-node')).toHaveClass('is-selected');
  });

  it('lists problems about the scenario itself by field, with the line and (in the tooltip) file:line:column', async () => {
    const { user } = await renderEditor(broadband());
    await user.clear(screen.getByLabelText('Title'));
    const summary = screen.getByRole('region', { name: '⚠ 1 problem' });
    const list = within(summary).getByRole('list', { name: 'Problems in the scenario settings' });
    expect(list).toHaveTextContent(/^Title: title must not be empty \(line 4\)$/);
    expect(within(list).getByRole('button')).toHaveAttribute(
      'title',
      'double-charged-broadband.json:4:12 $.title: title must not be empty',
    );
  });

  it('lists the nodes with problems as links that open them, the field showing its problem', async () => {
    const { user } = await renderEditor(brokenNextFile());
    const nodes = screen.getByRole('list', { name: 'Nodes with problems' });
    await user.click(within(nodes).getByRole('button', { name: 'opening' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Customer turn: opening' })).toBeInTheDocument();
    expect(screen.getByLabelText('Choice 1: leads to')).toHaveAccessibleDescription('unknown node "nowhere-node"');
  });

  it('adds a node from the toolbar, opens it, and marks what it still needs', async () => {
    const { user } = await renderEditor(broadband());
    await user.click(screen.getByText('Add node'));
    await user.click(screen.getByRole('button', { name: 'Ending' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Ending: ending' })).toBeInTheDocument();
    // Both at once: the empty closing line (the schema) and that nothing leads there yet (the graph).
    expect(graphNode('ending').querySelector('.graph-node__problems')).toHaveAttribute(
      'title',
      'closing line must not be empty\nnode "ending" cannot be reached from the start',
    );
  });
});
