import type { Api, BackupInfo, DatabaseRecovery, Health } from '@api';
import { beginLoad, isLatestLoad } from './load-into';
import { createResettableStore } from './resettable-store';
import { settle } from './settle';

export type HealthStatus = 'checking' | 'ready' | 'failed';

/** What the trainee is waiting for while a recovery step runs, shown as progress. */
export type RecoveryStep = { kind: 'restore'; backup: string } | { kind: 'fresh' } | { kind: 'reopen' };

interface HealthState {
  status: HealthStatus;
  health: Health | null;
  backups: BackupInfo[];
  /** The step running now; null when idle. */
  step: RecoveryStep | null;
  /** The last step that failed, in words. */
  error: string | null;
  /** The last recovery that worked, to confirm it once the app is back. */
  recovered: { what: string; movedAsideTo: string | null } | null;
  /** Counts database (re)openings by a recovery step, so screens know to read their data again. */
  reopenings: number;
  /** The latest health check's ticket: an older check's answer is not shown (see load-into.ts). */
  latestLoad: number;
  /** Asks whether the database opened; the app shows its recovery screen when it did not. */
  check: (api: Api) => Promise<void>;
  loadBackups: (api: Api) => Promise<void>;
  restore: (api: Api, backup: BackupInfo) => Promise<boolean>;
  startFresh: (api: Api) => Promise<boolean>;
  reopen: (api: Api, ignoreLock?: boolean) => Promise<boolean>;
  dismissRecovered: () => void;
}

const initial = {
  status: 'checking' as HealthStatus,
  health: null,
  backups: [],
  step: null,
  error: null,
  recovered: null,
  reopenings: 0,
  latestLoad: 0,
};

/** "1 March 2025": how a backup is named to a person. */
export function backupDay(backup: BackupInfo): string {
  return new Date(`${backup.day}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * The database's health and the ways back when it is not well: restoring a backup, starting a
 * fresh database, trying again. Each step's result replaces the health, so the app returns to
 * normal as soon as the database is open.
 */
export const useHealthStore = createResettableStore<HealthState>((set, _get, store) => {
  /** Runs one recovery step, showing it as progress and keeping its error. */
  async function run(step: RecoveryStep, work: () => Promise<Health>): Promise<boolean> {
    set({ step, error: null });
    const done = await settle(work);
    if (!done.ok) {
      set({ step: null, error: done.error });
      return false;
    }
    const health = done.answer;
    const opened = health.database.status === 'open';
    set((s) => ({ health, status: 'ready', step: null, reopenings: s.reopenings + (opened ? 1 : 0) }));
    return opened;
  }

  const recovered = (what: string) => (recovery: DatabaseRecovery) => {
    set({ recovered: { what, movedAsideTo: recovery.movedAsideTo } });
    return recovery.health;
  };

  return {
    ...initial,
    check: async (api) => {
      // A re-check (the data screen) keeps showing what is known meanwhile.
      const ticket = beginLoad(store, { status: store.getState().health ? store.getState().status : 'checking', error: null });
      const checked = await settle(api.getHealth({}));
      if (!isLatestLoad(store, ticket)) return;
      set(checked.ok ? { status: 'ready', health: checked.answer } : { status: 'failed', error: checked.error });
    },
    loadBackups: async (api) => {
      const listed = await settle(api.listBackups({}));
      set(listed.ok ? { backups: listed.answer } : { error: listed.error });
    },
    restore: (api, backup) =>
      run({ kind: 'restore', backup: backup.name }, () =>
        api.restoreBackup({ backup: backup.name }).then(recovered(`the backup of ${backupDay(backup)}`)),
      ),
    startFresh: (api) => run({ kind: 'fresh' }, () => api.startFreshDatabase({}).then(recovered('an empty database'))),
    reopen: (api, ignoreLock) => run({ kind: 'reopen' }, () => api.reopenDatabase({ ignoreLock })),
    dismissRecovered: () => set({ recovered: null }),
  };
});

/** True while the database is known to be unavailable: the app shows the recovery screen then. */
export function selectNeedsRecovery(s: { health: Health | null }): boolean {
  return s.health?.database.status === 'unavailable';
}
