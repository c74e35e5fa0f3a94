/**
 * Brings a branching story an instructional designer already wrote in Twine into Rapport: each
 * passage with links becomes a customer turn whose links are the trainee's choices; each passage
 * without links becomes an ending. What Twine has no notion of (scores, feedback, persona) gets
 * placeholders to fill in, and everything that could not be mapped is reported, passage by passage.
 */
import { MOODS, type Choice, type Mood, type Outcome, type Scenario, type ScenarioNode } from '../scenario/format';
import { parseTwee } from './twee-parser';
import { parseTwineHtml } from './twine-html-parser';
import { readPassage, type PassageContent } from './twine-passage-text';
import type { TwinePassage, TwineStory } from './twine-story';
import { slugId, uniqueId } from './slug-ids';

export interface TwineImport {
  scenario: Scenario;
  /** What could not be brought across, e.g. `passage "Intro": not imported: macro <<set>>`. */
  warnings: string[];
}

export const IMPORTED_FEEDBACK = 'Imported from Twine: set scores and feedback';
const PLACEHOLDER_SCORES = { respect: 50, helpfulness: 50, empathy: 50 } as const;

/** Passages that hold story-format code or settings rather than story text. */
const SPECIAL_PASSAGES = new Set([
  'StoryInit',
  'StoryMenu',
  'StoryCaption',
  'StoryBanner',
  'StorySubtitle',
  'StoryAuthor',
  'StoryIncludes',
  'StorySettings',
  'StoryInterface',
  'StoryShare',
  'PassageReady',
  'PassageDone',
  'PassageHeader',
  'PassageFooter',
]);
const CODE_TAGS = new Set([
  'script',
  'stylesheet',
  'widget',
  'header',
  'footer',
  'startup',
  'debug-header',
  'debug-footer',
  'debug-startup',
  'twine.image',
  'twine.private',
]);

/** Tags an author can put on an ending passage to say how the conversation ended. */
const OUTCOME_TAGS: Readonly<Record<string, Outcome>> = {
  resolved: 'resolved',
  success: 'resolved',
  escalated: 'escalated',
  escalate: 'escalated',
  escalation: 'escalated',
  'follow-up': 'follow-up',
  followup: 'follow-up',
  callback: 'follow-up',
  lost: 'customer-lost',
  'customer-lost': 'customer-lost',
  failed: 'customer-lost',
  failure: 'customer-lost',
};

const isMood = (tag: string): tag is Mood => (MOODS as readonly string[]).includes(tag);

interface MappedPassage {
  passage: TwinePassage;
  id: string;
  content: PassageContent;
  mood?: Mood;
  outcome?: Outcome;
  ignoredTags: string[];
}

function codeReason(passage: TwinePassage): string | undefined {
  if (SPECIAL_PASSAGES.has(passage.name)) return 'it is a special passage of the story format';
  const tag = passage.tags.find((t) => CODE_TAGS.has(t.toLowerCase()));
  return tag ? `it is tagged "${tag}" (story-format code)` : undefined;
}

function mapPassage(passage: TwinePassage, taken: Set<string>, format: string | undefined): MappedPassage {
  const mapped: MappedPassage = {
    passage,
    id: uniqueId(slugId(passage.name, 'passage'), taken),
    content: readPassage(passage.text, format),
    ignoredTags: [],
  };
  for (const raw of passage.tags) {
    const tag = raw.toLowerCase();
    if (isMood(tag)) mapped.mood = tag;
    else if (OUTCOME_TAGS[tag]) mapped.outcome = OUTCOME_TAGS[tag];
    else mapped.ignoredTags.push(raw);
  }
  return mapped;
}

