/** The review contract (test/contract/review-contract.ts) held by the real services on PGlite. */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createRapportServices } from '../../electron/services/rapport-services';
import { reviewContract } from '../contract/review-contract';
import { CONTRACT_SCENARIO_FILES } from '../contract/review-world';
import { makeTempFolder, removeFolder } from './temp-folders';

reviewContract('the services on PGlite', async (now) => {
  const root = await makeTempFolder();
  const scenariosDir = path.join(root, 'scenarios');
  await mkdir(scenariosDir);
  for (const file of CONTRACT_SCENARIO_FILES) await copyFile(file, path.join(scenariosDir, path.basename(file)));
  const services = await createRapportServices({ dataDir: root, scenariosDir, now: () => now });
  return {
    api: services.api,
    close: async () => {
      await services.close();
      await removeFolder(root);
    },
  };
});
