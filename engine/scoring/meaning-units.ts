/**
 * What the words of a phrase mean, as units a key point can be matched on: a concept shared by words
 * that say the same thing in service talk ("@refund" for "refund", "reimburse", "money back"), a
 * number however it is written, or a stem; stop words mean nothing. Both sides of a match, the key
 * point and the reply, are read by these same rules.
 */
import { negationScope } from './negation';
import { relatedStems } from './related-words';
import { numberRuns } from './spoken-numbers';
import type { Token } from './tokens';

/**
 * Words that say the same thing in service talk, folded to one concept so "I'll put the money back
 * on your card" covers "refund the duplicate charge". Kept small and specific to the domain.
 */
const CONCEPTS: Array<[string, RegExp]> = [
  ['@refund', /^(refund|reimburs|repay|repaid|credit|revers|compens|money back|goodwil|voucher|waiv|discount)/],
  ['@free', /^(free|complimentari|gratis)$/],
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

/**
 * Service idioms that say a concept in several words no single word carries: "£50 off your bill" is
 * a credit, "the hotel is on us" is free. Each adds its concept to the clause. `ownNegation` marks
 * idioms that carry their own "no" ("no charge", "won't cost you"): a negator there is the meaning,
 * not a refusal.
 */
const IDIOMS: ReadonlyArray<{ concept: string; re: RegExp; ownNegation?: boolean }> = [
  {
    concept: '@refund',
    re: /\b(?:(?:comes?|coming|came|taken|take|knock(?:ed)?) off (?:your|the|what you owe)|(?:put|putting|pay|paid|paying|give|given|giving|send|sent|sending|comes?|coming|goes?|going|get|getting) (?:it |them |the (?:money|amount|sum|fee|charge|cost|fare|deposit) |that |every (?:penny|cent|dollar|pound) )?back (?:to you|into|onto|on|in|to your))/g,
  },
  {
    concept: '@free',
    re: /\b(?:on us|(?:no|without (?:any )?) (?:extra |additional |further )?(?:charge|cost|fee|payment)|(?:won't|will not|doesn't|does not|shouldn't|not) (?:cost|charge) you|(?:won't|will not) ask (?:you )?(?:for|to pay)|at our (?:cost|expense)|free of charge|nothing (?:extra )?to pay|not a (?:penny|cent|thing) (?:more|extra))\b/g,
    ownNegation: true,
  },
];

const STOP = new Set(
  // Instruction words trainers use in key point descriptions ("Give a clear…") carry no meaning to match.
  'give explain offer provide tell say mention ensure make let customer customers clear concrete specific any them their so try able need needs a an the and or but to of in on at for with by from as is are was were be been being it its this that these those i you we they he she me us them my your our their his her will would can could shall should may might must do does did have has had not no so if then than there here just also very really about into over out up down all any some more most such only own same too through onto via across around upon while where what when which who whom whose how know knew known come coming came go going gone went get gets getting got take taking took make making made thing things stuff way lot bit kind lovely nice great good wonderful fantastic enjoy rest hope well'.split(
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

/** A word that carries meaning of its own: not a function word, pronoun or vague verb. */
export const isContentWord = (word: string) => !isStop(word) && word.length > 2;

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

/** The meaning units of one clause, negated ("!refund") where a negation in the clause reaches them. */
export function clauseUnits(tokens: readonly Token[], text: string): string[] {
  const negated = negationScope(tokens, text);
  const numbers = numberRuns(tokens, text);
  const out: string[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    // "fifty pounds" and "£50", "15,000" and "fifteen thousand": one figure, one unit.
    const number = numbers[next];
    let unit: string | null;
    if (number?.from === i) {
      unit = `#${number.value}`;
      i = number.to - 1;
      next++;
    } else unit = unitOf(tokens[i]!);
    if (unit !== null) out.push(negated[i] ? `!${unit}` : unit);
  }
  if (tokens.length === 0) return out;
  // `text` may be the whole sentence: only idioms within this clause's words count.
  const clause = text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  for (const idiom of IDIOMS)
    for (const m of clause.matchAll(idiom.re)) {
      const at = tokens.findIndex((t) => t.start >= tokens[0]!.start + m.index);
      out.push(!idiom.ownNegation && at >= 0 && negated[at] ? `!${idiom.concept}` : idiom.concept);
    }
  return out;
}

/** The units of words WordNet relates to a stem ("reimburse" for "refund"), worked out once per unit. */
const relatedCache = new Map<string, readonly string[]>();
export function relatedUnits(unit: string): readonly string[] {
  let out = relatedCache.get(unit);
  if (out === undefined) {
    out =
      unit.startsWith('@') || unit.startsWith('#')
        ? []
        : [...new Set(relatedStems(unit).map((stem) => conceptOf({ word: stem, stem, start: 0, end: 0 })))];
    relatedCache.set(unit, out);
  }
  return out;
}
