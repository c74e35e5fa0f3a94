import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { graphNode, renderEditor } from './authoring-editor';
import { layOutReactFlowInJsdom } from './react-flow-in-jsdom';
import { broadband } from './scenario-files';

layOutReactFlowInJsdom();

describe('play-testing in the editor', () => {
  it('plays from the start like the trainee’s player, with number keys, shows each turn’s scores, and records nothing', async () => {
    const { user, api } = await renderEditor(broadband());
    const recorded = [vi.spyOn(api, 'startAttempt'), vi.spyOn(api, 'recordTurn'), vi.spyOn(api, 'saveScenarioFile')];
    await user.click(screen.getByRole('button', { name: 'Play-test' }));

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Play-test: Charged twice for broadband');
    expect(screen.getByRole('log', { name: 'Conversation' })).toHaveTextContent(/Forty minutes I waited/);
    expect(screen.getByRole('meter', { name: 'Denise feels' })).toHaveAttribute('aria-valuenow', '1');

    await user.keyboard('2{Enter}');
    expect(await screen.findByText(/Are you even listening\?/)).toBeInTheDocument();
    const turns = screen.getByRole('region', { name: 'Scores per turn' });
    expect(within(turns).getByText('opening').closest('li')).toHaveTextContent('opening → still-angry');
    const first = within(turns).getByRole('list', { name: 'Scores for turn 1' });
    expect(within(first).getByRole('meter', { name: 'Respect' })).toHaveAttribute('aria-valuenow', '60');
    // A play-test ends without a scorecard, so nothing points to one.
    expect(screen.getByRole('list', { name: 'Scores for your last reply' })).toBeInTheDocument();
    expect(screen.queryByText(/See details on the scorecard/)).not.toBeInTheDocument();

    await user.type(
      screen.getByRole('textbox', { name: /write your reply/i }),
      "I'm sorry, I can see you were charged twice. I'll refund it now.{Enter}",
    );
    expect(within(turns).getByText('still-angry').closest('li')).toHaveTextContent(/Typed reply · \d of 2 key points/);

    await user.click(screen.getByRole('button', { name: 'Restart' }));
    expect(within(screen.getByRole('region', { name: 'Scores per turn' })).queryAllByRole('listitem')).toHaveLength(0);
    for (const spy of recorded) expect(spy).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Back to editing' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Charged twice for broadband');
  });

  it('starts from any customer turn and plays on to an ending', async () => {
    const { user } = await renderEditor(broadband());
    graphNode('closing').focus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Play-test from here' }));
    expect(screen.getByText(/From/)).toHaveTextContent('From closing');

    await user.keyboard('1{Enter}');
    expect(await screen.findByRole('heading', { name: /The conversation has ended/ })).toHaveTextContent('Resolved');
    expect(screen.getByRole('button', { name: 'Play again from closing' })).toBeInTheDocument();

    // Escape ends the play-test, not the editing session.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Charged twice for broadband');
  });

  it('says so when a reply leads to a node that does not exist, and lets the trainer pick another reply', async () => {
    const { user } = await renderEditor(broadband());
    graphNode('account-check').focus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Play-test' }));

    await user.keyboard('1{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That reply could not be played: scenario "double-charged-broadband" has no node "account-check". Fix it in the editor and play-test again.',
    );
    await user.keyboard('2{Enter}');
    expect(await screen.findByText(/Are you even listening\?/)).toBeInTheDocument();
  });
});
