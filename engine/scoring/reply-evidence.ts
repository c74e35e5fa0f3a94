import { CUES } from './cues';
import { clauseStartBefore, COMMON_ENGLISH, negatedAt, normalise, tokenize, type Token } from './tokens';
import type { LocatedEvidence } from './located-evidence';
import { inNegatedClause } from './negation';
import type { Evidence } from './types';

/** Text inside quotation marks is the customer's words quoted back, not the trainee's own. */
export function withoutQuotes(lower: string): string {
  return lower.replace(/"[^"]*"|'[^'\s][^']*[^'\s]'(?=\W|$)/g, (m) => ' '.repeat(m.length));
}

interface Found {
  evidence: Evidence;
  start: number;
  end: number;
}

/**
 * Every cue found in the reply; of a group, only the strongest counts. A gain inside a loss does not
 * count: the "sorry" in a sarcastic "sorry to interrupt your busy day" is no apology.
 */
export function cueEvidence(lower: string, tokens: readonly Token[]): LocatedEvidence[] {
  const found: Found[] = [];
  const bestInGroup = new Map<string, Found>();
  const unquoted = withoutQuotes(lower);
  for (const cue of CUES) {
    const source = cue.points < 0 && !cue.inQuotes ? unquoted : lower;
    let count = 0;
    // exec on the cue's own regex: matchAll would clone each regex on every reply.
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(source); m; m = cue.re.exec(source)) {
      if (m[0].length === 0) cue.re.lastIndex++;
      // Help that is refused ("I'm not going to refund it") is no help, however far the negation reaches.
      const negated =
        !cue.ignoresNegation &&
        (negatedAt(tokens, m.index, cue.points < 0 ? 6 : 2, clauseStartBefore(lower, m.index)) ||
          (cue.dimension === 'helpfulness' && cue.points > 0 && inNegatedClause(lower, m.index)));
      if (negated) continue;
      const item: Found = {
        evidence: { id: cue.id, dimension: cue.dimension, points: cue.points, reason: cue.reason, phrase: m[0].trim() },
        start: m.index,
        end: m.index + m[0].length,
      };
      if (cue.group) {
        const previous = bestInGroup.get(cue.group);
        if (!previous || Math.abs(previous.evidence.points) < Math.abs(cue.points)) bestInGroup.set(cue.group, item);
        break;
      }
      found.push(item);
      if (++count >= (cue.max ?? 1)) break;
    }
  }
  const all = [...found, ...bestInGroup.values()];
  const losses = all.filter((f) => f.evidence.points < 0);
  return all
    .filter((f) => f.evidence.points < 0 || !losses.some((l) => f.start < l.end && l.start < f.end))
    .map((f) => ({ evidence: f.evidence, at: f.start }));
}

const ACRONYMS =
  /^(ATM|PIN|SMS|USD|GBP|EUR|KES|NGN|INR|NHS|OK|TV|UK|USA|IBAN|FAQ|ASAP|MRI|GP|VAT|ID|IT|HR|PDF|SIM|DD|RA|ETA|CEO|AM|PM|A&E|GB|MB|NB|PS|DVLA|DVSA|HMRC|DWP|UCAS|GDPR|KYC|IVF|APR|ISA|CCJ|ACAS|NINO|BVN|NIN|MPESA|USSD|OTP|CVV|URL|USB|WIFI|VPN|API|HTML|SKU|RMA|MOT|ICU|ENT|NICU|TBC|TBA|NB|RSVP|ATOL|ABTA|IATA|PNR|AVS|UPS|DHL|DPD|EVRI|USPS|FEDEX|TFL|NYC|LHR|JFK|EMI|CIBIL|PAYE|NHSX|PCN|RSPCA|GCSE|SATS|FAFSA)$/;

function capitalCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
  }
  return n;
}

