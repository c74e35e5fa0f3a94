/**
 * The platform globals engine/ may use beyond the ECMAScript library, declared narrowly.
 *
 * engine/ is type-checked without DOM or Node types (engine/tsconfig.json) so that nothing
 * browser-only or Node-only slips in: it runs in the renderer, in Node and in a plain browser page.
 * What is declared here is provided by every one of those runtimes (WHATWG Encoding's TextDecoder and
 * HTML's structuredClone, in browsers and in Node 17 and later), and only the parts engine/ calls.
 * The root tsconfig.json excludes this file: there the DOM and Node types declare these in full.
 */

interface TextDecoderOptions {
  /** Throw on invalid bytes instead of replacing them with U+FFFD. */
  fatal?: boolean;
}

interface TextDecoder {
  decode(input?: Uint8Array): string;
}

declare const TextDecoder: { new (label?: string, options?: TextDecoderOptions): TextDecoder };

/** A deep copy of plain data (objects, arrays, strings, numbers …). */
declare function structuredClone<T>(value: T): T;
