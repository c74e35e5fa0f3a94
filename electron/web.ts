/**
 * The web shell: Rapport without Electron. Serves the built renderer and the Api on 127.0.0.1 and
 * prints the address to open. `npm start` falls back to it where Electron's binary is missing;
 * `npm run web` runs it directly. RAPPORT_PORT picks the port, RAPPORT_DATA_DIR the data folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiDispatcher } from './api-dispatch';
import { defaultDataDir } from './services/data-dir';
import { databaseExists } from './services/database';
import { createRapportServices } from './services/rapport-services';
import { startWebServer } from './web-server';

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, '../..');

async function main(): Promise<void> {
  const dataDir = defaultDataDir();
  const scenariosDir = path.resolve(process.env.RAPPORT_SCENARIOS_DIR ?? path.join(projectRoot, 'scenarios'));
  console.error(
    databaseExists(dataDir)
      ? `rapport: opening the database in ${dataDir}…`
      : `rapport: creating the database in ${dataDir} (the first start takes a few seconds)…`,
  );
  const services = await createRapportServices({ dataDir, scenariosDir, dailyBackups: true });
  const { database } = await services.api.getHealth({});
  if (database.status === 'unavailable') {
    // Still serve the app: its recovery screen offers the backup, a fresh start, or trying again.
    console.error(`rapport: the database could not be opened: ${database.message}`);
    console.error('rapport: open the address below to restore a backup or start a fresh database.');
  }
  const requested = process.env.RAPPORT_PORT ? Number(process.env.RAPPORT_PORT) : 4780;
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    throw new Error(`RAPPORT_PORT must be a port number, not "${process.env.RAPPORT_PORT}"`);
  }
  const serve = (port: number) =>
    startWebServer({
      dispatch: createApiDispatcher(services.api),
      rendererDir: path.join(projectRoot, 'dist', 'renderer'),
      port,
    });
  const server = await serve(requested).catch((error: NodeJS.ErrnoException) => {
    // The default port may be taken by another copy; an explicit RAPPORT_PORT is honoured or fails.
    if (error.code === 'EADDRINUSE' && !process.env.RAPPORT_PORT) return serve(0);
    throw error;
  });
  console.error('rapport: web shell ready; open this address in your browser (Ctrl+C stops Rapport):');
  console.log(server.url);

  // A signal handler cannot be awaited: close here, and exit either way, saying why when closing failed.
  const stop = () => {
    server
      .close()
      .then(() => services.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`rapport: could not close cleanly: ${(error as Error).message}`);
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`rapport: cannot start the web shell: ${(error as Error).message}`);
  process.exit(1);
});
