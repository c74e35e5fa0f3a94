import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Vite's dev server injects an inline script (React Fast Refresh) and <style> tags (CSS hot reload),
 * both of which the strict Content-Security-Policy in index.html forbids. The policy is therefore
 * dropped only while serving in development; every build keeps it.
 */
function devServerWithoutCsp(): Plugin {
  return {
    name: 'rapport:dev-server-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/i, ''),
  };
}

/**
 * The Api contract (api/) as every side imports it: `@api` for the whole declaration, `@api/<file>`
 * for one part. The same two paths are in tsconfig.json, which esbuild and tsx read for the shells.
 */
export const apiAlias = [
  { find: /^@api$/, replacement: fileURLToPath(new URL('./api/index.ts', import.meta.url)) },
  { find: /^@api\/(.*)$/, replacement: `${fileURLToPath(new URL('./api/', import.meta.url))}$1` },
];

// The desktop shell loads the build from disk, hence the relative base.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), devServerWithoutCsp()],
  resolve: {
    // zod with `jitless` set before any schema exists (see renderer/src/zod-without-eval.ts).
    alias: [
      ...apiAlias,
      { find: /^zod$/, replacement: fileURLToPath(new URL('./renderer/src/zod-without-eval.ts', import.meta.url)) },
    ],
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
  },
});
