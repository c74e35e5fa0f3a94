import { useEffect } from 'react';
import { useApi } from '../api/api-context';
import { ErrorNotice } from '../components/common/error-notice';
import { LoadingState } from '../components/common/loading-state';
import { WelcomeScreen } from '../screens/welcome-screen';
import { useLibraryStore } from '../stores/library-store';
import { useProfileStore } from '../stores/profile-store';
import { AppHeader } from './app-header';
import { CurrentScreen } from './current-screen';
import { useEscapeToGoBack } from './use-escape-to-go-back';
import { useHistorySync } from './use-history-sync';

/** The shell: who is training decides between the welcome form and the app itself. */
export function App() {
  const api = useApi();
  const status = useProfileStore((s) => s.status);
  const traineeName = useProfileStore((s) => s.traineeName);
  const profileError = useProfileStore((s) => s.error);
  const loadProfile = useProfileStore((s) => s.load);
  const loadLibrary = useLibraryStore((s) => s.load);
  useHistorySync();
  useEscapeToGoBack();

  useEffect(() => {
    void loadProfile(api);
  }, [api, loadProfile]);

  // Play and scorecards need the scenarios too, so the library loads as soon as someone is here.
  useEffect(() => {
    if (traineeName !== null) void loadLibrary(api);
  }, [api, traineeName, loadLibrary]);

  return (
    <div className="app">
      <AppHeader traineeName={status === 'ready' ? traineeName : null} />
      <main className="app-main" id="main">
        {(status === 'idle' || status === 'loading') && <LoadingState label="Opening Rapport…" />}
        {status === 'failed' && (
          <ErrorNotice
            title="Rapport could not open your profile"
            message={profileError ?? ''}
            action={{ label: 'Try again', onClick: () => void loadProfile(api) }}
          />
        )}
        {status === 'ready' && traineeName === null && <WelcomeScreen />}
        {status === 'ready' && traineeName !== null && <CurrentScreen traineeName={traineeName} />}
      </main>
    </div>
  );
}
