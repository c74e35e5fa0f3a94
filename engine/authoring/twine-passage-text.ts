/**
 * Splits a Twine passage's source into what a scenario can use — the prose (the customer's lines)
 * and the links (the trainee's choices) — and names everything else it had to drop: story-format
 * macros (`<<set>>`, `(if:)`), HTML, scripts and styles, link setters.
 */

export interface TwineLink {
  /** What the reader clicks: the trainee's reply. */
  text: string;
  /** The passage it leads to. */
  target: string;
}

export interface PassageContent {
  lines: string[];
  links: TwineLink[];
  /** What was left out, e.g. `macro <<set>>`, `HTML <span>`; each named once. */
  dropped: string[];
}

/** A character no passage contains, marking where each link stood in the prose. */
const LINK_MARK = '\u0000';

/**
 * A link's inner text to text and target, as Twine 2 reads it: the rightmost `->`, else the leftmost
 * `<-`, else the last `|` divides them; `[[Target]]` is its own text. A setter (`][$x to 1]`) is cut off.
 */
export function parseLink(inner: string): { link: TwineLink; setter: boolean } {
  const [withoutSetter = inner] = inner.split('][');
  const setter = withoutSetter !== inner;
  const split = (separator: string, targetIsLast: boolean): TwineLink | undefined => {
    const at = targetIsLast ? withoutSetter.lastIndexOf(separator) : withoutSetter.indexOf(separator);
    if (at < 0) return undefined;
    const before = withoutSetter.slice(0, at);
    const after = withoutSetter.slice(at + separator.length);
    return targetIsLast ? { text: before, target: after } : { text: after, target: before };
  };
  const link = split('->', true) ?? split('<-', false) ?? split('|', true) ?? { text: withoutSetter, target: withoutSetter };
  return { link: { text: link.text.trim(), target: link.target.trim() }, setter };
}

/** Index just past the `)` matching the `(` at `open`, skipping quoted strings; -1 when unbalanced. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Index of the `]` closing the hook `[` at `open`; -1 when unbalanced. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '[') depth += 1;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

/** Removes Harlowe macros `(name: …)`; a hook right after one keeps its text, without the brackets. */
function dropHarloweMacros(text: string, dropped: Set<string>): string {
  let out = text;
  for (let match = /\(([A-Za-z][\w-]*):/.exec(out); match; match = /\(([A-Za-z][\w-]*):/.exec(out)) {
    const end = closingParen(out, match.index);
    if (end < 0) break;
    dropped.add(`macro (${match[1]!.toLowerCase()}:)`);
    let rest = out.slice(end);
    if (rest.startsWith('[') && !rest.startsWith('[[')) {
      const close = closingBracket(rest, 0);
      if (close > 0) rest = rest.slice(1, close) + rest.slice(close + 1);
    }
    out = out.slice(0, match.index) + rest;
  }
  // Named hooks: |name>[text] and [text]<name|
  return out.replace(/\|[A-Za-z_][\w-]*>\[/g, '[').replace(/\]<[A-Za-z_][\w-]*\|/g, ']');
}

function dropCode(text: string, dropped: Set<string>): string {
  return text
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, () => (dropped.add('JavaScript (<script>)'), ''))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, () => (dropped.add('CSS (<style>)'), ''))
    .replace(/<!--[\s\S]*?-->|\/\*[\s\S]*?\*\/|\/%[\s\S]*?%\//g, '');
}

function dropSugarCubeMacros(text: string, dropped: Set<string>): string {
  return text.replace(/<<(\/?)([A-Za-z=-][\w-]*)?[\s\S]*?>>/g, (_whole, closing: string, name?: string) => {
    if (!closing) dropped.add(`macro <<${name ?? ''}>>`);
    return '';
  });
}

function dropHtml(text: string, dropped: Set<string>): string {
  return text.replace(/<br\s*\/?>/gi, '\n').replace(/<\/?([A-Za-z][\w-]*)\b[^>]*>/g, (whole, name: string) => {
    if (!whole.startsWith('</')) dropped.add(`HTML <${name.toLowerCase()}>`);
    return '';
  });
}

/** Bold and italic markup (`''bold''`, `//italic//`) is kept as plain words. */
function plainWords(line: string): string {
  return line
    .replace(/''(.+?)''/g, '$1')
    .replace(/(^|[^:])\/\/(.+?)\/\//g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line holding only links (and list bullets or "or" between them) is the list of choices, not prose. */
function onlyLinks(line: string): boolean {
  return (
    line.includes(LINK_MARK) &&
    line.replace(new RegExp(`${LINK_MARK}\\d+${LINK_MARK}`, 'g'), '').replace(/[\s|*•·\-–—>]|\bor\b/gi, '') === ''
  );
}

/**
 * Reads one passage's source. Harlowe macros look like prose in parentheses ("(note: …)"), so they
 * are only removed when the story is Harlowe or its format is unknown.
 */
export function readPassage(source: string, format?: string): PassageContent {
  const dropped = new Set<string>();
  const links: TwineLink[] = [];
  let text = dropCode(source, dropped);
  text = text.replace(/\[\[(.*?)\]\]/g, (_whole, inner: string) => {
    const { link, setter } = parseLink(inner);
    if (setter) dropped.add('link setter');
    if (/^\w+:\/\/\/?\w/i.test(link.target)) {
      dropped.add(`web link to ${link.target}`);
      return link.text;
    }
    if (link.target === '') return '';
    links.push(link);
    return `${LINK_MARK}${links.length - 1}${LINK_MARK}`;
  });
  text = dropSugarCubeMacros(text, dropped);
  if (format === undefined || /harlowe/i.test(format)) text = dropHarloweMacros(text, dropped);
  text = dropHtml(text, dropped);
  const lines = text
    .split('\n')
    .filter((line) => !onlyLinks(line))
    .map((line) =>
      plainWords(line.replace(new RegExp(`${LINK_MARK}(\\d+)${LINK_MARK}`, 'g'), (_m, i: string) => links[Number(i)]!.text)),
    )
    .filter((line) => line !== '');
  return { lines, links, dropped: [...dropped] };
}
