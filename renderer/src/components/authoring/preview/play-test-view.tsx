import { useEffect, useRef } from 'react';
import { currentTurn } from '../../../../../engine/play/player';
import type { CustomerTurn } from '../../../../../engine/scenario/format';
import { usePlayTestStore } from '../../../stores/editor-play-test-store';
import { Conversation } from '../../play/conversation';
import { conversationMessages } from '../../play/conversation-messages';
import { PersonaPanel } from '../../play/persona-panel';
import { ReplyArea } from '../../play/reply-area';
import { OutcomeBadge } from '../../scores/outcome-badge';
import { PlayTestTurns } from './play-test-turns';

function turnOrNothing(...args: Parameters<typeof currentTurn>): CustomerTurn | undefined {
  try {
    return currentTurn(...args);
  } catch {
    return undefined;
  }
}

/**
 * The play-test: the trainee's own player (channel-styled conversation, mood meter, numbered
 * choices, free text), driven by the engine in the editor, with each turn's scores beside it.
 * Nothing is recorded; Restart plays again from the same node.
 */
export function PlayTestView() {
  const scenario = usePlayTestStore((s) => s.scenario);
  const from = usePlayTestStore((s) => s.from);
  const state = usePlayTestStore((s) => s.state);
  const error = usePlayTestStore((s) => s.error);
  const reply = usePlayTestStore((s) => s.reply);
  const restart = usePlayTestStore((s) => s.restart);
  const close = usePlayTestStore((s) => s.close);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!scenario) return null;

  const turn = state ? turnOrNothing(scenario, state) : undefined;
  const lastTurn = state?.turns[state.turns.length - 1];
  return (
    <div className="play-test">
      <div className="play-test__bar">
        <div>
          <h1 ref={heading} tabIndex={-1} className="play-test__title">
            Play-test: {scenario.title || 'Untitled scenario'}
          </h1>
          <p className="play-test__note">
            From <strong>{from}</strong> · a preview: nothing is recorded and no attempt is saved.
          </p>
        </div>
        <div className="play-test__actions">
          <button type="button" className="button button--secondary" onClick={restart}>
            Restart
          </button>
          <button type="button" className="button button--primary" onClick={close}>
            Back to editing
          </button>
        </div>
      </div>
      {!state && error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {state && (
        <div className="play-test__layout">
          <PersonaPanel scenario={scenario} mood={state.mood} lastTurn={lastTurn} outcome={state.outcome} />
          <div className="play-layout__main">
            <Conversation
              scenario={scenario}
              messages={conversationMessages({ turns: state.turns, state }, scenario, null)}
              waiting={false}
              ended={Boolean(state.outcome)}
            />
            {turn && (
              <ReplyArea
                key={`${state.turns.length}:${state.nodeId}`}
                scenario={scenario}
                turn={turn}
                lastTurn={lastTurn}
                busy={false}
                error={error}
                onReply={(r) => reply(r)}
                scorecardAhead={false}
              />
            )}
            {!turn && !state.outcome && (
              <p className="notice notice--error" role="alert">
                The conversation reached “{state.nodeId}”, which is not a node of this scenario. Choose an existing target in the
                editor.
              </p>
            )}
            {state.outcome && (
              <section className="conversation-ended" aria-labelledby="play-test-ended">
                <h2 id="play-test-ended" className="conversation-ended__title">
                  The conversation has ended <OutcomeBadge outcome={state.outcome} />
                </h2>
                {state.debrief && <p>{state.debrief}</p>}
                <button type="button" className="button button--primary" onClick={restart}>
                  Play again from {from}
                </button>
              </section>
            )}
          </div>
          <PlayTestTurns turns={state.turns} />
        </div>
      )}
    </div>
  );
}
