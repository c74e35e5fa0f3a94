import { useEffect } from 'react';
import { useApi } from '../api/api-context';
import { ErrorNotice } from '../components/common/error-notice';
import { LoadingState } from '../components/common/loading-state';
import { RecoveredNotice } from '../components/system/recovered-notice';
import { StorageRecoveryScreen } from '../screens/storage-recovery-screen';
import { WelcomeScreen } from '../screens/welcome-screen';
import { useHealthStore } from '../stores/health-store';
import { useLibraryStore } from '../stores/library-store';
import { useProfileStore } from '../stores/profile-store';
import { useSessionStore } from '../stores/session-store';
import { AppHeader } from './app-header';
import { CurrentScreen } from './current-screen';
import { useEscapeToGoBack } from './use-escape-to-go-back';
import { useHistorySync } from './use-history-sync';

/**
 * The shell: whether the database opened decides between the recovery screen and the app; then who
 * is training decides between the welcome form and the app itself.
 */
export function App() {
  const api = useApi();
  const status = useProfileStore((s) => s.status);
  const traineeName = useProfileStore((s) => s.traineeName);
  const profileError = useProfileStore((s) => s.error);
  const loadProfile = useProfileStore((s) => s.load);
  const loadLibrary = useLibraryStore((s) => s.load);
  const healthStatus = useHealthStore((s) => s.status);
  const health = useHealthStore((s) => s.health);
  const healthError = useHealthStore((s) => s.error);
  const checkHealth = useHealthStore((s) => s.check);
  const reopenings = useHealthStore((s) => s.reopenings);
  const databaseOpen = health?.database.status === 'open';
  const needsRecovery = health?.database.status === 'unavailable';
  const sessionExpired = useSessionStore((s) => s.expired);
  useHistorySync();
  useEscapeToGoBack();

  useEffect(() => {
    void checkHealth(api);
  }, [api, checkHealth]);

  // Read again after a backup is restored (`reopenings`): the data may be another day's.
  useEffect(() => {
    if (databaseOpen) void loadProfile(api);
  }, [api, loadProfile, databaseOpen, reopenings]);

  // Play and scorecards need the scenarios too, so the library loads as soon as someone is here.
  useEffect(() => {
    if (databaseOpen && traineeName !== null) void loadLibrary(api);
  }, [api, traineeName, loadLibrary, databaseOpen, reopenings]);

  if (sessionExpired) {
    return (
      <div className="app">
        <AppHeader traineeName={null} />
        <main className="app-main" id="main">
          <ErrorNotice
            title="Rapport was restarted: this tab cannot reach it any more"
            message={
              'Each start of Rapport prints a new address to open (it ends in ?token=…). Open the address it printed ' +
              'last, in the window where Rapport runs, and close this tab. Your saved attempts are all there.'
            }
          />
        </main>
      </div>
    );
  }

  return (
    <div className="app">
      <AppHeader traineeName={databaseOpen && status === 'ready' ? traineeName : null} />
      <main className="app-main" id="main">
        {healthStatus === 'checking' && <LoadingState label="Opening Rapport…" />}
        {healthStatus === 'failed' && (
          <ErrorNotice
            title="Rapport could not be reached"
            message={healthError ?? ''}
            action={{ label: 'Try again', onClick: () => void checkHealth(api) }}
          />
        )}
        {needsRecovery && health && <StorageRecoveryScreen health={health} />}
        {databaseOpen && <RecoveredNotice />}
        {databaseOpen && (status === 'idle' || status === 'loading') && <LoadingState label="Opening Rapport…" />}
        {databaseOpen && status === 'failed' && (
          <ErrorNotice
            title="Rapport could not open your profile"
            message={profileError ?? ''}
            action={{ label: 'Try again', onClick: () => void loadProfile(api) }}
          />
        )}
        {databaseOpen && status === 'ready' && traineeName === null && <WelcomeScreen />}
        {databaseOpen && status === 'ready' && traineeName !== null && <CurrentScreen traineeName={traineeName} />}
      </main>
    </div>
  );
}
