import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatScenario } from '../../engine/authoring/format-scenario';
import { parseTwee } from '../../engine/authoring/twee-parser';
import { IMPORTED_FEEDBACK, importTwee, importTwineHtml } from '../../engine/authoring/twine-import';
import { parseTwineHtml } from '../../engine/authoring/twine-html-parser';
import { parseLink, readPassage } from '../../engine/authoring/twine-passage-text';
import type { CustomerTurn, Ending, Scenario } from '../../engine/scenario/format';
import { validateScenarioText } from '../../engine/scenario/validate';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/twine/${name}`, import.meta.url), 'utf8');
const node = (scenario: Scenario, id: string) => scenario.nodes.find((n) => n.id === id);
const turn = (scenario: Scenario, id: string) => node(scenario, id) as CustomerTurn;
const ending = (scenario: Scenario, id: string) => node(scenario, id) as Ending;

describe('parseLink', () => {
  it.each([
    ['Target', { text: 'Target', target: 'Target' }],
    ['Apologise->Check', { text: 'Apologise', target: 'Check' }],
    ['a->b->Check', { text: 'a->b', target: 'Check' }],
    ['Check<-Apologise', { text: 'Apologise', target: 'Check' }],
    ['Check<-a<-b', { text: 'a<-b', target: 'Check' }],
    ['Apologise|Check', { text: 'Apologise', target: 'Check' }],
  ])('reads [[%s]] as Twine 2 does', (inner, link) => {
    expect(parseLink(inner)).toEqual({ link, setter: false });
  });

  it('cuts off a setter and says so', () => {
    expect(parseLink('Apologise|Check][$patience to 3')).toEqual({ link: { text: 'Apologise', target: 'Check' }, setter: true });
  });
});

describe('readPassage', () => {
  it('keeps prose as lines, links as choices, and a line of only links out of the prose', () => {
    const content = readPassage('Where is my refund?\n\n[[Apologise->Sorry]] | [[Explain->Policy]]\n');

    expect(content.lines).toEqual(['Where is my refund?']);
    expect(content.links).toEqual([
      { text: 'Apologise', target: 'Sorry' },
      { text: 'Explain', target: 'Policy' },
    ]);
  });

  it('keeps a link inside a sentence as its words', () => {
    expect(readPassage('You could [[say sorry->Sorry]] first.').lines).toEqual(['You could say sorry first.']);
  });

  it('drops macros, HTML, scripts and styles and names each once', () => {
    const content = readPassage(
      '<<set $x to 1>><<set $y to 2>>(set: $z to 3)<script>alert(1)</script><style>p{}</style>' +
        '<em>Really</em> upset.<br>(if: $x)[Shown anyway.] <</if>>',
      'Harlowe 3',
    );

    expect(content.lines).toEqual(['Really upset.', 'Shown anyway.']);
    expect(content.dropped).toEqual([
      'JavaScript (<script>)',
      'CSS (<style>)',
      'macro <<set>>',
      'macro (set:)',
      'macro (if:)',
      'HTML <em>',
    ]);
  });

  it('leaves prose in parentheses alone in a story that is not Harlowe', () => {
    expect(readPassage('(note: she is on hold)', 'SugarCube').lines).toEqual(['(note: she is on hold)']);
  });
});

describe('parseTwee', () => {
  it('reads the title, the start passage and the format from StoryTitle and StoryData', () => {
    const story = parseTwee(fixture('refund-chase.twee'));

    expect(story).toMatchObject({ title: 'Chasing a late refund', start: 'Customer opens chat', format: 'SugarCube' });
    expect(story.passages.map((p) => p.name)).toContain('Did you keep your proof of postage?');
    expect(story.passages.find((p) => p.name === 'Customer leaves')?.tags).toEqual(['lost', 'furious']);
  });

  it('reads escaped names and tags, Windows line ends, and content lines written \\::', () => {
    const story = parseTwee(':: A \\[draft\\] name [tag-one  tag-two] {"position":"1,1"}\r\n\\:: not a header\r\n\r\n');

    expect(story.passages).toEqual([{ name: 'A [draft] name', tags: ['tag-one', 'tag-two'], text: ':: not a header' }]);
  });

  it('warns about a repeated passage name, bad StoryData and a file with no passages', () => {
    expect(parseTwee(fixture('broken-links.twee')).warnings).toContain(
      'passage "Transaction ID" appears twice; the second one was ignored',
    );
    expect(parseTwee(':: StoryData\n{ start: nope }\n:: Start\nHi').warnings[0]).toMatch(/StoryData passage is not valid JSON/);
    expect(parseTwee('just some text').warnings[0]).toMatch(/no passages were found/);
  });
});

describe('parseTwineHtml', () => {
  it('reads passages with their entities decoded, and the start passage from startnode', () => {
    const [story] = parseTwineHtml(fixture('refund-chase-published.html'));

    expect(story).toMatchObject({ title: 'Chasing a late refund', start: 'Customer opens chat', format: 'Harlowe' });
    expect(story!.passages).toHaveLength(7);
    expect(story!.passages[1]!.text).toContain("I still haven't had my refund.");
    expect(story!.passages[1]!.text).toContain('[[Refunds can take up to 30 days.|Policy answer]]');
  });

  it('is not fooled by passage-like text inside the story format’s script', () => {
    const [story] = parseTwineHtml(fixture('refund-chase-published.html'));
    expect(story!.passages.map((p) => p.name)).not.toContain('Not a passage');
  });

  it('finds every story in a Twine library archive and none in an ordinary page', () => {
    const one = '<tw-storydata name="One" startnode="1"><tw-passagedata pid="1" name="A">Hi</tw-passagedata></tw-storydata>';
    const two = one.replace('"One"', '"Two"');

    expect(parseTwineHtml(`<html><body>${one}${two}</body></html>`).map((s) => s.title)).toEqual(['One', 'Two']);
    expect(parseTwineHtml('<html><body><p>Not a story</p></body></html>')).toEqual([]);
  });
});

describe('importTwee', () => {
  const { scenario, warnings } = importTwee(fixture('refund-chase.twee'));

  it('maps a branching Twine conversation to a scenario with no problems', () => {
    expect(validateScenarioText('refund-chase.json', formatScenario(scenario)).problems).toEqual([]);
    expect(scenario).toMatchObject({ id: 'chasing-a-late-refund', title: 'Chasing a late refund', start: 'customer-opens-chat' });
  });

  it('turns a passage with links into a customer turn whose choices carry placeholder scores and feedback', () => {
    const opening = turn(scenario, 'customer-opens-chat');

    expect(opening).toMatchObject({ kind: 'customer', mood: 'frustrated' });
    expect(opening.lines).toEqual([
      "Hi. I returned a jacket three weeks ago and I still haven't had my refund.",
      'Your website said 5 working days. What is going on?',
    ]);
    expect(opening.choices!.map((c) => [c.text, c.next])).toEqual([
      ["I'm sorry it's taken this long. Let me check where your refund is.", 'check-the-refund'],
      ['Refunds can take up to 30 days.', 'policy-answer'],
      ['Did you keep your proof of postage?', 'did-you-keep-your-proof-of-postage'],
    ]);
    expect(opening.choices![0]).toMatchObject({
      scores: { respect: 50, helpfulness: 50, empathy: 50 },
      feedback: IMPORTED_FEEDBACK,
    });
  });

  it('reads all four link forms: [[text]], [[text->Target]], [[Target<-text]] and [[text|Target]]', () => {
    expect(turn(scenario, 'check-the-refund').choices!.map((c) => c.next)).toEqual(['refund-released', 'escalation-queue']);
    expect(turn(scenario, 'did-you-keep-your-proof-of-postage').choices![0]).toMatchObject({
      text: 'Check the refund',
      next: 'check-the-refund',
    });
  });

  it('turns a passage without links into an ending whose outcome and mood come from its tags', () => {
    expect(ending(scenario, 'refund-released')).toMatchObject({ kind: 'end', outcome: 'resolved', mood: 'satisfied' });
    expect(ending(scenario, 'escalation-queue')).toMatchObject({ outcome: 'follow-up' });
    expect(ending(scenario, 'customer-leaves')).toMatchObject({
      outcome: 'customer-lost',
      mood: 'furious',
      closingLine: "Forget it. I'll never order from you again.",
    });
  });

  it('reports, passage by passage, what it could not map', () => {
    expect(warnings).toEqual(
      expect.arrayContaining([
        'passage "StoryInit": not imported, because it is a special passage of the story format',
        'passage "Story Stylesheet": not imported, because it is tagged "stylesheet" (story-format code)',
        'passage "Check the refund": not imported: macro <<set>>, HTML <span>',
        'passage "Policy answer": not imported: macro <<if>>',
        '8 choices have placeholder scores (50/50/50) and feedback: set them for each choice',
      ]),
    );
  });

  it('keeps a link to a missing passage so the trainer can reconnect it, and says so', () => {
    const broken = importTwee(fixture('broken-links.twee'));

    expect(turn(broken.scenario, 'start').choices![1]!.next).toBe('nowhere-to-be-found');
    expect(broken.warnings).toContain(
      'passage "Start": link "Tell her to call the recipient" goes to "Nowhere to be found", which is not in the story: add that node or reconnect the choice',
    );
    expect(validateScenarioText('broken.json', formatScenario(broken.scenario)).problems.map((p) => p.message)).toEqual([
      'unknown node "nowhere-to-be-found"',
    ]);
  });

  it('starts at the passage named Start when the story does not say, and reports unknown tags', () => {
    const broken = importTwee(fixture('broken-links.twee'));

    expect(broken.scenario.start).toBe('start');
    expect(broken.warnings).toContain('the story does not say where it starts, so it starts at "Start"');
    expect(broken.warnings).toContain('passage "Reversed": tags "banana" mean nothing to Rapport and were ignored');
  });

  it('makes ids from names, unique, and merges a repeated link', () => {
    const { scenario: s } = importTwee(
      ':: Start\nHi\n[[Go on->Café Été]]\n[[Go on->Café Été]]\n:: Café Été\nBye\n:: cafe ete\nAgain\n',
    );

    expect(s.nodes.map((n) => n.id)).toEqual(['start', 'cafe-ete', 'cafe-ete-2']);
    expect(turn(s, 'start').choices).toHaveLength(1);
  });
});

describe('importTwineHtml', () => {
  it('maps a published Harlowe story and reports its stylesheet, script and macros', () => {
    const [imported] = importTwineHtml(fixture('refund-chase-published.html'));
    const { scenario, warnings } = imported!;

    expect(validateScenarioText('refund.json', formatScenario(scenario)).problems).toEqual([]);
    expect(scenario.start).toBe('customer-opens-chat');
    expect(turn(scenario, 'policy-answer').lines).toEqual(['Thirty days?! Nobody told me that. I want to speak to a manager.']);
    expect(warnings).toEqual(
      expect.arrayContaining([
        "the story's stylesheet (CSS) was not imported: scenarios have no code",
        "the story's JavaScript was not imported: scenarios have no code",
        'passage "Setup": not imported, because it is tagged "startup" (story-format code)',
        'passage "Check the refund": not imported: macro (set:), HTML <b>',
        'passage "Policy answer": not imported: macro (if:)',
      ]),
    );
  });
});
