/**
 * Reads a Twine 2 published story (https://github.com/iftechfoundation/twine-specs,
 * twine-2-htmloutput-spec.md): `<tw-storydata name startnode format>` holding one
 * `<tw-passagedata pid name tags>` per passage, whose text is the passage source, HTML-escaped.
 * A Twine library archive holds several `<tw-storydata>`; each becomes its own story.
 */
import { Parser } from 'htmlparser2';
import type { TwineStory } from './twine-story';

interface StoryInProgress {
  story: TwineStory;
  startPid?: string;
  pids: Map<string, string>;
  userCode: Set<string>;
}

/** Every story in the HTML, in file order; empty when the file holds no Twine 2 story. */
export function parseTwineHtml(html: string): TwineStory[] {
  const stories: StoryInProgress[] = [];
  let story: StoryInProgress | undefined;
  let passage: { pid: string; name: string; tags: string[]; text: string } | undefined;
  let code: { kind: string; text: string } | undefined;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'tw-storydata') {
          story = { story: { passages: [], warnings: [] }, pids: new Map(), userCode: new Set() };
          if (attributes.name) story.story.title = attributes.name;
          if (attributes.format) story.story.format = attributes.format;
          story.startPid = attributes.startnode;
          stories.push(story);
        } else if (story && name === 'tw-passagedata') {
          const tags = (attributes.tags ?? '').split(/\s+/).filter((t) => t !== '');
          passage = { pid: attributes.pid ?? '', name: attributes.name ?? '', tags, text: '' };
        } else if (story && (name === 'script' || name === 'style')) {
          code = { kind: name === 'script' ? 'JavaScript' : 'stylesheet (CSS)', text: '' };
        }
      },
      ontext(text) {
        if (passage) passage.text += text;
        else if (code) code.text += text;
      },
      onclosetag(name) {
        if (name === 'tw-passagedata' && story && passage) {
          story.pids.set(passage.pid, passage.name);
          story.story.passages.push({ name: passage.name, tags: passage.tags, text: passage.text });
          passage = undefined;
        } else if ((name === 'script' || name === 'style') && story && code) {
          if (code.text.trim() !== '') story.userCode.add(code.kind);
          code = undefined;
        } else if (name === 'tw-storydata') {
          story = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  return stories.map(({ story: s, startPid, pids, userCode }) => {
    if (startPid !== undefined) {
      const start = pids.get(startPid);
      if (start !== undefined) s.start = start;
      else s.warnings.push(`the story starts at passage number ${startPid}, which is not in the file`);
    }
    for (const kind of userCode) s.warnings.push(`the story's ${kind} was not imported: scenarios have no code`);
    return s;
  });
}
