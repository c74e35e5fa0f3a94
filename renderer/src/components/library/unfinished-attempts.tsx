import { useEffect } from 'react';
import type { AttemptSummary } from '@api';
import { useApi } from '../../api/api-context';
import { selectUnfinishedAttempt, usePlayStore } from '../../stores/play-store';
import { useRouteStore } from '../../stores/route-store';
import { useUnfinishedAttemptsStore } from '../../stores/unfinished-attempts-store';
import { ErrorNotice } from '../common/error-notice';
import { ResumeBanner } from './resume-banner';

/**
 * Every conversation of this trainee still in progress: the one just left (held in memory) and those
 * found in the database, left by a closed window, a crash or a power cut. Each can be continued
 * where it stopped or discarded.
 */
export function UnfinishedAttempts({ traineeName }: { traineeName: string }) {
  const api = useApi();
  const inMemory = usePlayStore(selectUnfinishedAttempt);
  const resume = usePlayStore((s) => s.resume);
  const forgetPlayed = usePlayStore((s) => s.reset);
  const navigate = useRouteStore((s) => s.navigate);
  const stored = useUnfinishedAttemptsStore((s) => s.attempts);
  const busyId = useUnfinishedAttemptsStore((s) => s.busyId);
  const error = useUnfinishedAttemptsStore((s) => s.error);
  const load = useUnfinishedAttemptsStore((s) => s.load);
  const fetchForResume = useUnfinishedAttemptsStore((s) => s.fetchForResume);
  const discard = useUnfinishedAttemptsStore((s) => s.discard);

  useEffect(() => {
    void load(api, traineeName);
  }, [api, traineeName, load]);

  // The attempt in memory is the freshest version of itself; the database adds the others.
  const attempts: AttemptSummary[] = [...(inMemory ? [inMemory] : []), ...stored.filter((a) => a.id !== inMemory?.id)];
  if (attempts.length === 0 && !error) return null;

  const onResume = async (attempt: AttemptSummary) => {
    const detail = attempt.id === inMemory?.id ? inMemory : await fetchForResume(api, attempt.id);
    if (!detail) return;
    resume(detail);
    navigate({ name: 'play' });
  };
  const onDiscard = async (attempt: AttemptSummary) => {
    await discard(api, attempt.id);
    if (attempt.id === inMemory?.id) forgetPlayed();
  };

  return (
    <section className="unfinished-attempts" aria-label="Unfinished conversations">
      {error && <ErrorNotice title="Something went wrong with an unfinished conversation" message={error} />}
      <ul className="unfinished-attempts__list">
        {attempts.map((attempt) => (
          <li key={attempt.id}>
            <ResumeBanner
              attempt={attempt}
              busy={busyId === attempt.id}
              onResume={() => void onResume(attempt)}
              onDiscard={() => void onDiscard(attempt)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
