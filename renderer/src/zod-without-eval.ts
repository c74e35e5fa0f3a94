import { z } from 'zod/v4';

/**
 * The renderer runs under a CSP without 'unsafe-eval'. Zod compiles fast parsers with
 * `new Function` unless told not to, and probes for it with `Function('')`, which that policy
 * refuses and reports as a violation even when zod falls back. The flag must be set before the
 * first schema is built, and a schema is built wherever a module (the Api declaration, the engine)
 * is first evaluated, which in the bundle can be a chunk that runs before main.tsx's own imports.
 * So vite.config.ts points every `import … from 'zod'` of the renderer at this module: whoever
 * imports zod first runs this line first.
 */
z.config({ jitless: true });

export * from 'zod/v4';
export { z };
export default z;
