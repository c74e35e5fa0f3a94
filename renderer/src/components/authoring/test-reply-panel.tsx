import { useDeferredValue, useId, useMemo, useState } from 'react';
import { chooseBranch } from '../../../../engine/play/player';
import type { CustomerTurn, Persona } from '../../../../engine/scenario/format';
import { turnScoringContext } from '../../../../engine/scenario/turn-scoring-context';
import { scoreReply } from '../../../../engine/scoring/score-reply';
import type { ReplyScore } from '../../../../engine/scoring/types';
import { describeError } from '../../api/api-call-error';
import { useEditorStore } from '../../stores/editor-store';
import { EvidenceList } from '../scorecard/evidence-list';
import { KeyPointList } from '../scorecard/key-point-list';
import { ScoreTrio } from '../scores/score-trio';
import { conditionText } from './branch-condition-text';

type Verdict = { ok: true; score: ReplyScore; next: string; condition: string } | { ok: false; message: string };

/** Scores a sample reply exactly as the player would on this turn, and says which branch it takes. */
function judge(reply: string, turn: CustomerTurn, persona: Persona | undefined): Verdict {
  const freeText = turn.freeText!;
  try {
    const score = scoreReply(reply, turnScoringContext(turn, persona));
    const branch = freeText.branches.length > 0 ? chooseBranch(freeText.branches, score.scores) : undefined;
    return { ok: true, score, next: branch?.next ?? '', condition: conditionText(branch?.when) };
  } catch (error) {
    return { ok: false, message: `This turn cannot be scored yet: ${describeError(error)}` };
  }
}

/**
 * "Test a reply": type what a trainee might write and see, as you type, the three scores, the
 * evidence behind them, which key points it covered and where the conversation would go, so key
 * points and branches can be tuned before any trainee meets them.
 */
export function TestReplyPanel({ turn }: { turn: CustomerTurn }) {
  const id = useId();
  const persona = useEditorStore((s) => s.scenario?.persona);
  const [reply, setReply] = useState('');
  // Scoring waits for a pause in typing under load; the box itself never lags.
  const deferred = useDeferredValue(reply);
  const verdict = useMemo(() => (deferred.trim() === '' ? null : judge(deferred, turn, persona)), [deferred, turn, persona]);

  return (
    <section className="test-reply" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="test-reply__title">
        Test a reply
      </h3>
      <label htmlFor={`${id}-reply`} className="field__hint">
        Type what a trainee might write; it is scored as you type, as the player would score it. Nothing is saved.
      </label>
      <textarea
        id={`${id}-reply`}
        className="test-reply__box"
        rows={3}
        value={reply}
        onChange={(e) => setReply(e.target.value)}
      />
      {verdict?.ok === false && <p className="field__error">{verdict.message}</p>}
      {verdict?.ok && (
        <div className="test-reply__result">
          {!verdict.score.scorable && <p className="field__error">Too little of this reply is English to score fairly.</p>}
          <ScoreTrio scores={verdict.score.scores} label="Scores for the sample reply" />
          <p className="test-reply__next">
            Goes to <strong>{verdict.next || '(no target)'}</strong> <span className="muted">({verdict.condition})</span>
          </p>
          <h4>Key points</h4>
          <KeyPointList keyPoints={verdict.score.keyPoints} reply={deferred} />
          <h4>Evidence</h4>
          {verdict.score.evidence.length === 0 ? (
            <p className="muted">Nothing the scorer recognises yet.</p>
          ) : (
            <EvidenceList evidence={verdict.score.evidence} reply={deferred} />
          )}
          {verdict.score.suggestions.length > 0 && (
            <>
              <h4>Suggestions the trainee would see</h4>
              <ul className="test-reply__suggestions">
                {verdict.score.suggestions.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
