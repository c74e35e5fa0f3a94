import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { apiAlias } from './vite.config';

// One project per kind of test, so each gets the environment it needs and can be run alone
// (`vitest run --project engine`). `npm test` runs them all.
export default defineConfig({
  resolve: { alias: apiAlias },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: { name: 'engine', include: ['test/engine/**/*.test.ts', 'test/bench/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'services',
          include: ['test/services/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
