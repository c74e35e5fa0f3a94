import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Api } from '@api';
import { shownChoices } from '../../engine/play/choice-order';
import { startPlay, takeTurn } from '../../engine/play/player';
import type { CustomerTurn, Scenario } from '../../engine/scenario/format';
import { ApiCallError } from '../../renderer/src/api/api-call-error';
import { resetStores } from '../../renderer/src/stores/resettable-store';
import { useRouteStore } from '../../renderer/src/stores/route-store';
import { createMemoryApi, type MemoryApi } from './memory-api';
import { findLibrary, renderApp } from './render-app';
import { broadband, variantOf, type ScenarioFile } from './scenario-files';

const TRAINEE = 'Amina Yusuf';
const STILL_ANGRY_LINE = "It's 4471 0923. Are you even listening? I said you've charged me twice.";

function scenarioOf(api: MemoryApi, id: string): Scenario {
  const scenario = api.entries.find((e) => e.scenario?.id === id)?.scenario;
  if (!scenario) throw new Error(`test scenario ${id} did not load`);
  return scenario;
}

/** Opens the library and starts the scenario with this title. */
async function startScenario(api: Api, title: string) {
  const view = renderApp(api);
  await findLibrary();
  await view.user.click(within(screen.getByRole('article', { name: title })).getByRole('button', { name: 'Start' }));
  await screen.findByRole('heading', { level: 1, name: title });
  return view;
}

const moodText = () => screen.getByRole('complementary').querySelector('.mood-meter__value')?.textContent;

