import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApi } from '../api/api-context';
import { ErrorNotice } from '../components/common/error-notice';
import { LoadingState } from '../components/common/loading-state';
import { ScreenHeading } from '../components/common/screen-heading';
import { LibraryToolbar } from '../components/library/library-toolbar';
import { ProblemPanel } from '../components/library/problem-panel';
import { ScenarioCard } from '../components/library/scenario-card';
import { UnfinishedAttempts } from '../components/library/unfinished-attempts';
import { selectBrokenEntries, selectFilteredScenarios, selectScenarios } from '../stores/library-selectors';
import { useLibraryStore } from '../stores/library-store';
import { usePlayStore } from '../stores/play-store';
import { useRouteStore } from '../stores/route-store';

/** Pick a scenario: search, filter, read what each one practises, start. */
export function LibraryScreen({ traineeName }: { traineeName: string }) {
  const api = useApi();
  const status = useLibraryStore((s) => s.status);
  const loadError = useLibraryStore((s) => s.error);
  const folder = useLibraryStore((s) => s.folder);
  const load = useLibraryStore((s) => s.load);
  const clearFilters = useLibraryStore((s) => s.clearFilters);
  const all = useLibraryStore(useShallow(selectScenarios));
  const shown = useLibraryStore(useShallow(selectFilteredScenarios));
  const broken = useLibraryStore(useShallow(selectBrokenEntries));
  const startError = usePlayStore((s) => s.error);
  const busy = usePlayStore((s) => s.busy);
  const startAttempt = usePlayStore((s) => s.start);
  const navigate = useRouteStore((s) => s.navigate);
  const [startingId, setStartingId] = useState<string | null>(null);

  const start = async (scenarioId: string) => {
    setStartingId(scenarioId);
    const attempt = await startAttempt(api, { scenarioId, traineeName });
    setStartingId(null);
    if (attempt) navigate({ name: 'play' });
  };

  return (
    <div className="screen library-screen">
      <ScreenHeading>Scenario library</ScreenHeading>
      <p className="screen-intro">
        Choose a customer to talk to. Every reply you give is scored on respect, helpfulness and empathy.
      </p>
      <UnfinishedAttempts traineeName={traineeName} />
      {startError && <ErrorNotice title="The scenario could not be started" message={startError} />}
      {(status === 'idle' || status === 'loading') && <LoadingState label="Loading scenarios…" />}
      {status === 'failed' && (
        <>
          <ErrorNotice
            title="The scenario library could not be loaded"
            message={loadError ?? ''}
            action={{ label: 'Try again', onClick: () => void load(api) }}
          />
          <p className="screen-intro">
            If the folder has moved or gone,{' '}
            <button type="button" className="link-button" onClick={() => navigate({ name: 'authoring' })}>
              choose another scenarios folder
            </button>{' '}
            in Authoring.
          </p>
        </>
      )}
      {status === 'ready' && (
        <>
          <ProblemPanel broken={broken} folder={folder} />
          <LibraryToolbar shown={shown.length} total={all.length} />
          {all.length === 0 && <p className="empty-state">There are no scenarios in {folder || 'the library'} yet.</p>}
          {all.length > 0 && shown.length === 0 && (
            <div className="empty-state">
              <p>No scenarios match your search and filters.</p>
              <button type="button" className="button button--secondary" onClick={clearFilters}>
                Clear search and filters
              </button>
            </div>
          )}
          <div className="scenario-grid">
            {shown.map((scenario) => (
              <ScenarioCard
                key={scenario.id}
                scenario={scenario}
                starting={startingId === scenario.id}
                disabled={busy}
                onStart={() => void start(scenario.id)}
              />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
