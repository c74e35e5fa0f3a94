import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRouteStore } from '../../renderer/src/stores/route-store';
import { HOSTILE_MARKUP, withMarkupInEveryTextField } from '../fixtures/hostile-scenario';
import { createMemoryApi } from './memory-api';
import { playThrough } from './play-through';
import { findLibrary, renderApp } from './render-app';
import { broadband } from './scenario-files';

const TRAINEE = 'Amina Yusuf';

/** The bundled broadband scenario with `<img src=x onerror=alert(1)>` after every piece of prose. */
function hostileFile() {
  const scenario = withMarkupInEveryTextField(JSON.parse(broadband().text));
  return { file: 'scenarios/hostile.json', text: JSON.stringify(scenario, null, 2) };
}

/** Markup from a scenario must never become elements: no image, no script, no handler. */
function expectNoInjectedElements() {
  expect(document.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
  expect(document.querySelectorAll('[onerror], [onload], [onclick]')).toHaveLength(0);
}

describe('scenario text is always shown as text', () => {
  it('shows markup in the library card’s title, description and customer as the characters written', async () => {
    renderApp(createMemoryApi({ files: [hostileFile()], traineeName: TRAINEE }));
    await findLibrary();

    const card = screen.getByRole('article');
    expect(card).toHaveTextContent(`Charged twice for broadband ${HOSTILE_MARKUP}`);
    expect(card.textContent!.split(HOSTILE_MARKUP).length).toBeGreaterThan(2);
    expectNoInjectedElements();
  });

  it('shows markup in the customer’s lines and the persona while playing', async () => {
    const { user } = renderApp(createMemoryApi({ files: [hostileFile()], traineeName: TRAINEE }));
    await findLibrary();

    await user.click(screen.getByRole('button', { name: 'Start' }));

    const lines = await screen.findAllByText((text) => text.includes(`Forty minutes I waited`) && text.includes(HOSTILE_MARKUP));
    expect(lines.length).toBeGreaterThan(0);
    const choices = screen.getAllByRole('radio');
    const markupInName = screen.getAllByRole('radio', { name: (name) => name.includes(HOSTILE_MARKUP) });
    expect(markupInName).toHaveLength(choices.length);
    expectNoInjectedElements();
  });

  it('shows markup in feedback, model replies and the debrief on the scorecard', async () => {
    const api = createMemoryApi({ files: [hostileFile()], traineeName: TRAINEE });
    const scenario = api.entries[0]!.scenario!;
    const attempt = await playThrough(api, scenario, TRAINEE);
    useRouteStore.getState().navigate({ name: 'scorecard', attemptId: attempt.id });
    renderApp(api);

    await screen.findByRole('heading', { level: 1, name: `Scorecard: ${scenario.title}` });

    expect(document.body.textContent!.split(HOSTILE_MARKUP).length).toBeGreaterThan(5);
    expectNoInjectedElements();
  });
});
