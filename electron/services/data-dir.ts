import os from 'node:os';
import path from 'node:path';

/**
 * Where the web shell keeps Rapport's data when RAPPORT_DATA_DIR is not set: the same per-user
 * application-data folder Electron's `app.getPath('userData')` would use on each platform.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = os.homedir()): string {
  if (env.RAPPORT_DATA_DIR) return path.resolve(env.RAPPORT_DATA_DIR);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Rapport');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Rapport');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Rapport');
}
