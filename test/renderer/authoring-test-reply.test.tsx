import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scoreReply } from '../../engine/scoring/score-reply';
import { edited, graphNode, renderEditor } from './authoring-editor';
import { layOutReactFlowInJsdom } from './react-flow-in-jsdom';
import { broadband } from './scenario-files';

layOutReactFlowInJsdom();

const REPLY = "I'm so sorry, Ms Okafor, I can see the two payments of 49.99 and I'll sort this out for you right now.";

describe('Test a reply', () => {
  it('scores a sample reply as the player would, as it is typed, and says where it would lead', async () => {
    const { user } = await renderEditor(broadband());
    graphNode('still-angry').focus();
    await user.keyboard('{Enter}');
    const panel = screen.getByRole('region', { name: 'Test a reply' });
    await user.click(within(panel).getByRole('textbox'));
    await user.paste(REPLY);

    const turn = edited().nodes[1]!;
    if (turn.kind !== 'customer') throw new Error('still-angry is a customer turn');
    const expected = scoreReply(REPLY, {
      customer: turn.lines.join('\n'),
      keyPoints: turn.freeText!.keyPoints,
      avoid: turn.freeText!.avoid,
      mood: 'angry',
      customerName: 'Denise Okafor',
    });
    const scores = await within(panel).findByRole('list', { name: 'Scores for the sample reply' });
    expect(within(scores).getByRole('meter', { name: 'Respect' })).toHaveAttribute(
      'aria-valuenow',
      String(expected.scores.respect),
    );
    expect(within(scores).getByRole('meter', { name: 'Empathy' })).toHaveAttribute(
      'aria-valuenow',
      String(expected.scores.empathy),
    );
    const covered = expected.keyPoints.filter((k) => k.covered).map((k) => k.description);
    expect(covered.length).toBeGreaterThan(0);
    for (const description of covered) expect(keyPoint(description)).toHaveTextContent(/^✓ Covered/);
    // Named and sorry: empathy well above the turn's "below 35" branch, so the default branch.
    expect(within(panel).getByText(/Goes to/)).toHaveTextContent(/^Goes to account-check/);
  });

  it('says a cold reply takes the escalating branch', async () => {
    const { user } = await renderEditor(broadband());
    graphNode('still-angry').focus();
    await user.keyboard('{Enter}');
    const panel = screen.getByRole('region', { name: 'Test a reply' });
    await user.click(within(panel).getByRole('textbox'));
    await user.paste('Calm down, it is not my department. Read the terms next time.');

    await within(panel).findByRole('list', { name: 'Scores for the sample reply' });
    expect(within(panel).getByText(/Goes to/)).toHaveTextContent(/^Goes to escalating/);
  });

  it('follows the key points as they are edited', async () => {
    const { user } = await renderEditor(broadband());
    graphNode('still-angry').focus();
    await user.keyboard('{Enter}');
    const panel = screen.getByRole('region', { name: 'Test a reply' });
    await user.click(within(panel).getByRole('textbox'));
    await user.paste('Your parcel will arrive on Tuesday.');
    expect(within(panel).queryByText(/Mentions the delivery day/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add a key point' }));
    await user.click(screen.getByLabelText('Key point 3: description'));
    await user.paste('Mentions the delivery day');
    await user.click(screen.getByLabelText('Example 1 of key point 3'));
    await user.paste('it will arrive on Tuesday');
    expect(keyPoint('Mentions the delivery day')).toHaveTextContent(/^✓ Covered/);
  });
});

/** The "Test a reply" result line for one key point. */
function keyPoint(description: string): HTMLElement {
  const panel = screen.getByRole('region', { name: 'Test a reply' });
  const found = [...panel.querySelectorAll<HTMLElement>('.key-point')].find((li) => li.textContent?.includes(description));
  if (!found) throw new Error(`no key point "${description}" in the Test a reply panel`);
  return found;
}
