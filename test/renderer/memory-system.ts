/**
 * The system part of the in-memory Api (see api/system-api.ts): the database's health, its
 * backups, and the ways forward, as the real services behave. While the database is unavailable,
 * every method that needs it is refused with the reason, as createRecoverableServices does.
 */
import { ApiError, type Api, type BackupInfo, type DatabaseProblem, type Health, systemApiArgs } from '@api';

export interface MemorySystemOptions {
  /** Why the database could not be opened at start; open when absent. */
  databaseProblem?: { problem: DatabaseProblem; message: string };
  /** The backups on disk, newest first; one from 1 March 2025 when absent. */
  backups?: BackupInfo[];
  backupProblem?: string | null;
}

export const MEMORY_DATA_FOLDER = '/home/amara/.config/Rapport';

type SystemMethods = { [K in keyof typeof systemApiArgs]: Api[K] };

export function createMemorySystem(options: MemorySystemOptions = {}) {
  let problem = options.databaseProblem ?? null;
  const backups: BackupInfo[] = options.backups ?? [
    { name: 'rapport-db-2025-03-01.tar.gz', day: '2025-03-01', createdAt: '2025-03-01T09:12:00.000Z', sizeBytes: 4_200_000 },
  ];
  /** What the trainee asked for, in order, for assertions. */
  const calls: string[] = [];
  const folder = `${MEMORY_DATA_FOLDER}/db`;

  const health = (): Health => ({
    database: problem ? { status: 'unavailable', folder, ...problem } : { status: 'open', folder },
    dataFolder: MEMORY_DATA_FOLDER,
    backupsFolder: `${MEMORY_DATA_FOLDER}/backups`,
    latestBackup: backups[0] ?? null,
    backupProblem: options.backupProblem ?? null,
  });
  const setAside = () => `${MEMORY_DATA_FOLDER}/db-set-aside-2025-03-03T09-00-00-000Z`;

  const methods: SystemMethods = {
    getHealth: async () => health(),
    listBackups: async () => structuredClone(backups),
    restoreBackup: async ({ backup }) => {
      calls.push(`restoreBackup ${backup}`);
      if (!backups.some((b) => b.name === backup)) throw new ApiError('not-found', `cannot read the backup ${backup}`);
      problem = null;
      return { health: health(), movedAsideTo: setAside() };
    },
    startFreshDatabase: async () => {
      calls.push('startFreshDatabase');
      problem = null;
      return { health: health(), movedAsideTo: setAside() };
    },
    reopenDatabase: async ({ ignoreLock }) => {
      calls.push(`reopenDatabase${ignoreLock ? ' ignoring the lock' : ''}`);
      // A lock held by a running copy is never overridden, `ignoreLock` or not (see data-folder-lock.ts).
      if (problem?.problem !== 'locked') problem = null;
      return health();
    },
  };

  /** Refuses a database method while the database is unavailable, as the real services do. */
  const refuseWhileUnavailable = (method: string) => {
    if (problem && !(method in systemApiArgs)) {
      throw new ApiError('unavailable', `Rapport's database is not open (${problem.message}).`);
    }
  };

  return { methods, calls, refuseWhileUnavailable };
}
