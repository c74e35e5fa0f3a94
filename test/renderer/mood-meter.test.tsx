import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startPlay, takeTurn } from '../../engine/play/player';
import type { PlayState } from '../../engine/play/types';
import type { Scenario } from '../../engine/scenario/format';
import { validateScenarioText } from '../../engine/scenario/validate';
import { MoodMeter } from '../../renderer/src/components/play/mood-meter';
import { PersonaPanel } from '../../renderer/src/components/play/persona-panel';
import { bundledScenarioFile } from './scenario-files';

function bundled(name: string): Scenario {
  const { file, text } = bundledScenarioFile(`${name}.json`);
  return validateScenarioText(file, text).scenario!;
}

/** Plays the given authored choices from the start, as the trainee would. */
function play(scenario: Scenario, choiceIds: string[]): PlayState {
  return choiceIds.reduce((state, choiceId) => takeTurn(scenario, state, { kind: 'choice', choiceId }), startPlay(scenario));
}

function renderPanel(scenario: Scenario, state: PlayState) {
  render(<PersonaPanel scenario={scenario} mood={state.mood} lastTurn={state.turns.at(-1)} outcome={state.outcome} />);
  return document.querySelector('.mood-meter__trend');
}

describe('the mood panel', () => {
  it('never says "better" in green after two rude replies that lost the customer', () => {
    const cafe = bundled('small-cafe-estimated-bill');
    // Furious before the second template reply; "angry" at the customer-lost ending is a step up the scale.
    const state = play(cafe, ['template', 'portal-again']);
    expect(state.outcome).toBe('customer-lost');
    expect(state.turns.at(-1)!.mood).toBe('furious');
    expect(state.mood).toBe('angry');

    const trend = renderPanel(cafe, state);

    expect(screen.queryByText(/better/i)).not.toBeInTheDocument();
    expect(trend).toHaveTextContent('Worse than before (was furious)');
    expect(trend).toHaveClass('mood-meter__trend--worse');
  });

  it('says a rude reply made things worse even when the next mood sits higher on the scale', () => {
    const reset = bundled('password-reset-not-good-with-computers');
    const state = play(reset, ['patronising']); // anxious, then "upset": further along the scale
    expect(state.outcome).toBeUndefined();

    const trend = renderPanel(reset, state);

    expect(trend).toHaveTextContent('Worse than before (was anxious)');
    expect(trend).toHaveClass('mood-meter__trend--worse');
  });

  it('says "no better" when a poor reply leaves the customer where they were', () => {
    const scores = { respect: 30, helpfulness: 20, empathy: 10 };
    render(<MoodMeter mood="angry" lastTurn={{ mood: 'angry', scores }} customerName="Denise" />);

    expect(screen.getByText('No better after your reply')).toHaveClass('mood-meter__trend--worse');
  });

  it('shows no trend when a fair reply leaves the mood where it was', () => {
    const scores = { respect: 70, helpfulness: 60, empathy: 50 };
    render(<MoodMeter mood="angry" lastTurn={{ mood: 'angry', scores }} customerName="Denise" />);

    expect(document.querySelector('.mood-meter__trend')).toBeNull();
  });

  it('shows "better" in green when a good reply calmed the customer', () => {
    const broadband = bundled('double-charged-broadband');
    const state = play(broadband, ['own-it']);
    expect(state.turns[0]!.mood).toBe('furious');

    const trend = renderPanel(broadband, state);

    expect(trend).toHaveTextContent(/^Better than before \(was furious\)$/);
    expect(trend).toHaveClass('mood-meter__trend--better');
  });

  it('shows no trend before the first reply', () => {
    const broadband = bundled('double-charged-broadband');
    expect(renderPanel(broadband, startPlay(broadband))).toBeNull();
  });
});
