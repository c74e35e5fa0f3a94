import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { createMemoryApi } from './memory-api';
import { MEMORY_DATA_FOLDER } from './memory-system';
import { findLibrary, renderApp } from './render-app';
import { broadband } from './scenario-files';

const TRAINEE = 'Amina Yusuf';

async function openDataScreen(options: Parameters<typeof createMemoryApi>[0]['system'] = {}) {
  const api = createMemoryApi({ files: [broadband()], traineeName: TRAINEE, system: options });
  const view = renderApp(api);
  await findLibrary();
  await view.user.click(screen.getByRole('button', { name: 'Your data' }));
  await screen.findByRole('heading', { level: 1, name: 'Your data' });
  return { api, ...view };
}

describe('DataScreen', () => {
  it('says where the data, the database and the backups are, and what Rapport keeps', async () => {
    await openDataScreen();

    expect(screen.getByText(MEMORY_DATA_FOLDER)).toBeInTheDocument();
    expect(screen.getByText(`${MEMORY_DATA_FOLDER}/db`)).toBeInTheDocument();
    expect(await screen.findByText(`${MEMORY_DATA_FOLDER}/backups`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What Rapport keeps' })).toBeInTheDocument();
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('restores a backup only after asking, because the database in use would be set aside', async () => {
    const { api, user } = await openDataScreen();

    await user.click(await screen.findByRole('button', { name: 'Restore the backup of 1 March 2025' }));
    const question = screen.getByRole('group', { name: 'Restore the backup of 1 March 2025?' });
    expect(question).toHaveTextContent('Everything since 1 March 2025 is set aside (kept in the data folder, not deleted).');
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(api.systemCalls).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Restore the backup of 1 March 2025' }));
    await user.click(screen.getByRole('button', { name: 'Yes, restore it' }));

    expect(await screen.findByRole('status', { name: /working again with the backup of 1 March 2025/ })).toBeInTheDocument();
    expect(api.systemCalls).toEqual(['restoreBackup rapport-db-2025-03-01.tar.gz']);
  });

  it('warns when the last automatic backup failed', async () => {
    await openDataScreen({
      backupProblem: 'the daily backup could not be written to /data/backups: ENOSPC: no space left on device',
    });

    expect(await screen.findByText('The last backup failed')).toBeInTheDocument();
    expect(screen.getByText(/ENOSPC: no space left on device\. Free some space/)).toBeInTheDocument();
  });
});
