import { useEffect } from 'react';
import { useApi } from '../api/api-context';
import { ErrorNotice } from '../components/common/error-notice';
import { LoadingState } from '../components/common/loading-state';
import { ScreenHeading } from '../components/common/screen-heading';
import { BackupList } from '../components/system/backup-list';
import { switchTrainee } from '../app/switch-trainee';
import { useHealthStore } from '../stores/health-store';
import { useProfileStore } from '../stores/profile-store';

/**
 * Where Rapport keeps a trainee's data, what it keeps, and its automatic backups, each of which can
 * be restored (the database it replaces is set aside, not deleted).
 */
export function DataScreen() {
  const api = useApi();
  const health = useHealthStore((s) => s.health);
  const backups = useHealthStore((s) => s.backups);
  const step = useHealthStore((s) => s.step);
  const error = useHealthStore((s) => s.error);
  const check = useHealthStore((s) => s.check);
  const loadBackups = useHealthStore((s) => s.loadBackups);
  const restore = useHealthStore((s) => s.restore);
  const traineeName = useProfileStore((s) => s.traineeName);

  useEffect(() => {
    void check(api);
    void loadBackups(api);
  }, [api, check, loadBackups]);

  return (
    <div className="screen data-screen">
      <ScreenHeading>Your data</ScreenHeading>
      <p className="screen-intro">
        Rapport keeps everything on this computer, in the folder below. Nothing is sent anywhere. Each day Rapport is used it
        takes a backup of its database, and keeps the last seven.
      </p>

      <section aria-labelledby="data-who">
        <h2 id="data-who">Who is training</h2>
        <p>
          Attempts made now are saved under <strong>{traineeName}</strong>. On a shared computer, each trainee’s attempts stay
          saved under their own name.{' '}
          <button type="button" className="link-button" onClick={switchTrainee}>
            Not you? Switch trainee
          </button>
        </p>
      </section>

      {health && (
        <section aria-labelledby="data-where">
          <h2 id="data-where">Where it is</h2>
          <dl className="data-screen__folders">
            <dt>Data folder</dt>
            <dd>
              <code>{health.dataFolder}</code>
            </dd>
            <dt>Database</dt>
            <dd>
              <code>{health.database.folder}</code>
            </dd>
            <dt>Backups</dt>
            <dd>
              <code>{health.backupsFolder}</code>
            </dd>
          </dl>
        </section>
      )}

      <section aria-labelledby="data-backups">
        <h2 id="data-backups">Backups</h2>
        {health?.backupProblem && (
          <div className="notice notice--warning" role="status">
            <p className="notice__title">The last backup failed</p>
            <p className="notice__message">
              {health.backupProblem}. Free some space on the disk; Rapport tries again every hour.
            </p>
          </div>
        )}
        {step?.kind === 'restore' && <LoadingState label="Restoring the backup… this takes a few seconds." />}
        {error && <ErrorNotice title="The backup could not be restored" message={error} />}
        <BackupList backups={backups} disabled={step !== null} confirm onRestore={(b) => void restore(api, b)} />
      </section>

      <section aria-labelledby="data-what">
        <h2 id="data-what">What Rapport keeps</h2>
        <ul className="data-screen__kept">
          <li>The trainee’s name, to greet them and label their attempts.</li>
          <li>Every attempt: the conversation, the replies typed or chosen, their scores and feedback.</li>
          <li>Coaching notes managers write, and the score thresholds they set.</li>
          <li>Scenario drafts trainers have not published yet, and the scenarios folder they chose.</li>
        </ul>
      </section>
    </div>
  );
}
