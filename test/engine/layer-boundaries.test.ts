/**
 * The layer rules of ARCHITECTURE.md, held by the tools rather than by care: the lint config forbids
 * the renderer Node, Electron and electron/, keeps the Api contract and engine/ pure, and turns on the
 * type-aware promise and switch rules; engine/tsconfig.json checks engine/ without DOM or Node types.
 * These tests run the project's own configs on small fixtures, so they fail if a rule is dropped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import ts from 'typescript';

// Loading ESLint's config and TypeScript's library takes a few seconds the first time.
const slow = { timeout: 30_000 };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The project's lint config with the type-aware rules off: they need a whole TypeScript program,
 * which would make this test slow, and the import rules under test do not use types.
 */
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked },
});

/** The restricted-import messages lint gives `source` as if it were the file at `file`. */
async function importProblems(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the lint rules for imports', slow, () => {
  it('forbid the renderer Electron, Node and any path into electron/', async () => {
    const file = 'renderer/src/screens/boundary-fixture.tsx';
    expect(await importProblems(file, "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;\n")).toHaveLength(1);
    expect(await importProblems(file, "import { readFile } from 'node:fs/promises';\nvoid readFile;\n")).toHaveLength(1);
    expect(await importProblems(file, "import path from 'path';\nvoid path;\n")).toHaveLength(1);
    const services = "import { createRapportServices } from '../../../electron/services/rapport-services';\n";
    expect(await importProblems(file, `${services}void createRapportServices;\n`)).toEqual([
      expect.stringContaining('import it as `@api`'),
    ]);
    const contract = "import { ApiError } from '../../../electron/api';\nvoid ApiError;\n";
    expect(await importProblems(file, contract)).toHaveLength(1);
    const relativeContract = "import { ApiError } from '../../../api';\nvoid ApiError;\n";
    expect(await importProblems(file, relativeContract)).toEqual([expect.stringContaining('as `@api`')]);
  });

  it('let the renderer import the Api contract as @api, and its own api folder', async () => {
    const file = 'renderer/src/stores/boundary-fixture.ts';
    const source = "import { ApiError } from '@api';\nimport { api } from '../api/client';\nvoid ApiError;\nvoid api;\n";
    expect(await importProblems(file, source)).toEqual([]);
    // Two folders deeper, `../../api` is still the renderer's own client, not the contract.
    const deeper = "import { useApi } from '../../api/api-context';\nvoid useApi;\n";
    expect(await importProblems('renderer/src/components/review/boundary-fixture.tsx', deeper)).toEqual([]);
    const contract = "import { ApiError } from '../../../../api';\nvoid ApiError;\n";
    expect(await importProblems('renderer/src/components/review/boundary-fixture.tsx', contract)).toHaveLength(1);
  });

  it('keep the Api contract free of Node, Electron, electron/ and the renderer', async () => {
    const file = 'api/boundary-fixture.ts';
    for (const source of ["'node:path'", "'electron'", "'../electron/web-server'", "'../renderer/src/api/client'"]) {
      expect(await importProblems(file, `import * as it from ${source};\nvoid it;\n`), source).toHaveLength(1);
    }
    expect(await importProblems(file, "import { CHANNELS } from '../engine/scenario/format';\nvoid CHANNELS;\n")).toEqual([]);
  });

  it('keep engine/ free of the sides that use it, the Api contract included', async () => {
    const file = 'engine/play/boundary-fixture.ts';
    for (const source of ["'@api'", "'../../api/trainee-api'", "'node:fs'", "'react'"]) {
      expect(await importProblems(file, `import * as it from ${source};\nvoid it;\n`), source).toHaveLength(1);
    }
  });
});

describe('the type-aware lint rules', slow, () => {
  const typeAware = new ESLint({ cwd: root });
  const rules = [
    '@typescript-eslint/no-floating-promises',
    '@typescript-eslint/no-misused-promises',
    '@typescript-eslint/switch-exhaustiveness-check',
  ];

  it.each(['renderer/src/main.tsx', 'electron/web-server.ts', 'engine/play/player.ts', 'api/index.ts'])(
    'are errors in %s, with the types of its project',
    async (file) => {
      const config = (await typeAware.calculateConfigForFile(path.join(root, file))) as {
        rules: Record<string, unknown[]>;
        languageOptions: { parserOptions: { projectService?: unknown } };
      };
      for (const rule of rules) expect(config.rules[rule]?.[0], rule).toBe(2);
      expect(config.languageOptions.parserOptions.projectService).toBe(true);
    },
  );
});

describe('engine/tsconfig.json', slow, () => {
  const configFile = path.join(root, 'engine', 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${configFile}`);

  it('checks engine/ against the ECMAScript library alone, with no DOM or Node types', () => {
    expect(parsed.options.lib).toEqual(['lib.es2023.d.ts']);
    expect(parsed.options.types).toEqual([]);
    expect(parsed.fileNames).toContain(path.join(root, 'engine', 'platform.d.ts'));
    expect(parsed.fileNames.every((name) => name.startsWith(path.join(root, 'engine') + path.sep))).toBe(true);
  });

  it('is run by npm run typecheck', () => {
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.typecheck).toContain('-p engine/tsconfig.json');
  });

  it('refuses the DOM and Node in engine code, and allows what every runtime has', () => {
    const fixture = path.join(root, 'engine', 'boundary-fixture.ts');
    const source = [
      'export const title = document.title;',
      'export const home = process.env.HOME;',
      'export const text = new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([104, 105]));',
      'export const copy = structuredClone({ a: [1] });',
    ].join('\n');
    const host = ts.createCompilerHost(parsed.options);
    const readSource = host.getSourceFile.bind(host);
    host.getSourceFile = (name, language, ...rest) =>
      name === fixture ? ts.createSourceFile(name, source, language) : readSource(name, language, ...rest);
    const program = ts.createProgram([fixture, path.join(root, 'engine', 'platform.d.ts')], parsed.options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map(
        (d) => `${d.file ? path.relative(root, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
    expect(problems).toEqual([
      expect.stringMatching(/^engine\/boundary-fixture\.ts: Cannot find name 'document'/),
      expect.stringMatching(/^engine\/boundary-fixture\.ts: Cannot find name 'process'/),
    ]);
  });
});
