/**
 * Every customer line must fit every reply that can reach it. A line reached by an authored choice may
 * echo that choice's words; a line reached by a typed reply cannot know its words at all, only what the
 * branch's score condition guarantees. And a customer does not ask again for what the reply just gave.
 */
import { describe, expect, it } from 'vitest';
import { startPlay, takeTurn } from '../../engine/play/player';
import type { CustomerTurn, Scenario, ScenarioNode } from '../../engine/scenario/format';
import { validateLibrary } from '../../engine/scenario/library';
import { bundledScenarioFiles } from '../fixtures/bundled-scenarios';

const scenarios = validateLibrary(bundledScenarioFiles())
  .map((e) => e.scenario)
  .filter((s): s is Scenario => s !== undefined);

/**
 * Words the customer quotes from someone other than the trainee (a screen, an engineer, a text
 * message), by `scenario/node`. Anything else in quotation marks must be the trainee's own words, or
 * something said or shown earlier in the scenario. Add to this list only a quote nobody at the desk said.
 */
const QUOTED_FROM_OTHERS: Record<string, string[]> = {
  'broadband-outage-homeworker/visit-update': ['on a list', 'could'], // the engineer
  'missing-wheelchair-assistance/excuses': ['assistance confirmed'], // the airline's email
  'parcel-marked-delivered/courier-runaround': ['madam, contact the seller, we have delivered it'], // the courier
  'parcel-marked-delivered/uneasy': ['should arrive by tuesday'], // the first order's tracking page
  'password-reset-not-good-with-computers/the-button': ['Reset your password.'], // the email
  'password-reset-not-good-with-computers/password-rejected': ['Bantama', 'Password does not meet requirements.'],
  'password-reset-not-good-with-computers/the-code': [
    'Enter the six-digit code we sent to your phone.',
    'Tallybird will never ask for this code.',
  ],
  'password-reset-not-good-with-computers/code-expired': ['This code has expired.'],
  'password-reset-not-good-with-computers/logged-in': ['Bantama Reading Circle, balance 8,412.60', 'Pay'],
  'wrong-number-transfer/recipient-contact': ['i will send back ur money but u giv me 2,000 for my trouble'],
};

/** Words in quotation marks ('…', "…", ‘…’, “…”), leaving apostrophes (don't, customers') alone. */
function quotedWords(text: string): string[] {
  const quote = /(?<=^|[\s(—–-])['"“‘](?=\S)([^'"“”‘’]*?[^\s'"“”‘’])['"”’](?=$|[\s.,;:!?)…—–-])/gu;
  return [...text.matchAll(quote)].map((m) => m[1]!);
}

/** Lower case, curly quotes and dashes made plain, runs of space closed, final punctuation dropped. */
const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[.!?,]+$/, '');

const said = (node: ScenarioNode) => (node.kind === 'end' ? [node.closingLine] : node.lines);

/** What the customer could be quoting besides the reply: the scenario's other lines, notes and background. */
function saidElsewhere(scenario: Scenario, target: ScenarioNode): string {
  const lines = scenario.nodes
    .filter((n) => n !== target)
    .flatMap((n) => [...said(n), ...(n.kind === 'customer' && n.note ? [n.note] : [])]);
  return plain([scenario.persona.background, ...lines].join('\n'));
}

/** The quotes in `target`'s lines that neither `reply` nor anything said before accounts for. */
function unexplainedQuotes(scenario: Scenario, target: ScenarioNode, reply: string | undefined): string[] {
  const others = (QUOTED_FROM_OTHERS[`${scenario.id}/${target.id}`] ?? []).map(plain);
  const elsewhere = saidElsewhere(scenario, target);
  return said(target)
    .flatMap(quotedWords)
    .filter((q) => {
      const words = plain(q);
      return !others.includes(words) && !elsewhere.includes(words) && !(reply !== undefined && plain(reply).includes(words));
    });
}

/**
 * What a customer might ask for, how a question asks for it, and how a reply gives it. Kept to things a
 * reply states in recognisable words: a time (a day, a clock time, "within 5 days") and a refund.
 */
const ASKS: Array<{ what: string; question: RegExp; given: RegExp; ofSomething?: boolean }> = [
  {
    what: 'when',
    question: /\b(when|what time|how long|which day)\b/i,
    given:
      /\b(today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}:\d{2}|\d{1,2} ?(am|pm)|(within|in|by) (a|an|one|two|three|four|five|six|seven|ten|\d+)[ -](working )?(minutes?|hours?|days?|weeks?))\b/i,
    // "When?" may be about anything: the results, the call, the money.
    ofSomething: true,
  },
  {
    what: 'a refund',
    question: /\b(money back|refund)/i,
    given: /\b(refund(ed|ing)?|money back|credit(ed)? (it|the)|back (on|in|to) your (card|account|bank))\b/i,
  },
];

/** Words that say nothing about what a question is about ("so when will that be?"). */
const QUESTION_WORDS = new Set(
  'about actually again also back been could does doing exactly from going have just know long much need really should still take takes tell that then there they this what when where which will with would your'.split(
    ' ',
  ),
);

