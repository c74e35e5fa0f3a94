/**
 * Behavioural tests of the scorer in the CheckList manner (Ribeiro et al., ACL 2020): minimum
 * functionality, invariance and directional tests, generated from the labelled situations by
 * transformations. Each test has a name, a stated pass rate, and the cases that failed, so
 * `npm test` can hold the scorer to the rates and `npm run bench` can print them.
 */
import { DIMENSIONS, type Dimension } from '../engine/scenario/format';
import { readFigures } from '../engine/scoring/figures';
import { scoreReply } from '../engine/scoring/score-reply';
import type { ReplyScore, ScoringContext } from '../engine/scoring/types';
import { americanVariant, FILLER, FORMULAS, misspelled, negatedSentence, PLEASANTRIES } from './checklist-material';
import type { LabelledReply, Situation } from './scoring-dataset';

export interface ChecklistResult {
  name: string;
  /** What the test asks of every case, in a sentence. */
  rule: string;
  cases: number;
  passed: number;
  /** The rate `npm test` holds the scorer to, in percent. */
  required: number;
  failures: string[];
}

const contextOf = (s: Situation): ScoringContext => ({ customer: s.customer, keyPoints: s.keyPoints, mood: s.mood });
const score = (reply: string, s: Situation): ReplyScore => scoreReply(reply, contextOf(s));
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

function result(name: string, rule: string, required: number, outcomes: Array<true | string>): ChecklistResult {
  const failures = outcomes.filter((o): o is string => o !== true);
  return { name, rule, required, cases: outcomes.length, passed: outcomes.length - failures.length, failures };
}

/** Replies a trainer rated 0 or 1 on every dimension: nothing should lift them to a pass. */
const poorReplies = (situations: readonly Situation[]) =>
  situations.flatMap((s) => s.replies.filter((r) => DIMENSIONS.every((d) => r[d] <= 1)).map((r) => ({ s, r })));

const goodReplies = (situations: readonly Situation[]) =>
  situations.flatMap((s) => s.replies.filter((r) => r.helpfulness >= 3 && r.respect >= 3).map((r) => ({ s, r })));

function formula(situations: readonly Situation[]): ChecklistResult {
  const outcomes = poorReplies(situations).map(({ s, r }, i): true | string => {
    const base = score(r.response, s);
    const block = pick(FORMULAS, i);
    const padded = score(`${block} ${r.response}`, s);
    for (const d of DIMENSIONS) {
      const rise = padded.scores[d] - base.scores[d];
      if (rise > 10 || (padded.scores[d] > 50 && rise > 0))
        return `${r.id} ${d} ${base.scores[d]}→${padded.scores[d]} with “${block}”`;
    }
    const twice = score(`${block} ${pick(FORMULAS, i + 7)} ${r.response}`, s);
    for (const d of DIMENSIONS)
      if (twice.scores[d] > padded.scores[d] + 1)
        return `${r.id} ${d}: a second formula earned ${twice.scores[d] - padded.scores[d]}`;
    if (!padded.evidence.some((e) => e.id === 'scripted-sympathy')) return `${r.id}: the formula is not named as scripted`;
    return true;
  });
  return result(
    'formula',
    'a formulaic sympathy block added to a reply rated 0-1 raises no score by more than 10 or above 50, a second earns nothing, and the evidence calls it scripted',
    45,
    outcomes,
  );
}

function length(situations: readonly Situation[]): ChecklistResult {
  const outcomes = situations.flatMap((s, i) =>
    s.replies.slice(0, 4).map((r, j): true | string => {
      const base = score(r.response, s);
      const words = 100 + ((i * 4 + j) % 4) * 100;
      const padded = score(`${r.response}\n\n${fillerOf(words, i + j)}`, s);
      for (const d of DIMENSIONS)
        if (padded.scores[d] > base.scores[d] + 3)
          return `${r.id} ${d} ${base.scores[d]}→${padded.scores[d]} with ${words} words of filler`;
      return true;
    }),
  );
  return result('length', 'appending 100-400 words of cue-free filler raises no score by more than 3 points', 70, outcomes);
}

function fillerOf(words: number, seed: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = seed; n < words; i++) {
    const sentence = pick(FILLER, i);
    out.push(sentence);
    n += sentence.split(/\s+/).length;
  }
  return out.join(' ');
}

const COURTESIES = [
  "I'm so sorry to hear that",
  'Thank you so much for getting in touch',
  'I completely understand how you feel',
  "I'm really sorry for your loss",
  'I hear you, and I appreciate your patience',
];
const BRUSH_OFFS = [
  "but that's really your problem, not ours.",
  'but you should have read the terms before you booked.',
  'anyway, is there anything else today?',
  "though honestly it's not a big deal.",
  'but there is nothing we can do, so you will have to deal with it.',
];

