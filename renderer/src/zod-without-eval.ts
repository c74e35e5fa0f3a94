import { z } from 'zod';

/**
 * The renderer runs under a CSP without 'unsafe-eval'. Zod compiles fast parsers with
 * `new Function` unless told not to, which that policy refuses (and reports as a violation even
 * when zod falls back). The flag is read when schemas are built, so main.tsx imports this first.
 */
z.config({ jitless: true });