/** What a question is about: its longer words, minus the words every question has ("how long for the results?": results). */
const subjectOf = (question: string) =>
  (question.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !QUESTION_WORDS.has(w)).map((w) => w.slice(0, 5));

/**
 * Whether `reply` gives what `question` asks for. A time: a bare question ("And when?") is answered by
 * any time, one about something ("how long for the results?") by a sentence that also names it.
 */
function answers(reply: string, question: string, { given, ofSomething }: (typeof ASKS)[number]): boolean {
  const subject = ofSomething ? subjectOf(question) : [];
  const sentences = reply.split(/(?<=[.!?;])\s+/);
  return sentences.some((s) => given.test(s) && (subject.length === 0 || subject.some((w) => s.toLowerCase().includes(w))));
}

/** The customer's questions in `target` asking for something `reply` already gave. */
function askedAgain(target: ScenarioNode, reply: string): string[] {
  const questions = said(target)
    .flatMap((line) => line.match(/[^.!?]*\?/g) ?? [])
    .map((q) => q.trim());
  return ASKS.flatMap((ask) =>
    questions.filter((q) => ask.question.test(q) && answers(reply, q, ask)).map((q) => `asks ${ask.what} again: "${q}"`),
  );
}

const customerTurns = (s: Scenario) => s.nodes.filter((n): n is CustomerTurn => n.kind === 'customer');
const nodeOf = (s: Scenario, id: string) => s.nodes.find((n) => n.id === id)!;

/** Typed replies to try on a free-text turn: its model reply, and one made of its key points' examples. */
function typedReplies(turn: CustomerTurn): string[] {
  const freeText = turn.freeText!;
  return [freeText.modelReply, freeText.keyPoints.map((k) => k.examples[0]!).join(' ')];
}

/** Where a typed reply to `turn` leads, played as the trainee would play it. */
function nextAfterTyping(scenario: Scenario, turn: CustomerTurn, text: string): ScenarioNode {
  const mood = turn.mood ?? scenario.persona.startingMood;
  const state = takeTurn(scenario, startPlay(scenario, { nodeId: turn.id, mood, carried: [] }), { kind: 'text', text });
  return nodeOf(scenario, state.nodeId);
}

describe('quotedWords', () => {
  it('finds words in any kind of quotation mark and leaves apostrophes alone', () => {
    expect(quotedWords(`'Should be'? I don't know. He said "asap", and ‘soon’ and “later”. The drivers' van.`)).toEqual([
      'Should be',
      'asap',
      'soon',
      'later',
    ]);
  });
});

describe('askedAgain', () => {
  const account = {
    id: 'x',
    kind: 'customer',
    lines: ['Right. Are you giving me my money back or not? And when?'],
    choices: [],
  } as unknown as ScenarioNode;

  it('catches a question about what the reply has just given', () => {
    expect(askedAgain(account, "I've refunded the 49.99 and it will be back on your card by Wednesday.")).toEqual([
      'asks when again: "And when?"',
      'asks a refund again: "Are you giving me my money back or not?"',
    ]);
  });

  it('lets the customer ask what the reply left out', () => {
    expect(askedAgain(account, 'Let me look into it for you.')).toEqual([]);
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))(
  '%s: every customer line fits the replies that reach it',
  (_id, scenario) => {
    const choiceEdges = customerTurns(scenario).flatMap((turn) =>
      (turn.choices ?? []).map((choice) => ({ name: `${turn.id} > ${choice.id} > ${choice.next}`, choice })),
    );
    const branchEdges = customerTurns(scenario).flatMap((turn) =>
      (turn.freeText?.branches ?? []).map((branch, i) => ({ name: `${turn.id} > branch ${i + 1} > ${branch.next}`, branch })),
    );

    it.each(choiceEdges.map((e) => [e.name, e] as const))(
      'after choice %s: quotes only the choice or what was said before, and asks nothing it gave',
      (_name, { choice }) => {
        const target = nodeOf(scenario, choice.next);
        expect(unexplainedQuotes(scenario, target, choice.text)).toEqual([]);
        expect(askedAgain(target, choice.text)).toEqual([]);
      },
    );

    if (branchEdges.length > 0) {
      it.each(branchEdges.map((e) => [e.name, e] as const))(
        'after a typed reply, %s does not quote the trainee (their words are unknown)',
        (_name, { branch }) => {
          expect(unexplainedQuotes(scenario, nodeOf(scenario, branch.next), undefined)).toEqual([]);
        },
      );
    }

    const freeTextTurns = customerTurns(scenario).filter((t) => t.freeText);
    it.each(freeTextTurns.map((t) => [t.id, t] as const))(
      'after a typed reply to %s that gives what was asked, the customer does not ask for it again',
      (_name, turn) => {
        for (const text of typedReplies(turn)) {
          const target = nextAfterTyping(scenario, turn, text);
          expect(askedAgain(target, text), `${text}\n  > ${target.id}`).toEqual([]);
        }
      },
    );
  },
);
