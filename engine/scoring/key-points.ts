import type { KeyPoint } from '../scenario/format';
import { negatedAt, normalise, tokenize, type Token } from './tokens';
import type { KeyPointResult } from './types';
import { readSentences, type ReplySentence } from './reply-sentences';

/**
 * Words that say the same thing in service talk, folded to one concept so "I'll put the money back
 * on your card" covers "refund the duplicate charge". Kept small and specific to the domain.
 */
const CONCEPTS: Array<[string, RegExp]> = [
  ['@refund', /^(refund|reimburs|repay|repaid|credit|revers|compens|money back|goodwil|voucher|waiv|discount)/],
  ['@apology', /^(sorri|apolog)/],
  ['@fix', /^(fix|sort|resolv|solv|correct|rectifi|amend|repair|restor|reinstat)/],
  ['@check', /^(check|look|investig|review|examin|trace|track|find|found|search|verifi)/],
  ['@contact', /^(email|e-mail|mail|text|sms|messag|call|ring|phone|write|contact|notifi|updat|inform|ping|reach)/],
  ['@confirm', /^(confirm|receipt|refer|record|written|writ|ref)$/],
  ['@manager', /^(manag|supervisor|senior|lead|duti)/],
  ['@now', /^(now|today|immedi|straight|asap|tonight|urgent|priorit|expedit|escal|fast|rush|p1)/],
  ['@charge', /^(charg|payment|paid|debit|bill|transact|taken|fee)/],
  ['@duplicate', /^(duplic|twice|doubl|second|extra|two)/],
  ['@replace', /^(replac|exchang|swap|reship|resend|reissu)/],
  ['@appoint', /^(appoint|slot|book|schedul|reserv|arrang|rebook)/],
  ['@account', /^(account|profil)/],
  ['@send', /^(send|sent|post|forward|dispatch|ship|deliv|courier)/],
  ['@cancel', /^(cancel|stop|termin|void|close|paus|halt|suspend|freez|block)/],
  ['@cause', /^(becaus|reason|why|caus|due)$/],
  ['@prevent', /^(prevent|avoid|again|recur|futur|flag|note)$/],
  ['@document', /^(certif|document|proof|paperwork|form|evid|photo|pictur|screenshot|invoic)/],
  ['@engineer', /^(engin|technician|plumber|electrician|specialist|expert)/],
  ['@safe', /^(safe|secur|protect)/],
];

const STOP = new Set(
  // Instruction words trainers use in key point descriptions ("Give a clear…") carry no meaning to match.
  'give explain offer provide tell say mention ensure make let customer customers clear concrete specific any them their so try able need needs a an the and or but to of in on at for with by from as is are was were be been being it its this that these those i you we they he she me us them my your our their his her will would can could shall should may might must do does did have has had not no so if then than there here just also very really about into over out up down all any some more most such only own same too through onto via across around upon while'.split(
    ' ',
  ),
);

const WEEKDAY =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|thu|fri|midday|noon|eod|tomorrow|tonight|today|hour|hours|day|days|week|weeks|minute|minutes|morning|afternoon|evening)$/;

function conceptOf(token: Token): string {
  if (
    WEEKDAY.test(token.word) ||
    /^\d+(h|hrs?|st|nd|rd|th|am|pm)$/.test(token.word) ||
    /^(timefram|timescal|date|deadlin)/.test(token.stem)
  )
    return '@timeframe';
  // A number means itself: "£52" matches "£52", not any other figure.
  if (/^\d/.test(token.word)) return `#${token.word}`;
  for (const [concept, re] of CONCEPTS) if (re.test(token.stem) || re.test(token.word)) return concept;
  return token.stem;
}

