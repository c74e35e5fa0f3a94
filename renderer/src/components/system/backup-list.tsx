import { useState } from 'react';
import type { BackupInfo } from '@api';
import { backupDay } from '../../stores/health-store';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function takenAt(backup: BackupInfo): string {
  return new Date(backup.createdAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/**
 * The automatic backups, newest first, each with a Restore button. With `confirm`, restoring asks
 * first (the database in use is healthy and would be replaced); without, one press restores.
 */
export function BackupList({
  backups,
  disabled,
  confirm,
  onRestore,
}: {
  backups: BackupInfo[];
  disabled: boolean;
  confirm: boolean;
  onRestore: (backup: BackupInfo) => void;
}) {
  const [asking, setAsking] = useState<string | null>(null);
  if (backups.length === 0)
    return <p className="empty-state">There are no backups yet. Rapport takes one each day it is used.</p>;
  return (
    <ul className="backup-list">
      {backups.map((backup) => (
        <li key={backup.name} className="backup-list__item">
          <p className="backup-list__what">
            <strong>{backupDay(backup)}</strong>{' '}
            <span className="muted">
              taken at {takenAt(backup)}, {megabytes(backup.sizeBytes)}
            </span>
          </p>
          {asking === backup.name ? (
            <div className="backup-list__confirm" role="group" aria-label={`Restore the backup of ${backupDay(backup)}?`}>
              <p className="backup-list__question">
                Replace the database with this backup? Everything since {backupDay(backup)} is set aside (kept in the data folder,
                not deleted).
              </p>
              <button
                type="button"
                className="button button--primary"
                disabled={disabled}
                onClick={() => {
                  setAsking(null);
                  onRestore(backup);
                }}
              >
                Yes, restore it
              </button>
              <button type="button" className="button button--quiet" onClick={() => setAsking(null)}>
                Cancel
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              disabled={disabled}
              aria-label={`Restore the backup of ${backupDay(backup)}`}
              onClick={() => (confirm ? setAsking(backup.name) : onRestore(backup))}
            >
              Restore
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
