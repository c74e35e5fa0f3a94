/**
 * A scenario is at most about ten levels deep (`$.nodes[0].freeText.branches[0].when.respect`).
 * The JSON parser, the schema check and the duplicate-key walk all recurse once per level, so a file
 * nested tens of thousands of levels deep would exhaust the stack and crash whoever loads it. This
 * scan finds such a file first, without recursing, so it can be reported like any other mistake.
 */

/** Far beyond any real scenario, far below what recursion in the parser survives. */
export const MAX_NESTING_DEPTH = 64;

export interface TooDeep {
  /** Offset of the first `[` or `{` past the limit. */
  offset: number;
  /** The JSON path down to that bracket, as far as it can be told (keys and array positions). */
  path: Array<string | number>;
}

interface Level {
  kind: '{' | '[';
  /** The key being read or last read in an object; the position in an array. */
  key: string | number;
}

/**
 * The first place where `text` nests deeper than `limit` arrays and objects, or undefined when it
 * does not. Brackets inside strings are ignored; the text need not be valid JSON.
 */
export function findExcessiveNesting(text: string, limit = MAX_NESTING_DEPTH): TooDeep | undefined {
  const stack: Level[] = [];
  let lastString = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = endOfString(text, i);
      lastString = text.slice(i + 1, end - 1);
      i = end - 1;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= limit) return { offset: i, path: stack.map((level) => level.key) };
      stack.push({ kind: c === 0x7b ? '{' : '[', key: c === 0x7b ? '' : 0 });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x3a /* : */) {
      const top = stack[stack.length - 1];
      if (top?.kind === '{') top.key = lastString;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.kind === '[') top.key = (top.key as number) + 1;
    }
  }
  return undefined;
}

/** The offset just past the string starting at `start` (or the end of the text when it never closes). */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x22 || c === 0x0a) return i + 1;
  }
  return text.length;
}
