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

// The desktop shell loads the build from disk, hence the relative base.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), devServerWithoutCsp()],
  resolve: {
    // zod with `jitless` set before any schema exists (see renderer/src/zod-without-eval.ts).
    alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./renderer/src/zod-without-eval.ts', import.meta.url)) }],
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
  },
});
