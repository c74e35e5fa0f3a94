/**
 * Reads Twee 3, the plain-text form of a Twine story (https://github.com/iftechfoundation/twine-specs,
 * twee-3-specification.md): passages start with a header line `:: Name [tags] {metadata}`; the
 * special passages StoryTitle and StoryData hold the title and, as JSON, the start passage and format.
 */
import type { TwinePassage, TwineStory } from './twine-story';

interface Header {
  name: string;
  tags: string[];
}

/** Reads up to an unescaped stop character; `\x` stands for `x`, as in the spec. */
function readEscaped(source: string, from: number, stops: string): { value: string; end: number } {
  let value = '';
  let i = from;
  while (i < source.length && !stops.includes(source[i]!)) {
    if (source[i] === '\\' && i + 1 < source.length) i += 1;
    value += source[i];
    i += 1;
  }
  return { value, end: i };
}

/** `:: Name [tag1 tag2] {"position":"100,100"}` → name and tags; the metadata (map position) is not needed. */
function parseHeader(line: string): Header {
  const body = line.slice(2).trimStart();
  const name = readEscaped(body, 0, '[{');
  let rest = body.slice(name.end);
  let tags: string[] = [];
  if (rest.startsWith('[')) {
    const inside = readEscaped(rest, 1, ']');
    tags = inside.value.split(/\s+/).filter((t) => t !== '');
    rest = rest.slice(inside.end + 1);
  }
  return { name: name.value.trim(), tags };
}

function applyStoryData(story: TwineStory, text: string): void {
  try {
    const data = JSON.parse(text) as { start?: unknown; format?: unknown };
    if (typeof data.start === 'string') story.start = data.start;
    if (typeof data.format === 'string') story.format = data.format;
  } catch {
    story.warnings.push('the StoryData passage is not valid JSON, so the start passage and story format were not read');
  }
}

/** Parses Twee 3 text into passages; never throws, reporting what it could not read as warnings. */
export function parseTwee(source: string): TwineStory {
  const story: TwineStory = { passages: [], warnings: [] };
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const seen = new Set<string>();
  let current: { header: Header; body: string[] } | undefined;

  const finish = () => {
    if (!current) return;
    const text = current.body.join('\n').replace(/\s+$/, '');
    const { name, tags } = current.header;
    if (name === 'StoryTitle') story.title = text.trim();
    else if (name === 'StoryData') applyStoryData(story, text);
    else if (seen.has(name)) story.warnings.push(`passage "${name}" appears twice; the second one was ignored`);
    else {
      seen.add(name);
      story.passages.push({ name, tags, text } satisfies TwinePassage);
    }
  };

  for (const line of lines) {
    if (line.startsWith('::')) {
      finish();
      current = { header: parseHeader(line), body: [] };
    } else if (current) {
      // A content line that starts with "::" is written "\::" so it is not read as a header.
      current.body.push(line.startsWith('\\::') ? line.slice(1) : line);
    }
  }
  finish();
  if (story.passages.length === 0) story.warnings.push('no passages were found: Twee passages start with a line like ":: Start"');
  return story;
}
