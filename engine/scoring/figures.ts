import { NUMBER_WORDS as SPOKEN_NUMBERS } from './spoken-numbers';

/**
 * The checkable facts a sentence states: amounts of money, percentages, clock times, weekdays, days of
 * the month and durations. Reading them lets the scorer tell "€30" from "€300" instead of counting
 * both as "a figure", so a wrong fact can no longer pass for help.
 */
export type FigureKind = 'money' | 'percent' | 'clock' | 'weekday' | 'date' | 'duration';

export interface Figure {
  kind: FigureKind;
  /** Money and percentages: the amount; clock: minutes after midnight; weekday: 0-6; date: day of month; duration: hours. */
  value: number;
  /** Durations and dates given as a range ("5-7 days", "12-19 January") keep their upper end here; otherwise equal to value. */
  upTo: number;
  /** The words as written, to quote back to the trainee. */
  text: string;
  start: number;
}

// "a day", "an hour", and the compounds written with a hyphen, besides every number word.
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ...SPOKEN_NUMBERS,
  ['forty-eight', 48],
  ['twenty-four', 24],
]);

const CURRENCY_BEFORE = String.raw`[£$€₦₹¥]|\b(?:ksh|kes|ngn|usd|gbp|eur|inr|zar|ghs|ugx|tzs|aud|cad|rs)\.?\s?`;
const CURRENCY_AFTER = String.raw`\s?(?:pounds?|quid|dollars?|euros?|bob|shillings?|naira|rupees?|rand|cedis?|pence|p\b|cents?)`;
const AMOUNT = String.raw`\d[\d,]*(?:\.\d+)?\s?(?:k\b|m\b|million|thousand|bn)?`;

