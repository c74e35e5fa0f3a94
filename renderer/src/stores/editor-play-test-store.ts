/**
 * The editor's play-test: the scenario as it is being written, played by the engine right here in
 * the renderer (startPlay, takeTurn with the real scorer), from its start or from any customer
 * turn. Nothing goes through the Api, so no attempt is ever recorded.
 */
import { startPlay, takeTurn } from '../../../engine/play/player';
import type { PlayState, Reply } from '../../../engine/play/types';
import type { Scenario } from '../../../engine/scenario/format';
import { describeError } from '../api/api-call-error';
import { createResettableStore } from './resettable-store';

interface PlayTestState {
  /** The scenario as it was when the play-test began (the editor is hidden meanwhile). */
  scenario: Scenario | null;
  /** The customer turn the play-test starts from. */
  from: string | null;
  state: PlayState | null;
  error: string | null;
  /** Starts playing `scenario` at node `from` (its start when omitted). */
  start: (scenario: Scenario, from?: string) => void;
  reply: (reply: Reply) => void;
  restart: () => void;
  close: () => void;
}

const initial = { scenario: null, from: null, state: null, error: null };

/** A conversation from `from`, with the customer in their starting mood unless that turn sets one. */
function begin(scenario: Scenario, from: string): { state: PlayState | null; error: string | null } {
  try {
    return { state: startPlay(scenario, { nodeId: from, mood: scenario.persona.startingMood, carried: [] }), error: null };
  } catch (error) {
    return { state: null, error: `The play-test cannot start at "${from}": ${describeError(error)}.` };
  }
}

export const usePlayTestStore = createResettableStore<PlayTestState>((set, get) => ({
  ...initial,
  start: (scenario, from = scenario.start) => set({ scenario, from, ...begin(scenario, from) }),
  reply: (reply) => {
    const { scenario, state } = get();
    if (!scenario || !state) return;
    try {
      set({ state: takeTurn(scenario, state, reply), error: null });
    } catch (error) {
      // Usually an arrow to a node that does not exist yet: say so and let the trainer go back and fix it.
      set({ error: `That reply could not be played: ${describeError(error)}. Fix it in the editor and play-test again.` });
    }
  },
  restart: () => {
    const { scenario, from } = get();
    if (scenario && from !== null) set(begin(scenario, from));
  },
  close: () => set(initial),
}));
