/**
 * Saves one scenario file over and over with Rapport's atomic write, alternating between two
 * versions, and prints a line after each save completes. The parent kills it with SIGKILL at random
 * moments and checks that the file on disk is always one version or the other, whole.
 *
 * Usage: save-scenario <target> <versionA> <versionB>
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from '../../../electron/services/authoring/atomic-write';

const [target, a, b] = process.argv.slice(2);
if (!target || !a || !b) throw new Error('usage: save-scenario <target> <versionA> <versionB>');
const versions = [readFileSync(a), readFileSync(b)];

async function main(): Promise<void> {
  for (let n = 0; ; n++) {
    await writeFileAtomically(target!, versions[n % 2]!);
    process.stdout.write(`saved ${n % 2 === 0 ? 'A' : 'B'}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(`save-scenario: ${(error as Error).stack ?? String(error)}`);
  process.exit(2);
});
