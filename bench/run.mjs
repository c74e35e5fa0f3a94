// `npm run bench`: every benchmark script in turn (each `bench:*` script in package.json), so one
// command prints every `BENCH <name> <value> <unit>` figure. A failing benchmark fails the run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts = Object.keys(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts)
  .filter((name) => name.startsWith('bench:'))
  .sort();
let failed = 0;
for (const name of scripts) {
  console.error(`bench: ${name}`);
  const run = spawnSync('npm', ['run', '-s', name], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`bench: ${name} failed with exit code ${run.status}`);
    failed++;
  }
}
process.exit(failed > 0 ? 1 : 0);