// A bare amount with pence or cents ("47.50") is money too, unless it is a time ("10.30am", "at 10.30").
const MONEY = new RegExp(
  String.raw`(?:${CURRENCY_BEFORE})(${AMOUNT})|(${AMOUNT})(${CURRENCY_AFTER})|(?<!\bat\s|[\d.,])(\d{1,6}\.\d{2})(?![\d.]|\s?(?:am|pm|a\.m|p\.m|h\b))`,
  'g',
);
const PERCENT = /(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)/g;
const CLOCK = /\b(\d{1,2})(?:[:.](\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)|\b(\d{1,2})[:h](\d{2})\b|\b(noon|midday|midnight)\b/g;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday|tues|weds|thurs)\b/g;
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\b|\b(?:${MONTHS})\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(?:on|by|from|until|till|before|after)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b`,
  'g',
);
// "12-19 January" and "January 12-19" are one span of days, not the 19th or the 12th alone.
const ORDINAL = '(?:st|nd|rd|th)?';
const DATE_RANGE = new RegExp(
  String.raw`\b(\d{1,2})${ORDINAL}\s?(?:-|–|to)\s?(\d{1,2})${ORDINAL}\s+(?:of\s+)?(?:${MONTHS})\b|\b(?:${MONTHS})\s+(\d{1,2})${ORDINAL}\s?(?:-|–|to)\s?(\d{1,2})${ORDINAL}\b`,
  'g',
);

const NUMBER = String.raw`\d+(?:\.\d+)?|${[...NUMBER_WORDS.keys()].join('|')}`;
const DURATION = new RegExp(
  String.raw`\b(${NUMBER})(?:\s?(?:-|–|to)\s?(\d+))?\s?(?:working\s|business\s|calendar\s|full\s)?(minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b`,
  'g',
);
const HOURS_PER: Record<string, number> = { min: 1 / 60, hou: 1, hrs: 1, hr: 1, day: 24, wee: 168, mon: 720 };

const amount = (raw: string): number => {
  const n = Number(raw.replace(/[,\s]|k$|m$|million|thousand|bn/g, ''));
  if (/k$|thousand/.test(raw.trim())) return n * 1000;
  if (/m$|million/.test(raw.trim())) return n * 1_000_000;
  return n;
};

const numberOf = (raw: string): number => NUMBER_WORDS.get(raw) ?? Number(raw);

/** Every figure stated in lower-cased text, in order. */
export function readFigures(lower: string): Figure[] {
  const out: Figure[] = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => !taken.some(([s, e]) => start < e && s < end);
  const add = (f: Omit<Figure, 'upTo'> & { upTo?: number }, end: number) => {
    if (!free(f.start, end)) return;
    taken.push([f.start, end]);
    out.push({ upTo: f.value, ...f });
  };
  for (const m of lower.matchAll(MONEY)) {
    const raw = m[1] ?? m[2] ?? m[4]!;
    const pence = /pence|p\b|cents?/.test(m[3] ?? '');
    add({ kind: 'money', value: amount(raw) / (pence ? 100 : 1), text: m[0].trim(), start: m.index }, m.index + m[0].length);
  }
  for (const m of lower.matchAll(PERCENT))
    add({ kind: 'percent', value: Number(m[1]), text: m[0].trim(), start: m.index }, m.index + m[0].length);
  for (const m of lower.matchAll(CLOCK)) {
    let minutes: number;
    if (m[6]) minutes = m[6] === 'midnight' ? 0 : 720;
    else if (m[4]) minutes = Number(m[4]) * 60 + Number(m[5]);
    else {
      const hour = Number(m[1]) % 12;
      minutes = (m[3]!.startsWith('p') ? hour + 12 : hour) * 60 + Number(m[2] ?? 0);
    }
    add({ kind: 'clock', value: minutes, text: m[0].trim(), start: m.index }, m.index + m[0].length);
  }
  for (const m of lower.matchAll(DURATION)) {
    const unit = m[3]!.startsWith('hr') ? 'hrs' : m[3]!.slice(0, 3);
    const per = HOURS_PER[unit] ?? HOURS_PER[m[3]!.slice(0, 2)] ?? 1;
    const low = numberOf(m[1]!) * per;
    add(
      { kind: 'duration', value: low, upTo: m[2] ? Number(m[2]) * per : low, text: m[0].trim(), start: m.index },
      m.index + m[0].length,
    );
  }
  for (const m of lower.matchAll(WEEKDAY)) {
    const day = WEEKDAYS.findIndex((d) => d.startsWith(m[1]!.slice(0, 3)));
    add({ kind: 'weekday', value: day, text: m[0], start: m.index }, m.index + m[0].length);
  }
  for (const m of lower.matchAll(DATE_RANGE)) {
    const from = Number(m[1] ?? m[3]);
    const to = Number(m[2] ?? m[4]);
    if (from >= 1 && to <= 31 && from < to)
      add({ kind: 'date', value: from, upTo: to, text: m[0].trim(), start: m.index }, m.index + m[0].length);
  }
  for (const m of lower.matchAll(DATE)) {
    const day = Number(m[1] ?? m[2] ?? m[3]);
    if (day >= 1 && day <= 31) add({ kind: 'date', value: day, text: m[0].trim(), start: m.index }, m.index + m[0].length);
  }
  return out.sort((a, b) => a.start - b.start);
}

const unitFamily = (text: string) => (/min|hour|hr/.test(text) ? 'hours' : /month/.test(text) ? 'months' : 'days');

/**
 * True when `said` agrees with one of the `expected` figures of its kind. Times, days, dates and
 * durations are deadlines: sooner than the latest expected is not a wrong fact ("by Thursday" where the
 * scenario says "before Saturday"), later is. A date late in a month agrees with "before the 1st".
 */
export function agrees(said: Figure, expected: readonly Figure[]): boolean {
  const same = expected.filter((e) => e.kind === said.kind);
  if (same.length === 0) return true;
  const latest = Math.max(...same.map((e) => e.upTo));
  switch (said.kind) {
    case 'duration': {
      // "7 full months" is not an answer to "within 10 working days": compare like units only.
      const like = same.filter((e) => unitFamily(e.text) === unitFamily(said.text));
      return like.length === 0 || said.upTo <= Math.max(...like.map((e) => e.upTo)) + 1e-9;
    }
    case 'clock':
    case 'weekday':
      return said.upTo <= latest + 1e-9;
    case 'date':
      return said.value <= latest || (latest <= 7 && said.value >= 20);
    case 'money':
    case 'percent':
      // Amounts are facts, not deadlines: only the same figure agrees.
      return same.some((e) => Math.abs(e.value - said.value) < 0.005);
  }
}
