import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AttemptDetail } from '@api';
import { averageScores } from '../../engine/play/player';
import type { Scenario } from '../../engine/scenario/format';
import { useRouteStore } from '../../renderer/src/stores/route-store';
import { createMemoryApi, type MemoryApi } from './memory-api';
import { renderApp } from './render-app';
import { playThrough } from './play-through';
import { broadband } from './scenario-files';

const TRAINEE = 'Amina Yusuf';
const TYPED = "I'm so sorry, Ms Okafor, I can see you've been charged twice. I'll sort this out for you now.";

async function finishedAttempt(): Promise<{ api: MemoryApi; scenario: Scenario; attempt: AttemptDetail }> {
  const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
  const scenario = api.entries[0]!.scenario!;
  const attempt = await playThrough(api, scenario, TRAINEE, ['procedure-first', `text:${TYPED}`]);
  return { api, scenario, attempt };
}

async function openScorecard(api: MemoryApi, attempt: AttemptDetail) {
  useRouteStore.getState().navigate({ name: 'scorecard', attemptId: attempt.id });
  const view = renderApp(api);
  await screen.findByRole('heading', { level: 1, name: 'Scorecard: Charged twice for broadband' });
  return view;
}

const turnArticle = (n: number) => screen.getByRole('article', { name: `Turn ${n}` });