function choicesOf(mapped: MappedPassage, idByName: Map<string, string>, warn: (message: string) => void): Choice[] {
  const taken = new Set<string>();
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const link of mapped.content.links) {
    const key = `${link.text}\u0000${link.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let next = idByName.get(link.target);
    if (next === undefined) {
      next = slugId(link.target, 'missing-passage');
      warn(`link "${link.text}" goes to "${link.target}", which is not in the story: add that node or reconnect the choice`);
    }
    choices.push({
      id: uniqueId(slugId(link.text, 'choice'), taken),
      text: link.text || link.target,
      scores: { ...PLACEHOLDER_SCORES },
      feedback: IMPORTED_FEEDBACK,
      next,
    });
  }
  return choices;
}

function nodeOf(mapped: MappedPassage, idByName: Map<string, string>, warn: (message: string) => void): ScenarioNode {
  const { lines } = mapped.content;
  const mood = mapped.mood ? { mood: mapped.mood } : {};
  if (mapped.content.links.length === 0) {
    if (lines.length === 0) warn('it has no text, so its closing line is a placeholder');
    return {
      id: mapped.id,
      kind: 'end',
      outcome: mapped.outcome ?? 'resolved',
      ...mood,
      closingLine: lines.length > 0 ? lines.join(' ') : 'Imported from Twine: write the customer’s last words.',
    };
  }
  if (mapped.outcome) warn(`its outcome tag is ignored because it has links, so it is a turn, not an ending`);
  if (lines.length === 0) warn('it has no text, so the customer’s line is a placeholder');
  return {
    id: mapped.id,
    kind: 'customer',
    ...mood,
    lines: lines.length > 0 ? lines : ['Imported from Twine: write what the customer says here.'],
    choices: choicesOf(mapped, idByName, warn),
  };
}

function startOf(story: TwineStory, passages: MappedPassage[], warnings: string[]): MappedPassage | undefined {
  const named = (name: string | undefined) => passages.find((p) => p.passage.name === name);
  const declared = named(story.start);
  if (declared) return declared;
  const fallback = named('Start') ?? passages[0];
  if (fallback) {
    warnings.push(
      story.start === undefined
        ? `the story does not say where it starts, so it starts at "${fallback.passage.name}"`
        : `the start passage "${story.start}" was not imported, so the story starts at "${fallback.passage.name}"`,
    );
  }
  return fallback;
}

/** Maps a parsed Twine story to a scenario; never throws. */
export function scenarioFromTwine(story: TwineStory): TwineImport {
  const warnings = [...story.warnings];
  const taken = new Set<string>();
  const mapped: MappedPassage[] = [];
  for (const passage of story.passages) {
    const reason = codeReason(passage);
    if (reason) warnings.push(`passage "${passage.name}": not imported, because ${reason}`);
    else mapped.push(mapPassage(passage, taken, story.format));
  }
  const idByName = new Map(mapped.map((m) => [m.passage.name, m.id]));
  const nodes = mapped.map((m) => {
    const notes: string[] = [];
    const node = nodeOf(m, idByName, (message) => notes.push(message));
    if (m.content.dropped.length > 0) notes.unshift(`not imported: ${m.content.dropped.join(', ')}`);
    if (m.ignoredTags.length > 0)
      notes.push(`tags ${m.ignoredTags.map((t) => `"${t}"`).join(', ')} mean nothing to Rapport and were ignored`);
    warnings.push(...notes.map((note) => `passage "${m.passage.name}": ${note}`));
    return node;
  });
  const start = startOf(story, mapped, warnings);
  const title = story.title?.trim() || 'Imported Twine story';
  const choiceCount = nodes.reduce((n, node) => n + (node.kind === 'customer' ? (node.choices?.length ?? 0) : 0), 0);
  if (choiceCount > 0) {
    warnings.push(`${choiceCount} choices have placeholder scores (50/50/50) and feedback: set them for each choice`);
  }
  warnings.push('Twine stories have no persona, description or learning objectives: replace the placeholders');

  const scenario: Scenario = {
    $schema: './schema.json',
    id: slugId(title, 'imported-twine-story'),
    title,
    description: `Imported from the Twine story "${title}": describe the situation trainees will practise.`,
    industry: 'other',
    channel: 'chat',
    difficulty: 'beginner',
    estimatedMinutes: Math.min(120, Math.max(1, nodes.filter((n) => n.kind === 'customer').length * 2)),
    learningObjectives: ['Imported from Twine: write what trainees should learn from this conversation.'],
    persona: {
      name: 'The customer',
      background: 'Imported from Twine: describe who the customer is and what happened before the conversation.',
      startingMood: start?.mood ?? 'neutral',
      wants: 'Imported from Twine: describe what the customer wants.',
    },
    start: start?.id ?? 'start',
    nodes,
  };
  return { scenario, warnings };
}

/** Imports Twee 3 text (a `.twee` or `.tw` file). */
export function importTwee(text: string): TwineImport {
  return scenarioFromTwine(parseTwee(text));
}

/** Imports every story in a Twine 2 published HTML file; empty when it holds none. */
export function importTwineHtml(html: string): TwineImport[] {
  return parseTwineHtml(html).map(scenarioFromTwine);
}