/** Capitals and repeated punctuation read as shouting. */
export function shoutingEvidence(reply: string): Evidence[] {
  // Judged sentence by sentence, so a shouted sentence stays shouting however much calm text surrounds it.
  // Such a sentence has at least 8 capitals (over 60% of 12 letters): most replies have fewer in all.
  const shouted =
    capitalCount(reply) >= 8 &&
    reply.split(/(?<=[.!?])\s+|\n+/).find((sentence) => {
      const letters = sentence.replace(/[^A-Za-z]/g, '');
      return letters.length >= 12 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.6;
    });
  if (shouted) {
    return [
      {
        id: 'shouting',
        dimension: 'respect',
        points: -35,
        reason: 'shouting: the reply is in capitals',
        phrase: shouted.trim().slice(0, 40),
      },
    ];
  }
  const out: Evidence[] = [];
  const capsWords = (reply.match(/\b(?:[A-Z]{4,}|[A-Z]+'[A-Z]+)\b/g) ?? []).filter((w) => !ACRONYMS.test(w));
  if (capsWords.length >= 2)
    out.push({
      id: 'shouting',
      dimension: 'respect',
      points: -20,
      reason: 'shouting in capitals',
      phrase: capsWords.slice(0, 3).join(' '),
    });
  // One word in capitals in an otherwise ordinary reply is a raised voice on that word.
  else if (capsWords.length === 1)
    out.push({ id: 'shouting', dimension: 'respect', points: -10, reason: 'a word shouted in capitals', phrase: capsWords[0] });
  const bangs = reply.match(/[!?]{3,}|\?!|!\?/);
  if (bangs)
    out.push({
      id: 'shouting',
      dimension: 'respect',
      points: -10,
      reason: 'repeated ! or ? reads as shouting',
      phrase: bangs[0],
    });
  return out;
}

const meaningful = (t: Token) => t.word.length > 3 && !COMMON_ENGLISH.has(t.word);
const customerStemCache = new Map<string, Set<string>>();
function customerStemsOf(customer: string): Set<string> {
  let stems = customerStemCache.get(customer);
  if (!stems) {
    stems = new Set(
      tokenize(customer)
        .filter(meaningful)
        .map((t) => t.stem),
    );
    if (customerStemCache.size > 500) customerStemCache.clear();
    customerStemCache.set(customer, stems);
  }
  return stems;
}

/** Content words the reply shares with the customer's line: proof it is about their situation. */
export function situationEvidence(replyTokens: readonly Token[], customer: string): Evidence[] {
  const customerStems = customerStemsOf(customer);
  const shared = [...new Set(replyTokens.filter((t) => meaningful(t) && customerStems.has(t.stem)).map((t) => t.word))];
  if (shared.length === 0) return [];
  return [
    {
      id: 'speaks-to-their-situation',
      dimension: 'empathy',
      points: Math.min(12, shared.length * 4),
      reason: 'speaks to their situation',
      phrase: shared.slice(0, 4).join(', '),
    },
  ];
}

/** Amounts, times, dates and references: the concrete details that make help usable. */
export function specificsEvidence(reply: string): Evidence[] {
  const found = reply.match(
    /[£$€₦₹]\s?\d[\d,.]*|\b\d[\d.,:/-]*\s*(?:%|am|pm|hours?|hrs?|days?|weeks?|minutes?|mins?|working days?|business days?|gb|mb|kg)?|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|thu|fri|tomorrow|tonight|today|this (?:morning|afternoon|evening|week)|next week|midday|noon|end of (?:the )?day|eod)\b|\b[A-Z]{2,}-?\d{3,}\b/gi,
  );
  if (!found) return [];
  const lower = normalise(reply);
  const stated = found.filter((f) => !inNegatedClause(lower, lower.indexOf(f.toLowerCase())));
  if (stated.length === 0) return [];
  const distinct = [...new Set(stated.map((f) => f.trim()))];
  return [
    {
      id: 'concrete-details',
      dimension: 'helpfulness',
      points: Math.min(14, distinct.length * 5),
      reason: 'concrete details (amounts, times, dates)',
      phrase: distinct.slice(0, 3).join(', '),
    },
  ];
}

/** Phrases the turn's author asked trainees to avoid. */
export function avoidedEvidence(lower: string, avoid: readonly string[] | undefined): Evidence[] {
  const out: Evidence[] = [];
  const unquoted = withoutQuotes(lower);
  for (const phrase of avoid ?? []) {
    const p = normalise(phrase).trim();
    if (p && unquoted.includes(p)) {
      out.push({
        id: 'avoided-phrase',
        dimension: 'respect',
        points: -10,
        reason: 'a phrase this turn asks you to avoid',
        phrase,
      });
      out.push({
        id: 'avoided-phrase',
        dimension: 'empathy',
        points: -10,
        reason: 'a phrase this turn asks you to avoid',
        phrase,
      });
    }
  }
  return out;
}

/** Using the customer's name (first or family name) is a courtesy. */
export function nameEvidence(lower: string, customerName: string | undefined): Evidence[] {
  if (!customerName) return [];
  const parts = normalise(customerName)
    .split(/\s+/)
    .filter((p) => p.length > 1);
  const used = parts.find((p) => new RegExp(`\\b${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lower));
  return used
    ? [{ id: 'uses-their-name', dimension: 'respect', points: 8, reason: "uses the customer's name", phrase: used }]
    : [];
}
