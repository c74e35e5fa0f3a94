import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../renderer/src/api/api-call-error';
import { createMemoryApi } from './memory-api';
import { MEMORY_DATA_FOLDER } from './memory-system';
import { findLibrary, renderApp } from './render-app';
import { broadband } from './scenario-files';

const TRAINEE = 'Amina Yusuf';
const DAMAGED = {
  problem: 'damaged' as const,
  message: `cannot open the Rapport database in ${MEMORY_DATA_FOLDER}/db: PGlite failed to initialize properly. Nothing was deleted.`,
};
const OLDER_BACKUP = {
  name: 'rapport-db-2025-02-27.tar.gz',
  day: '2025-02-27',
  createdAt: '2025-02-27T08:30:00.000Z',
  sizeBytes: 3_900_000,
};
const LATEST_BACKUP = {
  name: 'rapport-db-2025-03-01.tar.gz',
  day: '2025-03-01',
  createdAt: '2025-03-01T09:12:00.000Z',
  sizeBytes: 4_200_000,
};

async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

describe('StorageRecoveryScreen', () => {
  it('explains a damaged database, naming the folder and what happened, instead of a blank window', async () => {
    renderApp(createMemoryApi({ files: [broadband()], traineeName: TRAINEE, system: { databaseProblem: DAMAGED } }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Rapport could not open your data' })).toBeInTheDocument();
    expect(screen.getByText(`${MEMORY_DATA_FOLDER}/db`)).toBeInTheDocument();
    expect(screen.getByText(DAMAGED.message)).toBeInTheDocument();
    expect(screen.getByText(/moved aside next to it, never deleted/)).toBeInTheDocument();
    // The rest of the app is not offered while there is no database behind it.
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });

  it('restores the latest backup in one press, then opens the library and says where the damaged database was kept', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE, system: { databaseProblem: DAMAGED } });
    const { user } = renderApp(api);

    await user.click(await screen.findByRole('button', { name: 'Restore the latest backup (1 March 2025)' }));

    await findLibrary();
    expect(api.systemCalls).toEqual(['restoreBackup rapport-db-2025-03-01.tar.gz']);
    const notice = screen.getByRole('status', { name: /is working again/ });
    expect(notice).toHaveTextContent('Rapport is working again with the backup of 1 March 2025.');
    expect(notice).toHaveTextContent(`${MEMORY_DATA_FOLDER}/db-set-aside-`);
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/is working again/)).not.toBeInTheDocument();
  });

  it('offers the older backups too, each restorable', async () => {
    const api = createMemoryApi({
      files: [broadband()],
      traineeName: TRAINEE,
      system: { databaseProblem: DAMAGED, backups: [LATEST_BACKUP, OLDER_BACKUP] },
    });
    const { user } = renderApp(api);

    await user.click(await screen.findByRole('button', { name: 'Restore the backup of 27 February 2025' }));

    await findLibrary();
    expect(api.systemCalls).toEqual(['restoreBackup rapport-db-2025-02-27.tar.gz']);
  });

  it('starts with an empty database after moving the damaged one aside: the welcome screen follows', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: null, system: { databaseProblem: DAMAGED } });
    const { user } = renderApp(api);

    await user.click(await screen.findByRole('button', { name: 'Start with an empty database' }));

    expect(await screen.findByLabelText('What should we call you?')).toBeInTheDocument();
    expect(api.systemCalls).toEqual(['startFreshDatabase']);
  });

  it('tells a trainee whose data another copy of Rapport holds to close the other window, and never offers to open anyway', async () => {
    const locked = { problem: 'locked' as const, message: 'another copy of Rapport (process 4242) is using this data folder.' };
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE, system: { databaseProblem: locked } });
    const { user } = renderApp(api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Rapport is already open' })).toBeInTheDocument();
    expect(screen.getByText(/Close the other window/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Restore/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /anyway/i })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Rapport is already open' })).toBeInTheDocument();
    expect(api.systemCalls).toEqual(['reopenDatabase']);
  });

  it('asks for space to be freed when the disk is full, and offers to try again', async () => {
    const full = { problem: 'disk-full' as const, message: 'ENOSPC: no space left on device' };
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE, system: { databaseProblem: full } });
    const { user } = renderApp(api);

    expect(await screen.findByRole('heading', { level: 1, name: 'The disk is full' })).toBeInTheDocument();
    expect(screen.getByText(/Free some space/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    await findLibrary();
  });

  it('says what went wrong when a restore fails, and stays on the screen', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE, system: { databaseProblem: DAMAGED } });
    api.restoreBackup = async () => {
      throw new Error('restoring the backup rapport-db-2025-03-01.tar.gz failed: not a tarball.');
    };
    const { user } = renderApp(api);

    await user.click(await screen.findByRole('button', { name: 'Restore the latest backup (1 March 2025)' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That did not workrestoring the backup rapport-db-2025-03-01.tar.gz failed',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Rapport could not open your data' })).toBeInTheDocument();
  });
});

describe('a scenarios folder that cannot be read', () => {
  it('says so with the folder, and offers to try again or choose another folder', async () => {
    const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE });
    let folderBack = false;
    const getLibrary = api.getLibrary;
    api.getLibrary = async (args) => {
      if (folderBack) return getLibrary(args);
      throw new ApiCallError(
        'unavailable',
        'cannot read the scenarios folder /mnt/share/scenarios: ENOENT. Check that it exists and can be read.',
      );
    };
    const { user } = renderApp(api);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The scenario library could not be loaded');
    expect(alert).toHaveTextContent('/mnt/share/scenarios');
    expect(screen.getByRole('button', { name: 'choose another scenarios folder' })).toBeInTheDocument();
    folderBack = true;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findAllByRole('article')).toHaveLength(1);
  });
});