function contrast(situations: readonly Situation[]): ChecklistResult {
  const outcomes = situations.map((s, i): true | string => {
    const brushOff = pick(BRUSH_OFFS, i);
    const alone = score(
      brushOff.replace(/^(?:but|anyway,|though) /, '').replace(/^\w/, (c) => c.toUpperCase()),
      s,
    );
    const reply = `${pick(COURTESIES, i * 3)}, ${brushOff}`;
    const both = score(reply, s);
    for (const d of ['respect', 'empathy'] as const)
      if (both.scores[d] > Math.max(40, alone.scores[d] + 10)) return `${s.situation} ${d} ${both.scores[d]} for “${reply}”`;
    return true;
  });
  return result(
    'contrast',
    'courtesy followed by a brush-off, refusal or blame is judged by what follows: respect and empathy stay at or below 40',
    98,
    outcomes,
  );
}

const SARCASM = [
  "Oh I'm SO sorry you feel that way. I'm sure your {thing} is very important to you.",
  "Well, I'm sure you checked very carefully. It'll get sorted when it gets sorted.",
  'Thanks so much for the lecture. Must be nice to have so much time to complain.',
  "With all due respect, it'll happen when it happens. Good luck with that.",
  'Sorry if you feel upset. Funnily enough, everyone else manages just fine.',
  'Wow, what a surprise, another complaint. Well done you.',
];

function sarcasm(situations: readonly Situation[]): ChecklistResult {
  const outcomes = situations.map((s, i): true | string => {
    const thing = s.keyPoints[0]?.description.split(' ').slice(-2).join(' ').toLowerCase() ?? 'problem';
    const reply = pick(SARCASM, i).replace('{thing}', thing);
    const verdict = score(reply, s);
    if (verdict.scores.respect > 35 || verdict.scores.empathy > 35)
      return `${s.situation} ${verdict.scores.respect}/${verdict.scores.empathy} for “${reply}”`;
    return true;
  });
  return result(
    'sarcasm',
    'sarcasm and passive aggression in polite words score 35 or less on respect and empathy',
    98,
    outcomes,
  );
}

/** The point's own amounts and percentages, as its description states them. */
const statedFigures = (description: string) =>
  readFigures(description.toLowerCase()).filter((f) => f.kind === 'money' || f.kind === 'percent');

/** The sentence with one of the point's own figures changed the way a careless agent would: a lost zero, a halved rate. */
function wrongFigureIn(sentence: string, description: string): { wrong: string; said: string } | null {
  for (const figure of statedFigures(description)) {
    const digits = figure.text.match(/\d[\d,]*(?:\.\d+)?/)?.[0];
    if (!digits || !sentence.includes(digits)) continue;
    const plain = digits.replace(/,/g, '');
    const changed =
      figure.kind === 'percent'
        ? String(Math.max(1, Math.round(Number(plain) / 2)))
        : plain.includes('.')
          ? plain.replace(/\d(?=\.)/, '') || '1'
          : plain.length > 1
            ? plain.slice(0, -1)
            : `${plain}0`;
    const said = figure.text.replace(digits, changed);
    return { wrong: sentence.replace(digits, changed), said };
  }
  return null;
}

function facts(situations: readonly Situation[]): ChecklistResult {
  const outcomes: Array<true | string> = [];
  for (const { s, r } of goodReplies(situations)) {
    const base = score(r.response, s);
    for (const point of s.keyPoints.filter((p) => statedFigures(p.description).length > 0)) {
      if (!base.keyPoints.find((k) => k.id === point.id)?.covered) continue;
      const sentence = r.response.split(/(?<=[.!?])\s+/).find((x) => wrongFigureIn(x, point.description));
      if (!sentence) continue;
      const change = wrongFigureIn(sentence, point.description)!;
      // Every mention changes, as when an agent misreads the amount: no right figure is left beside it.
      const digits = change.said.match(/\d[\d,]*(?:\.\d+)?/)![0];
      const original = statedFigures(point.description)
        .map((f) => f.text.match(/\d[\d,]*(?:\.\d+)?/)![0])
        .find((d) => sentence.includes(d))!;
      const verdict = score(r.response.split(original).join(digits), s);
      const after = verdict.keyPoints.find((k) => k.id === point.id)!;
      if (after.covered) outcomes.push(`${r.id}: “${change.said}” still covers ${point.id}`);
      else if (verdict.scores.helpfulness > base.scores.helpfulness - 10)
        outcomes.push(`${r.id}: helpfulness ${base.scores.helpfulness}→${verdict.scores.helpfulness} with ${change.said}`);
      else if (!verdict.evidence.some((e) => e.id === 'wrong-fact'))
        outcomes.push(`${r.id}: the evidence does not name the wrong fact`);
      else outcomes.push(true);
    }
  }
  return result(
    'facts',
    "a reply that changes one of a key point's own amounts or percentages does not cover it, loses at least 10 helpfulness, and is told so",
    60,
    outcomes,
  );
}

