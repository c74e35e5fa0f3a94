import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningShell {
  /** The address the shell printed, token included. */
  url: string;
  origin: string;
  dataDir: string;
  output: () => string;
  /** Stops the shell: SIGTERM by default (a clean stop), SIGKILL to simulate a crash or power cut. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the real web shell the way a user does (`npm start` → scripts/start.mjs), on a free port
 * with its own data folder, and waits for the address it prints alone on a line.
 */
export async function startWebShell(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<RunningShell> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'rapport-e2e-')));
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs', '--web'], {
    cwd: projectRoot,
    env: { ...process.env, RAPPORT_PORT: '0', RAPPORT_DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the web shell printed no address in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => /^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/.test(l.trim()));
      if (line) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web shell exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    output: () => output,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill(signal);
        await exited;
      }
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
