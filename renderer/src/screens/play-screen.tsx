import { useApi } from '../api/api-context';
import { goBack } from '../app/go-back';
import { ErrorNotice } from '../components/common/error-notice';
import { LoadingState } from '../components/common/loading-state';
import { ScreenHeading } from '../components/common/screen-heading';
import { Conversation } from '../components/play/conversation';
import { ConversationEnded } from '../components/play/conversation-ended';
import { conversationMessages } from '../components/play/conversation-messages';
import { PersonaPanel } from '../components/play/persona-panel';
import { ReplyArea } from '../components/play/reply-area';
import { currentTurn } from '../../../engine/play/player';
import { selectScenarioById } from '../stores/library-selectors';
import { useLibraryStore } from '../stores/library-store';
import { usePlayStore } from '../stores/play-store';
import { useRouteStore } from '../stores/route-store';
import { useScorecardStore } from '../stores/scorecard-store';

/** The conversation itself: who the customer is, what has been said, and the trainee's reply. */
export function PlayScreen() {
  const api = useApi();
  const attempt = usePlayStore((s) => s.attempt);
  const busy = usePlayStore((s) => s.busy);
  const pendingReply = usePlayStore((s) => s.pendingReply);
  const error = usePlayStore((s) => s.error);
  const reply = usePlayStore((s) => s.reply);
  const abandon = usePlayStore((s) => s.abandon);
  const resetPlay = usePlayStore((s) => s.reset);
  const libraryStatus = useLibraryStore((s) => s.status);
  const scenario = useLibraryStore(selectScenarioById(attempt?.scenarioId ?? ''));
  const navigate = useRouteStore((s) => s.navigate);
  const showScorecard = useScorecardStore((s) => s.show);

  if (!attempt) {
    return (
      <div className="screen">
        <ScreenHeading>No conversation in progress</ScreenHeading>
        <button type="button" className="button button--primary" onClick={() => navigate({ name: 'library' })}>
          Choose a scenario
        </button>
      </div>
    );
  }
  if (!scenario) {
    if (libraryStatus === 'loading' || libraryStatus === 'idle') return <LoadingState label="Loading the scenario…" />;
    return (
      <div className="screen">
        <ScreenHeading>{attempt.scenarioTitle}</ScreenHeading>
        <ErrorNotice
          title="This scenario is no longer in the library"
          message={`Scenario "${attempt.scenarioId}" could not be found; it may have been removed or broken.`}
        />
      </div>
    );
  }

  const { state, turns } = attempt;
  const turn = currentTurn(scenario, state);
  const lastTurn = turns[turns.length - 1];
  const messages = conversationMessages(attempt, scenario, pendingReply);
  const toScorecard = () => {
    showScorecard(attempt);
    resetPlay();
    navigate({ name: 'scorecard', attemptId: attempt.id }, { replace: true });
  };
  const endEarly = async () => {
    const attemptId = attempt.id;
    if (await abandon(api)) navigate({ name: 'scorecard', attemptId }, { replace: true });
  };

  return (
    <div className="screen play-screen">
      <div className="play-screen__top">
        <ScreenHeading focusOnMount={false}>{scenario.title}</ScreenHeading>
        {!state.outcome && (
          <div className="play-screen__actions">
            <button type="button" className="button button--quiet" onClick={goBack}>
              Leave for now
            </button>
            <button type="button" className="button button--quiet" disabled={busy} onClick={() => void endEarly()}>
              End conversation
            </button>
          </div>
        )}
      </div>
      <div className="play-layout">
        <PersonaPanel scenario={scenario} mood={state.mood} lastTurn={lastTurn} outcome={state.outcome} />
        <div className="play-layout__main">
          <Conversation
            scenario={scenario}
            messages={messages}
            waiting={busy && pendingReply !== null}
            ended={Boolean(state.outcome)}
          />
          {turn && (
            <ReplyArea
              key={`${turns.length}:${state.nodeId}`}
              scenario={scenario}
              turn={turn}
              choiceSeed={state.choiceSeed}
              lastTurn={lastTurn}
              busy={busy}
              error={error}
              onReply={(r, shown) => void reply(api, r, shown)}
            />
          )}
          {state.outcome && (
            <>
              <ConversationEnded outcome={state.outcome} lastTurn={lastTurn} onScorecard={toScorecard} />
            </>
          )}
          {!turn && !state.outcome && (
            <ErrorNotice
              title="This conversation cannot continue"
              message={`The scenario has no customer turn "${state.nodeId}".`}
            />
          )}
        </div>
      </div>
    </div>
  );
}
