import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node itself: `node:fs` and the bare names (`fs`, `path` …) alike. */
const nodeModules = [
  { regex: '^node:', message: 'Node is not available here.' },
  {
    regex: `^(${builtinModules.filter((name) => !name.startsWith('node:')).join('|')})(/.*)?$`,
    message: 'Node is not available here.',
  },
];
/** Electron's own module, whichever process it is for. */
const electronModule = { regex: '^electron(/.*)?$', message: 'Electron is not available here.' };
/** A relative path into a top-level folder, e.g. `../../../electron/services/x` for 'electron'. */
const intoFolder = (folder, message) => ({ regex: `^(\\.{1,2}/)+(.*/)?${folder}(/|$)`, message });
/** A config block for code that runs without Node or Electron and must not import `also` either. */
const withoutNodeOrElectron = (files, also) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [...nodeModules, electronModule, ...also] }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'tmp/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Rules that need the types: a promise nobody awaits or catches loses its error, a promise where a
    // plain callback is expected is never waited for, and a switch that misses a case of a union
    // silently does nothing for it. The project service finds each file's tsconfig.json
    // (engine/tsconfig.json for engine/, the root one for everything else).
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // engine/ runs in the renderer, in Node and in tests: it must not reach for Node, the DOM or
  // Electron, and imports nothing of the sides that use it.
  withoutNodeOrElectron(
    ['engine/**/*.ts'],
    [
      { regex: '^react(-dom)?(/.*)?$', message: 'engine/ is pure TypeScript: no React.' },
      { regex: '^@api(/.*)?$', message: 'engine/ imports nothing of the sides that use it.' },
      intoFolder('(api|electron|renderer)', 'engine/ imports nothing of the sides that use it.'),
    ],
  ),
  // The Api contract is imported by the renderer and by Node alike: types, validators and pure rules only.
  withoutNodeOrElectron(
    ['api/**/*.ts'],
    [
      { regex: '^react(-dom)?(/.*)?$', message: 'The Api contract has no React.' },
      intoFolder('(electron|renderer)', 'The Api contract imports only engine/ and zod.'),
    ],
  ),
  // The renderer never touches Node, the file system or Electron: it talks to the Api (`@api`)
  // through renderer/src/api, and the preload bridge is the only code that sees Electron. Whether
  // `../../api` is the top-level contract or the renderer's own client depends on how deep the file
  // sits, so the rule is stated once per depth.
  ...[1, 2, 3, 4, 5].map((depth) =>
    withoutNodeOrElectron(
      [`renderer/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
      [
        intoFolder('electron', 'The renderer reaches the services only through the Api: import it as `@api`.'),
        { regex: `^(\\.\\./){${depth}}api(/|$)`, message: 'Import the Api contract as `@api`.' },
      ],
    ),
  ),
);