// "I'll", "won't", "you've": the pronoun or auxiliary before the apostrophe decides.
const isStop = (word: string) => STOP.has(word) || STOP.has(word.replace(/'.*$/, '')) || /n't$/.test(word);

/** Each word's meaning unit (null for a stop word), worked out once per word: the vocabulary is small. */
const unitCache = new Map<string, string | null>();
function unitOf(token: Token): string | null {
  let unit = unitCache.get(token.word);
  if (unit === undefined) {
    unit = isStop(token.word) ? null : conceptOf(token);
    if (unitCache.size < 50_000) unitCache.set(token.word, unit);
  }
  return unit;
}

/** The meaning-bearing units of a phrase: concepts and stems, stop words left out. */
function contentUnits(tokens: readonly Token[]): Array<{ unit: string; token: Token }> {
  const out: Array<{ unit: string; token: Token }> = [];
  for (const token of tokens) {
    const unit = unitOf(token);
    if (unit !== null) out.push({ unit, token });
  }
  return out;
}

/**
 * Clauses that cover nothing however many of a point's words they use: wishes and hedges ("I hope
 * this gets sorted", "no promises"), refusals and pointing elsewhere ("it is the motorist's
 * responsibility", "please refer to our website").
 */
const COVERS_NOTHING =
  /\b(?:hope|hopefully|may vary|might|maybe|perhaps|wish|no promises|see if i can|i'll try|(?:someone|somebody) will|in due course|responsibility|(?:we|i) (?:do not|don't|cannot|can't|are unable|am unable)|(?:isn't|is not|not) possible|refer to|go and|elsewhere|you should have|(?:is|are) (?:handled|dealt with|investigated|processed|managed) (?:in|by)|(?:don't|do not) handle|can be found|we'll see|'ll (\w+)\b[^.!?]{0,25} when (?:we|he|she|they|you|it) \1|you'll hear when|before (?:i|we) can|take it (?:up )?(?:to|with)|with your bank|^\s*(?:ring|call|try|contact us) (?:back|again))\b/;

/** "I can't do X, but I've done Y": each side of a "but" or a semicolon is judged on its own. */
const CLAUSE_BREAK = /[;:]|,?\s+but\s+|\s+[—–]\s+/g;

/** A policy stated at large covers a point only partly: it tells the customer the rule, not their case. */
const IMPERSONAL_FACTOR = 0.6;

/** A figure the customer did not say ("£52", "9am") is strong evidence on its own: it counts as two words. */
const FIGURE_WEIGHT = 2;

interface PreparedPoint {
  point: KeyPoint;
  phrases: Array<Set<string>>;
}

const prepared = new WeakMap<readonly KeyPoint[], Map<string, PreparedPoint[]>>();

/**
 * The meaning units of each key point's description and examples, less the words that only restate
 * the customer's problem ("charged twice"): repeating their complaint back is not covering the fix.
 */
function prepare(points: readonly KeyPoint[], customer: string): PreparedPoint[] {
  let byCustomer = prepared.get(points);
  if (!byCustomer) prepared.set(points, (byCustomer = new Map()));
  let p = byCustomer.get(customer);
  if (!p) {
    const problemWords = new Set(contentUnits(tokenize(customer.toLowerCase())).map((u) => u.unit));
    p = points.map((point) => ({
      point,
      phrases: [point.description, ...point.examples]
        .map((text) => {
          const tokens = tokenize(text);
          const units = contentUnits(tokens).map(({ unit, token }) => (negatedAt(tokens, token.start, 2) ? `!${unit}` : unit));
          const beyondProblem = units.filter((u) => !problemWords.has(u));
          return new Set(beyondProblem.length > 0 ? beyondProblem : units);
        })
        .filter((set) => set.size > 0),
    }));
    if (byCustomer.size < 100) byCustomer.set(customer, p);
  }
  return p;
}

/**
 * Decides, sentence by sentence, which key points a reply covers. A phrase is covered when at least
 * half of its meaning units (and at least two, for longer phrases) appear in one sentence, negated
 * where the phrase negates them ("no deadline") and not otherwise.
 */
export function matchKeyPoints(
  reply: string,
  points: readonly KeyPoint[] | undefined,
  customer = '',
  read: readonly ReplySentence[] = readSentences(reply),
): KeyPointResult[] {
  if (!points || points.length === 0) return [];
  const lowerReply = reply.toLowerCase();
  const single = read.map((s) => {
    const units = new Set<string>();
    const breaks = [...s.text.matchAll(CLAUSE_BREAK), { index: s.text.length, 0: '' }];
    let start = 0;
    for (const m of breaks) {
      const clause = s.tokens.filter((t) => t.start >= start && t.start < m.index);
      if (!COVERS_NOTHING.test(s.text.slice(start, m.index)))
        for (const { unit, token } of contentUnits(clause)) units.add(negatedAt(clause, token.start, 2) ? `!${unit}` : unit);
      start = m.index + m[0].length;
    }
    return { text: s.text, units, impersonal: s.impersonal };
  });
  // A point is often made across two short sentences ("Refund issued. 5-7 working days."), so
  // adjacent pairs are tried as well as single sentences.
  const replySentences = [
    ...single,
    ...single.slice(1).map((s, i) => ({
      text: `${single[i]!.text} ${s.text}`,
      units: new Set([...single[i]!.units, ...s.units]),
      impersonal: s.impersonal && single[i]!.impersonal,
    })),
  ];
  const anywhere = new Set(single.flatMap((s) => [...s.units]));
  return prepare(points, customer).map(({ point, phrases }) => {
    let best: { ratio: number; sentence?: string } = { ratio: 0 };
    for (const sentence of replySentences) {
      for (const phrase of phrases) {
        let hits = 0;
        let contradicts = false;
        for (const unit of phrase) {
          if (sentence.units.has(unit)) hits += unit.startsWith('#') ? FIGURE_WEIGHT : 1;
          // "No deadline" is not covered by "the deadline is Friday", whatever else they share.
          else if (unit.startsWith('!') && sentence.units.has(unit.slice(1))) contradicts = true;
        }
        if (contradicts) continue;
        const needed = phrase.size >= 3 ? 2 : 1;
        const ratio = (hits >= needed ? Math.min(1, hits / phrase.size) : 0) * (sentence.impersonal ? IMPERSONAL_FACTOR : 1);
        if (ratio > best.ratio) best = { ratio, sentence: sentence.text };
      }
    }
    // Meaning said anywhere in the reply, from any phrasing: partial credit the best single sentence misses.
    const meaning = new Set(phrases.flatMap((p) => [...p]).filter((u) => !u.startsWith('!')));
    const overlap = meaning.size === 0 ? 0 : [...meaning].filter((u) => anywhere.has(u)).length / meaning.size;
    const covered = best.ratio >= 0.5 || lowerReply.includes(normalise(point.examples[0] ?? '\u0000'));
    return {
      id: point.id,
      description: point.description,
      covered,
      strength: covered ? Math.max(best.ratio, 0.5) : best.ratio,
      overlap,
      ...(!covered && best.ratio >= 0.34 ? { partly: true } : {}),
      ...((covered || best.ratio >= 0.34) && best.sentence ? { matched: best.sentence } : {}),
    };
  });
}