describe('PlayScreen', () => {
  it('numbers the choices; pressing "2" picks the second and Enter sends it', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
    const recordTurn = vi.spyOn(api, 'recordTurn');
    const { user } = await startScenario(api, 'Charged twice for broadband');

    const choices = screen.getAllByRole('radio');
    expect(choices).toHaveLength(3);
    expect(choices[0]).toHaveFocus();
    const options = choices.map((radio) => radio.closest('label')!);
    expect(options.map((o) => o.querySelector('.choice__number')!.textContent)).toEqual(['1', '2', '3']);
    expect(options[1]).toHaveTextContent('Can I have your account number please?');

    await user.keyboard('2');
    expect(choices[1]).toBeChecked();
    expect(choices[0]).not.toBeChecked();
    expect(recordTurn).not.toHaveBeenCalled();

    await user.keyboard('{Enter}');
    await screen.findByText(STILL_ANGRY_LINE);
    expect(recordTurn).toHaveBeenCalledTimes(1);
    expect(recordTurn.mock.calls[0]![0]).toMatchObject({
      nodeId: 'opening',
      reply: { kind: 'choice', choiceId: 'procedure-first' },
    });
    expect(screen.getByRole('log')).toHaveTextContent('You Can I have your account number please?');
  });

  it('shows the choices in the order drawn for the attempt, and the number keys follow that order', async () => {
    // Seed 6 shows the opening as: procedure-first, calm-down, own-it (engine/play/choice-order.ts).
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE, drawChoiceSeed: () => 6 });
    const scenario = scenarioOf(api, 'double-charged-broadband');
    const opening = scenario.nodes.find((n) => n.id === 'opening') as CustomerTurn;
    const shown = shownChoices(opening, 6);
    expect(shown.map((c) => c.id)).not.toEqual(opening.choices!.map((c) => c.id));
    const recordTurn = vi.spyOn(api, 'recordTurn');
    const { user } = await startScenario(api, 'Charged twice for broadband');

    const options = screen.getAllByRole('radio').map((radio) => radio.closest('label')!);
    expect(options.map((o) => o.querySelector('.choice__text')!.textContent)).toEqual(shown.map((c) => c.text));

    await user.keyboard('3{Enter}');
    await waitFor(() => expect(recordTurn).toHaveBeenCalledTimes(1));
    expect(recordTurn.mock.calls[0]![0]).toMatchObject({ reply: { kind: 'choice', choiceId: shown[2]!.id } });
  });

  it('shows the mood moving along the scale, the last reply’s scores, and moves focus to the reply box', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
    const { user } = await startScenario(api, 'Charged twice for broadband');

    expect(moodText()).toBe('Furious');
    expect(screen.getByRole('meter', { name: 'Denise feels' })).toHaveAttribute('aria-valuenow', '1');

    await user.keyboard('2{Enter}');
    await screen.findByText(STILL_ANGRY_LINE);

    expect(moodText()).toBe('Angry');
    expect(screen.getByRole('meter', { name: 'Denise feels' })).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^angry, 2 of 12/),
    );
    expect(screen.getByText('Better than before (was furious)')).toBeInTheDocument();

    const last = screen.getByRole('list', { name: 'Scores for your last reply' });
    expect(within(last).getByRole('meter', { name: 'Respect' })).toHaveAttribute('aria-valuenow', '60');
    expect(within(last).getByRole('meter', { name: 'Helpfulness' })).toHaveAttribute('aria-valuenow', '55');
    expect(within(last).getByRole('meter', { name: 'Empathy' })).toHaveAttribute('aria-valuenow', '15');
    expect(screen.getByText('See details on the scorecard when the conversation ends.')).toBeInTheDocument();
    expect(screen.getByText(/see details on the scorecard/i)).toBeInTheDocument();

    expect(screen.getByRole('textbox', { name: 'Write your reply to Denise Okafor' })).toHaveFocus();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
  });

  it('sends a typed reply on Enter but not on Shift+Enter, scored and branched by the real engine', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
    const recordTurn = vi.spyOn(api, 'recordTurn');
    const scenario = scenarioOf(api, 'double-charged-broadband');
    const { user } = await startScenario(api, 'Charged twice for broadband');
    await user.keyboard('2{Enter}');
    const box = await screen.findByRole('textbox', { name: 'Write your reply to Denise Okafor' });
    recordTurn.mockClear();

    await user.type(box, "I'm sorry, Ms Okafor.{Shift>}{Enter}{/Shift}I can see the two payments of 49.99");
    expect(recordTurn).not.toHaveBeenCalled();
    expect(box).toHaveValue("I'm sorry, Ms Okafor.\nI can see the two payments of 49.99");
    expect(screen.getByText('57 characters')).toBeInTheDocument();

    await user.type(box, " and I'll sort this out for you now.{Enter}");
    const text = "I'm sorry, Ms Okafor.\nI can see the two payments of 49.99 and I'll sort this out for you now.";
    expect(recordTurn).toHaveBeenCalledWith(expect.objectContaining({ nodeId: 'still-angry', reply: { kind: 'text', text } }));

    // Where the customer goes next is the engine's decision: compute it independently.
    const afterChoice = takeTurn(scenario, startPlay(scenario), { kind: 'choice', choiceId: 'procedure-first' });
    const expected = takeTurn(scenario, afterChoice, { kind: 'text', text });
    const next = scenario.nodes.find((n) => n.id === expected.nodeId) as CustomerTurn;
    expect(await screen.findByText(next.lines[0]!)).toBeInTheDocument();
    const last = screen.getByRole('list', { name: 'Scores for your last reply' });
    expect(within(last).getByRole('meter', { name: 'Empathy' })).toHaveAttribute(
      'aria-valuenow',
      String(expected.turns[1]!.scores.empathy),
    );
  });

  it('keeps the typed text and says why when recording the reply fails', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
    const { user } = await startScenario(api, 'Charged twice for broadband');
    await user.keyboard('2{Enter}');
    const box = await screen.findByRole('textbox', { name: 'Write your reply to Denise Okafor' });

    vi.spyOn(api, 'recordTurn').mockRejectedValueOnce(new ApiCallError('unavailable', "Rapport's server cannot be reached"));
    await user.type(box, 'I can see you were charged twice and I will fix it.{Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent("Your reply was not sent: Rapport's server cannot be reached");
    expect(box).toHaveValue('I can see you were charged twice and I will fix it.');
    expect(box).toBeEnabled();
    expect(box).toHaveFocus();
    expect(screen.queryByText(/is speaking…/)).not.toBeInTheDocument();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByText(STILL_ANGRY_LINE)).toBeInTheDocument());
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(screen.getByRole('log')).toHaveTextContent('I can see you were charged twice and I will fix it.');
  });

  it('shows the customer typing in a chat while the reply is being recorded', async () => {
    const chat: ScenarioFile = variantOf(broadband(), 'chat.json', {
      id: 'chat-broadband',
      title: 'Broadband by chat',
      channel: 'chat',
    });
    const api = createMemoryApi({ files: [chat], traineeName: TRAINEE });
    let release: () => void = () => {};
    const real = api.recordTurn.bind(api);
    vi.spyOn(api, 'recordTurn').mockImplementationOnce(async (args) => {
      await new Promise<void>((resolve) => (release = resolve));
      return real(args);
    });
    const { user } = await startScenario(api, 'Broadband by chat');
    expect(screen.getByRole('heading', { name: 'Chat with Denise Okafor' })).toBeInTheDocument();

    await user.keyboard('1{Enter}');
    expect(await screen.findByText('Denise is typing…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeDisabled();
    expect(screen.getByRole('log')).toHaveTextContent('Sending…');

    release();
    expect(await screen.findByText(/So spell it out for me: what exactly happens with my money now\?/)).toBeInTheDocument();
    expect(screen.queryByText('Denise is typing…')).not.toBeInTheDocument();
  });

  it('lays out a phone call as a transcript and an email as cards with From, To and Subject', async () => {
    const phone = await startScenario(
      createMemoryApi({ files: [broadband()], traineeName: TRAINEE }),
      'Charged twice for broadband',
    );
    expect(screen.getByRole('heading', { name: 'Call in progress with Denise Okafor' })).toBeInTheDocument();
    expect(screen.getByRole('log').querySelector('.call__speaker')).toHaveTextContent('Denise Okafor');
    phone.unmount();
    resetStores();

    const email = variantOf(broadband(), 'email.json', { id: 'email-broadband', title: 'Broadband by email', channel: 'email' });
    await startScenario(createMemoryApi({ files: [email], traineeName: TRAINEE }), 'Broadband by email');
    const card = screen.getByRole('log').querySelector('.email')! as HTMLElement;
    expect(within(card).getByText('From').nextSibling).toHaveTextContent('Denise Okafor');
    expect(within(card).getByText('To').nextSibling).toHaveTextContent('Customer support');
    expect(within(card).getByText('Subject').nextSibling).toHaveTextContent('Broadband by email');
  });

  it('plays to the end from the keyboard, shows the closing line, then opens the scorecard', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
    const scenario = scenarioOf(api, 'double-charged-broadband');
    const { user } = await startScenario(api, 'Charged twice for broadband');

    for (let turn = 0; turn < 12 && !screen.queryByRole('button', { name: 'See your scorecard' }); turn++) {
      if (screen.queryAllByRole('radio').length > 0) {
        await user.keyboard('1{Enter}');
      } else {
        const box = screen.getByRole('textbox');
        const node = scenario.nodes.find(
          (n) => n.kind === 'customer' && n.lines.some((l) => screen.queryByText(l)) && n.freeText,
        );
        await user.type(
          box,
          `${(node as CustomerTurn | undefined)?.freeText?.modelReply ?? 'I will sort this out for you now.'}{Enter}`,
        );
      }
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Sending…' })).not.toBeInTheDocument());
    }

    const toScorecard = screen.getByRole('button', { name: 'See your scorecard' });
    expect(toScorecard).toHaveFocus();
    // The scorecard is one click away now: no "when the conversation ends" any more.
    expect(screen.getByRole('list', { name: 'Scores for your last reply' })).toBeInTheDocument();
    expect(screen.queryByText(/See details on the scorecard/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /The conversation has ended/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Call ended with Denise Okafor' })).toBeInTheDocument();
    const [attempt] = await api.listAttempts({ traineeName: TRAINEE });
    const detail = await api.getAttempt({ attemptId: attempt!.id });
    expect(screen.getByRole('log')).toHaveTextContent(detail.state.closingLine!);

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Scorecard: Charged twice for broadband' })).toBeInTheDocument();
  });

  it('stays in the conversation on Escape, with a choice or the transcript focused', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
    const { user } = await startScenario(api, 'Charged twice for broadband');
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard('2{Enter}');
    await screen.findByText(STILL_ANGRY_LINE);
    screen.getByRole('log').focus();
    await user.keyboard('{Escape}');

    expect(screen.getByRole('heading', { level: 1, name: 'Charged twice for broadband' })).toBeInTheDocument();
    expect(screen.getByText(STILL_ANGRY_LINE)).toBeInTheDocument();
    expect(useRouteStore.getState().route.name).toBe('play');
  });

  it('leaves for now (the conversation waits in the library) and can be ended early', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
    const abandonAttempt = vi.spyOn(api, 'abandonAttempt');
    const { user } = await startScenario(api, 'Charged twice for broadband');
    await user.keyboard('2{Enter}');
    await screen.findByText(STILL_ANGRY_LINE);

    await user.click(screen.getByRole('button', { name: 'Leave for now' }));
    await findLibrary();
    expect(screen.getByText(/You left/)).toHaveTextContent('You left Charged twice for broadband after 1 reply.');

    await user.click(screen.getByRole('button', { name: 'Continue the conversation' }));
    expect(await screen.findByText(STILL_ANGRY_LINE)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'End conversation' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Scorecard: Charged twice for broadband' })).toBeInTheDocument();
    expect(abandonAttempt).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: /Where it stands/ })).toHaveTextContent('Ended early');
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });
});
