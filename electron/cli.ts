/**
 * Rapport's command line, behind `npm run -s check`, `npm run -s score` and `npm run schema`.
 * Each command prints results on stdout, problems on stderr, and exits non-zero if anything failed.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../engine/scenario/json-schema';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'check':
      return (await import('./cli/check-command')).checkCommand(args, projectRoot);
    case 'score':
      return (await import('./cli/score-command')).scoreCommand(args);
    case 'schema': {
      const target = path.join(projectRoot, 'scenarios', 'schema.json');
      await writeFile(target, scenarioJsonSchemaText());
      console.log(`wrote ${path.relative(process.cwd(), target)}`);
      return 0;
    }
    case undefined:
    default:
      console.error('usage: rapport check [FILE|DIR ...] | score [FILE.jsonl] | schema');
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`rapport: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