describe('ScorecardScreen', () => {
  it('shows the outcome, closing line, debrief, the three overall scores and the weakest dimension', async () => {
    const { api, attempt } = await finishedAttempt();
    await openScorecard(api, attempt);
    const overall = averageScores(attempt.turns);

    const ending = screen.getByRole('region', { name: /How it ended/ });
    const outcomeLabel = {
      resolved: 'Resolved',
      escalated: 'Escalated',
      'follow-up': 'Follow-up needed',
      'customer-lost': 'Customer lost',
    };
    expect(ending).toHaveTextContent(outcomeLabel[attempt.outcome!]);
    expect(within(ending).getByText(attempt.state.closingLine!)).toBeInTheDocument();
    expect(within(ending).getByText(attempt.state.debrief!)).toBeInTheDocument();

    const scores = screen.getByRole('list', { name: 'Overall scores' });
    for (const [name, value] of [
      ['Respect', overall.respect],
      ['Helpfulness', overall.helpfulness],
      ['Empathy', overall.empathy],
    ] as const) {
      const meter = within(scores).getByRole('meter', { name });
      expect(meter).toHaveAttribute('aria-valuenow', String(value));
      expect(meter).toHaveTextContent(`${value}/100`);
    }
    const weakest = (['respect', 'helpfulness', 'empathy'] as const).reduce((a, b) => (overall[b] < overall[a] ? b : a));
    expect(screen.getByText(`Focus next on ${weakest} (${overall[weakest]}/100).`)).toBeInTheDocument();
  });

  it('reviews every turn: what was said, the reply, its scores, feedback and model reply', async () => {
    const { api, attempt } = await finishedAttempt();
    await openScorecard(api, attempt);

    expect(screen.getAllByRole('article')).toHaveLength(attempt.turns.length);
    const first = turnArticle(1);
    expect(first).toHaveTextContent("Do you people even check what you're doing?");
    expect(first).toHaveTextContent('Can I have your account number please?');
    expect(within(first).getByRole('meter', { name: 'Respect' })).toHaveAttribute('aria-valuenow', '60');
    expect(within(first).getByRole('meter', { name: 'Empathy' })).toHaveAttribute('aria-valuenow', '15');
    expect(first).toHaveTextContent('Polite and correct, but it ignores how she feels.');
    // The model reply for a choice turn is its best authored choice.
    const model = within(first).getByRole('heading', { name: 'Model reply' }).parentElement!;
    expect(model).toHaveTextContent("I'm really sorry, Ms Okafor: being charged twice with rent due on Friday is stressful");
  });

  it('says on each turn why the customer reacted as they did: the branch a typed reply took, or the reply chosen', async () => {
    const { api, attempt } = await finishedAttempt();
    await openScorecard(api, attempt);

    // A listed reply leads where its author sent it; the scorecard says how the customer took it.
    const first = within(turnArticle(1)).getByRole('heading', { name: 'Why Denise reacted this way' }).parentElement!;
    expect(first).toHaveTextContent(/Denise’s mood rose from furious to angry after the reply you chose\.$/);
    // A typed reply took the last branch because it cleared the escalation line (empathy below 35).
    const second = within(turnArticle(2)).getByRole('heading', { name: 'Why Denise reacted this way' }).parentElement!;
    expect(second).toHaveTextContent(
      /^Why Denise reacted this wayDenise’s mood rose from angry to frustrated because your reply showed enough understanding of how Denise felt \(empathy \d+; 35 needed\)\.$/,
    );
  });

  it('says where a listed reply stood in the order the trainee saw, and marks a typed one as their own words', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE, drawChoiceSeed: () => 6 });
    const scenario = api.entries[0]!.scenario!;
    const attempt = await playThrough(api, scenario, TRAINEE, ['own-it']);
    const shown = attempt.turns[0]!.shownChoiceIds!;
    expect(shown).toHaveLength(3);
    await openScorecard(api, attempt);

    const position = shown.indexOf('own-it') + 1;
    expect(turnArticle(1)).toHaveTextContent(`You chose option ${position} of 3 as shown`);
    const typed = attempt.turns.findIndex((t) => t.scoredBy === 'scorer');
    expect(turnArticle(typed + 1)).toHaveTextContent('You typed your own reply');
  });

  it('lists the scorer’s evidence by dimension, the key points covered and missed, and suggestions', async () => {
    const { api, attempt } = await finishedAttempt();
    await openScorecard(api, attempt);
    const typed = attempt.turns[1]!;
    expect(typed.scoredBy).toBe('scorer');
    expect(typed.evidence.length).toBeGreaterThan(0);

    const second = turnArticle(2);
    expect(second).toHaveTextContent(TYPED);
    const evidence = within(second).getByRole('heading', { name: 'Evidence' }).parentElement!;
    for (const e of typed.evidence) {
      const list = within(evidence).getByRole('list', { name: e.dimension.charAt(0).toUpperCase() + e.dimension.slice(1) });
      const item = within(list).getByText(e.reason).closest('li')!;
      expect(item).toHaveTextContent(e.points > 0 ? `+${e.points}` : `−${Math.abs(e.points)}`);
      if (e.phrase) expect(item.querySelector('q')!.textContent!.toLowerCase()).toBe(e.phrase);
    }
    const keyPoints = within(second).getByRole('heading', { name: 'Key points' }).parentElement!;
    for (const k of typed.keyPoints) {
      const item = within(keyPoints).getByText(k.description, { exact: false }).closest('li')!;
      expect(item).toHaveTextContent(k.covered ? 'Covered' : k.partly ? 'Partly' : 'Missed');
    }
    for (const s of typed.suggestions) expect(within(second).getByText(s)).toBeInTheDocument();
    expect(second).toHaveTextContent("I am listening, Ms Okafor, and I'm sorry you've had to say it twice.");
  });

  it('quotes the evidence and key points as the trainee wrote them, and says how each reply was made', async () => {
    const { api, attempt } = await finishedAttempt();
    await openScorecard(api, attempt);

    const second = turnArticle(2);
    const quotes = [...second.querySelectorAll('q')].map((q) => q.textContent);
    expect(quotes).toEqual(
      expect.arrayContaining([
        "I'm so sorry",
        'Okafor',
        "I'm so sorry, Ms Okafor, I can see you've been charged twice.",
        "I'll sort this out for you now.",
      ]),
    );
    expect(quotes.filter((q) => /\bi'|\bokafor|\bms\b/.test(q!))).toEqual([]);
    const keyPoints = within(second).getByRole('heading', { name: 'Key points' }).parentElement!;
    expect(keyPoints).toHaveTextContent("(you said I'm so sorry, Ms Okafor, I can see you've been charged twice.)");
    expect(within(second).getByText('You typed your own reply')).toBeInTheDocument();
    expect(within(turnArticle(1)).getByText(/^You chose (?:a listed reply|option [1-3] of 3 as shown)$/)).toBeInTheDocument();
  });

  it('retries from a chosen turn, carrying the turns before it into a new attempt', async () => {
    const { api, attempt } = await finishedAttempt();
    const startAttempt = vi.spyOn(api, 'startAttempt');
    const { user } = await openScorecard(api, attempt);

    const retryButtons = screen.getAllByRole('button', { name: 'Retry from this turn' });
    expect(retryButtons).toHaveLength(attempt.turns.length);
    expect(retryButtons[1]).toHaveAccessibleDescription('Turn 2');
    await user.click(retryButtons[1]!);

    expect(startAttempt).toHaveBeenCalledWith({
      scenarioId: 'double-charged-broadband',
      traineeName: TRAINEE,
      retryOf: { attemptId: attempt.id, fromTurn: 1 },
    });
    await screen.findByRole('heading', { level: 1, name: 'Charged twice for broadband' });
    const log = screen.getByRole('log');
    expect(log).toHaveTextContent('Can I have your account number please?');
    expect(log).toHaveTextContent("It's 4471 0923. Are you even listening?");
    expect(screen.getByRole('textbox', { name: 'Write your reply to Denise Okafor' })).toHaveFocus();
  });

  it('retries from the start and goes back to the library', async () => {
    const { api, attempt } = await finishedAttempt();
    const startAttempt = vi.spyOn(api, 'startAttempt');
    const { user } = await openScorecard(api, attempt);

    await user.click(screen.getByRole('button', { name: 'Retry from the start' }));
    expect(startAttempt).toHaveBeenCalledWith(expect.objectContaining({ retryOf: { attemptId: attempt.id, fromTurn: 0 } }));
    await screen.findByRole('heading', { level: 1, name: 'Charged twice for broadband' });
    expect(screen.getAllByRole('radio')).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Library' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Scenario library' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue the conversation' })).toBeInTheDocument();
  });
});
