import { useEffect } from 'react';
import type { Health } from '@api';
import { useApi } from '../api/api-context';
import { ErrorNotice } from '../components/common/error-notice';
import { LoadingState } from '../components/common/loading-state';
import { ScreenHeading } from '../components/common/screen-heading';
import { BackupList } from '../components/system/backup-list';
import { RECOVERY_ADVICE } from '../components/system/recovery-advice';
import { backupDay, useHealthStore, type RecoveryStep } from '../stores/health-store';

function progressLabel(step: RecoveryStep, health: Health): string {
  if (step.kind === 'fresh') return 'Moving the damaged database aside and creating an empty one… this takes a few seconds.';
  if (step.kind === 'reopen') return 'Opening your data…';
  const backup = health.latestBackup?.name === step.backup ? health.latestBackup : undefined;
  return `Restoring the backup${backup ? ` of ${backupDay(backup)}` : ''}… this takes a few seconds.`;
}

/**
 * Shown instead of the app when the database could not be opened: what happened, in which folder,
 * and the ways forward that fit (try again, restore a backup, start afresh), so Rapport never
 * opens on a blank window or a wall of errors.
 */
export function StorageRecoveryScreen({ health }: { health: Health }) {
  const api = useApi();
  const backups = useHealthStore((s) => s.backups);
  const step = useHealthStore((s) => s.step);
  const error = useHealthStore((s) => s.error);
  const loadBackups = useHealthStore((s) => s.loadBackups);
  const restore = useHealthStore((s) => s.restore);
  const startFresh = useHealthStore((s) => s.startFresh);
  const reopen = useHealthStore((s) => s.reopen);
  const database = health.database;
  const problem = database.status === 'unavailable' ? database.problem : 'closed';
  const message = database.status === 'unavailable' ? database.message : '';
  const advice = RECOVERY_ADVICE[problem];
  const busy = step !== null;
  const latest = backups[0] ?? health.latestBackup;

  useEffect(() => {
    void loadBackups(api);
  }, [api, loadBackups]);

  return (
    <div className="screen recovery-screen">
      <ScreenHeading>{advice.title}</ScreenHeading>
      <p className="screen-intro">{advice.advice}</p>

      <section className="recovery-screen__details" aria-labelledby="recovery-what">
        <h2 id="recovery-what">What happened</h2>
        <dl>
          <dt>Database folder</dt>
          <dd>
            <code>{database.folder}</code>
          </dd>
          <dt>Details</dt>
          <dd>
            <code>{message}</code>
          </dd>
        </dl>
      </section>

      {busy && <LoadingState label={progressLabel(step, health)} />}
      {error && <ErrorNotice title="That did not work" message={error} />}

      <section className="recovery-screen__actions" aria-labelledby="recovery-next">
        <h2 id="recovery-next">What you can do</h2>
        {advice.offerBackups && latest && (
          <div className="recovery-screen__option">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void restore(api, latest)}>
              Restore the latest backup ({backupDay(latest)})
            </button>
            <p className="field__hint">
              Brings back your data as it was that day. Later work is lost unless the damaged database can be rescued.
            </p>
          </div>
        )}
        <div className="recovery-screen__option">
          <button
            type="button"
            className={advice.offerBackups && latest ? 'button button--secondary' : 'button button--primary'}
            disabled={busy}
            onClick={() => void reopen(api)}
          >
            Try again
          </button>
        </div>
        {advice.offerIgnoreLock && (
          <div className="recovery-screen__option">
            <button type="button" className="button button--quiet" disabled={busy} onClick={() => void reopen(api, true)}>
              Open anyway
            </button>
            <p className="field__hint">
              Only if no other copy of Rapport is running: two copies writing at once would damage your data.
            </p>
          </div>
        )}
        {advice.offerBackups && (
          <div className="recovery-screen__option">
            <button type="button" className="button button--quiet" disabled={busy} onClick={() => void startFresh(api)}>
              Start with an empty database
            </button>
            <p className="field__hint">
              The current database is moved aside to a folder next to it in {health.dataFolder}, never deleted.
            </p>
          </div>
        )}
      </section>

      {advice.offerBackups && backups.length > 1 && (
        <section aria-labelledby="recovery-backups">
          <h2 id="recovery-backups">Other backups</h2>
          <BackupList backups={backups.slice(1)} disabled={busy} confirm={false} onRestore={(b) => void restore(api, b)} />
        </section>
      )}
    </div>
  );
}