function negation(situations: readonly Situation[]): ChecklistResult {
  const outcomes: Array<true | string> = [];
  for (const { s, r } of goodReplies(situations)) {
    const base = score(r.response, s);
    for (const point of base.keyPoints.filter((k) => k.covered && k.matched)) {
      // Single-clause sentences only: in "I've refunded it, and it'll be back Friday" negating the
      // first verb leaves the second promise standing, rightly covered.
      const sentence = r.response
        .split(/(?<=[.!?])\s+/)
        .find((x) => point.matched!.startsWith(x.toLowerCase().slice(0, 25)) && !/,|;|\b(?:and|so|but|then)\b/.test(x));
      const negated = sentence && negatedSentence(sentence);
      if (!sentence || !negated) continue;
      const verdict = score(r.response.replace(sentence, negated), s);
      const after = verdict.keyPoints.find((k) => k.id === point.id)!;
      outcomes.push(
        after.covered && after.matched?.includes(negated.toLowerCase().slice(0, 20))
          ? `${r.id}: “${negated}” covers ${point.id}`
          : true,
      );
    }
  }
  return result(
    'negation',
    'a key point said in the negative or refused ("I won’t refund…") is never covered by that sentence',
    70,
    outcomes,
  );
}

function contentNotFiller(situations: readonly Situation[]): ChecklistResult {
  const outcomes = situations.flatMap((s) =>
    [...PLEASANTRIES, s.customer].map((reply): true | string => {
      const verdict = score(reply, s);
      const covered = verdict.keyPoints.filter((k) => k.covered).map((k) => k.id);
      return covered.length === 0 ? true : `${s.situation}: “${reply.slice(0, 50)}” covers ${covered.join(', ')}`;
    }),
  );
  return result(
    'content',
    "pleasantries, time words and the customer's own words never cover a key point on their own",
    98,
    outcomes,
  );
}

function paraphrase(situations: readonly Situation[]): ChecklistResult {
  const outcomes = situations.flatMap((s) =>
    s.replies
      .filter((r) => r.kind === 'paraphrase' && r.helpfulness >= 3)
      .map((r): true | string => {
        const verdict = score(r.response, s);
        const covered = verdict.keyPoints.filter((k) => k.covered || k.partly).length;
        return covered * 2 >= verdict.keyPoints.length
          ? true
          : `${r.id}: ${covered}/${verdict.keyPoints.length} key points heard`;
      }),
  );
  return result(
    'paraphrase',
    'a reply that covers the key points in other words is heard on at least half of them',
    40,
    outcomes,
  );
}

function language(situations: readonly Situation[]): ChecklistResult {
  const outcomes = situations.flatMap((s) =>
    s.unscorable.map((r): true | string =>
      score(r.response, s).scorable ? `${r.id}: “${r.response.slice(0, 40)}” was scored` : true,
    ),
  );
  return result('language', 'a reply that is not English, or has no words, is reported unscorable', 100, outcomes);
}

function within(points: number, name: string, rule: string, required: number, change: (r: LabelledReply) => string | null) {
  return (situations: readonly Situation[]): ChecklistResult => {
    const outcomes: Array<true | string> = [];
    for (const { s, r } of goodReplies(situations)) {
      const changed = change(r);
      if (!changed || changed === r.response) continue;
      const a = score(r.response, s);
      const b = score(changed, s);
      const off = DIMENSIONS.find((d: Dimension) => Math.abs(a.scores[d] - b.scores[d]) > points);
      outcomes.push(off ? `${r.id} ${off} ${a.scores[off]}→${b.scores[off]}` : true);
    }
    return result(name, rule, required, outcomes);
  };
}

const typos = within(10, 'typos', 'small misspellings ("realy", "sory", "recieve") move no score by more than 10', 95, (r) =>
  misspelled(r.response),
);
const spelling = within(
  5,
  'spelling-variants',
  'British and American spellings of the same reply score within 5 points',
  95,
  (r) => americanVariant(r.response),
);

/**
 * The required rates are the floors this scorer reaches today, so any change that makes it easier to
 * game fails `npm test`; where a floor is below the rate the product needs (formula, length, facts,
 * negation, paraphrase), the closing note says so and the next change raises it.
 */
/** Every behavioural test, run over the given situations. */
export function runChecklist(situations: readonly Situation[]): ChecklistResult[] {
  return [formula, length, contrast, sarcasm, facts, negation, contentNotFiller, paraphrase, language, typos, spelling].map((t) =>
    t(situations),
  );
}
