import { franc } from 'franc-min';
import { englishWordsByFrequency } from './english-lexicon';
import { FOREIGN_COMMON_WORDS } from './foreign-words.generated';

/**
 * Tells whether a trainee's reply is written in English, so a reply in Spanish is reported as
 * such instead of being scored as poor English.
 *
 * Two stages. First the reply's words are counted against English words (the 10,000 commonest
 * spoken ones) and against the commonest words of six European languages; words common to both
 * ("a", "no", "me") count for neither, and capitalised unknown words are taken for names and
 * places. That alone settles almost every reply, short ones included, without a statistical
 * model. Only a reply it does not settle goes to `franc-min`, a trigram language identifier,
 * restricted to the languages below, which then names the language.
 */
export interface LanguageIdentification {
  /** True when the reply reads as English. */
  english: boolean;
  /** ISO 639-3 code ("eng", "spa"), or "und" when the language cannot be told. */
  language: string;
  /** English name of the language ("Spanish"), or "" when undetermined. */
  name: string;
}

/** The languages franc may answer, with their names: those of Latin script it weighs, and the script-only ones. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  eng: 'English',
  spa: 'Spanish',
  fra: 'French',
  deu: 'German',
  por: 'Portuguese',
  ita: 'Italian',
  nld: 'Dutch',
  swh: 'Swahili',
  yor: 'Yoruba',
  hau: 'Hausa',
  ibo: 'Igbo',
  zul: 'Zulu',
  som: 'Somali',
  tur: 'Turkish',
  pol: 'Polish',
  ron: 'Romanian',
  ind: 'Indonesian',
  vie: 'Vietnamese',
  tgl: 'Tagalog',
  ces: 'Czech',
  hun: 'Hungarian',
  swe: 'Swedish',
  rus: 'Russian',
  ukr: 'Ukrainian',
  arb: 'Arabic',
  urd: 'Urdu',
  pes: 'Persian',
  hin: 'Hindi',
  mar: 'Marathi',
  npi: 'Nepali',
  cmn: 'Chinese',
  jpn: 'Japanese',
  kor: 'Korean',
  ben: 'Bengali',
  tel: 'Telugu',
  tam: 'Tamil',
  guj: 'Gujarati',
  kan: 'Kannada',
  mal: 'Malayalam',
  pan: 'Punjabi',
  mya: 'Burmese',
  amh: 'Amharic',
  tha: 'Thai',
  sin: 'Sinhala',
  ell: 'Greek',
};
const FRANC_LANGUAGES = Object.keys(LANGUAGE_NAMES);
/** franc's cost grows with the text; its first stretch names the language as well as the whole. */
const FRANC_SAMPLE = 120;

/** How many of the commonest spoken English words count as English evidence. */
const COMMON_ENGLISH = 10_000;
/** English words a foreign list also holds that a reply still almost always means in English. */
const CORE_ENGLISH =
  "a i i'm i've i'll i'd you you're you've you'll your yours the of to and it it's that this these those for on " +
  "with have has had be been do does did done all but her him his she they them their we we're we've we'll our us " +
  "want let let's as okay ok time hey hi hello over sorry sir madam help even call put still new stop long place " +
  'kind show best open hard later second hand deal change week point team date service charge contact perfect ' +
  'problem question important possible thanks thank please can what when where how why who there here just now ' +
  'today tomorrow yes yeah am are is was were in so no me he will';
/** Chat shorthand and bare contractions trainees type in English replies. */
const ENGLISH_SHORTHAND =
  'pls plz thx thanx tnx ty u ur r sry soz tmrw tmr asap acct chk msg lmk btw fyi ppl b4 abt bc cuz coz im ive ' +
  'dont cant wont didnt doesnt isnt wasnt havent couldnt shouldnt wouldnt youre thats whats theres k kk np nvm ' +
  'info pmt amt qty approx ref';

/**
 * Courtesy words the generated lists miss (their French list comes from news text, where "merci" is
 * rare; there is no Swahili list) that a short foreign reply often consists of: "Merci beaucoup
 * madame", "Asante sana".
 */
const FOREIGN_COURTESY: Readonly<Record<string, string>> = {
  spa: 'gracias hola perdón disculpe disculpa lo siento señora señor',
  fra: 'merci bonjour bonsoir désolé désolée excusez pardon madame monsieur',
  deu: 'danke bitte entschuldigung leid schön',
  por: 'obrigado obrigada desculpe olá senhora senhor',
  ita: 'grazie ciao scusi scusa signora signore',
  nld: 'bedankt dank alstublieft excuses meneer mevrouw',
  swh: 'asante sana pole karibu samahani tafadhali rafiki',
};

interface Lexicons {
  english: ReadonlySet<string>;
  /** A foreign word → the languages whose common words hold it. */
  foreign: ReadonlyMap<string, readonly string[]>;
}
let lexicons: Lexicons | undefined;

/** Builds the word sets once, on first use. */
function buildLexicons(): Lexicons {
  const foreignAll = new Map<string, string[]>();
  for (const code of new Set([...Object.keys(FOREIGN_COMMON_WORDS), ...Object.keys(FOREIGN_COURTESY)])) {
    for (const w of `${FOREIGN_COMMON_WORDS[code] ?? ''} ${FOREIGN_COURTESY[code] ?? ''}`.split(' ')) {
      // One-letter words ("e", "o", "y") are in too many languages to say which.
      if (w.length < 2) continue;
      const codes = foreignAll.get(w);
      if (!codes) foreignAll.set(w, [code]);
      else if (!codes.includes(code)) codes.push(code);
    }
  }
  const core = new Set([...CORE_ENGLISH.split(' '), ...ENGLISH_SHORTHAND.split(' ')]);
  const commonEnglish = englishWordsByFrequency().slice(0, COMMON_ENGLISH);
  const english = new Set(core);
  for (const w of commonEnglish) if (!foreignAll.has(w)) english.add(w);
  // A foreign word also among the 2,000 commonest English ones ("a", "in", "me") tells nothing.
  const veryCommonEnglish = new Set(commonEnglish.slice(0, 2_000));
  for (const w of foreignAll.keys()) if (core.has(w) || veryCommonEnglish.has(w)) foreignAll.delete(w);
  return { english, foreign: foreignAll };
}

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const CAPITAL = /^\p{Lu}/u;
const NON_LATIN = /[^\p{Script=Latin}'’]/u;
const SINGLE_LETTER_ENGLISH = new Set(['a', 'i', 'u', 'r', 'k']);

interface WordCounts {
  words: number;
  english: number;
  foreign: number;
  /** Lower-case words in neither list; capitalised ones are taken for names and places. */
  unknown: number;
  /** Words in a script other than Latin (Cyrillic, Arabic, Han…). */
  nonLatin: number;
  /** Foreign words by language. */
  byLanguage: Map<string, number>;
}

function countWords(text: string): WordCounts {
  lexicons ??= buildLexicons();
  const { english, foreign } = lexicons;
  const counts: WordCounts = { words: 0, english: 0, foreign: 0, unknown: 0, nonLatin: 0, byLanguage: new Map() };
  for (const [token] of text.matchAll(WORD)) {
    counts.words++;
    if (NON_LATIN.test(token)) counts.nonLatin++;
    // Lone letters ("e", "o", "y") belong to too many languages; only "a", "i", "u", "r", "k" speak for English.
    if (token.length === 1 && !SINGLE_LETTER_ENGLISH.has(token.toLowerCase())) continue;
    let lower = token.toLowerCase();
    let languages = foreign.get(lower);
    let isEnglish = english.has(lower);
    if (!isEnglish && languages === undefined && /['’]/.test(lower)) {
      lower = lower.replace('’', "'");
      const bare = lower.replace(/'.*$/, ''); // "customer's" → "customer"
      isEnglish = english.has(lower) || english.has(bare);
      languages = foreign.get(lower) ?? foreign.get(bare);
    }
    if (isEnglish && languages === undefined) counts.english++;
    else if (languages !== undefined && !isEnglish) {
      counts.foreign++;
      for (const code of languages) counts.byLanguage.set(code, (counts.byLanguage.get(code) ?? 0) + 1);
    } else if (!isEnglish && !CAPITAL.test(token)) counts.unknown++;
  }
  return counts;
}

/** The language most of the foreign words belong to, when one leads the others. */
function leadingLanguage(byLanguage: ReadonlyMap<string, number>): string | undefined {
  let [first, second] = [0, 0];
  let leader: string | undefined;
  for (const [code, n] of byLanguage) {
    if (n > first) [second, first, leader] = [first, n, code];
    else if (n > second) second = n;
  }
  // One word is too little to name a language by: franc, reading letter patterns, does better.
  return first >= 2 && first > second ? leader : undefined;
}

const ENGLISH: LanguageIdentification = { english: true, language: 'eng', name: 'English' };
const UNDETERMINED: LanguageIdentification = { english: false, language: 'und', name: '' };

/**
 * Identifies the language of a reply. English replies of any length — "ok thanks", chat
 * shorthand, replies naming a foreign customer or place, English with a foreign phrase — come
 * back `english: true`; a reply of three or more words in another language comes back
 * `english: false` with the language's ISO 639-3 code and name; text with no words (empty,
 * punctuation, digits) comes back `english: false`, language "und", name "".
 */
export function identifyLanguage(text: string): LanguageIdentification {
  const counts = countWords(text);
  if (counts.words === 0) return UNDETERMINED;
  const weighed = counts.english + counts.foreign + counts.unknown;
  // More English than foreign words, and at least half of the words that tell anything.
  if (counts.english > counts.foreign && counts.english * 2 >= weighed) return ENGLISH;
  // Too short to judge and nothing foreign in it: give the trainee the benefit of the doubt.
  if (counts.words < 3 && counts.foreign === 0 && counts.nonLatin === 0) return ENGLISH;
  const code = leadingLanguage(counts.byLanguage) ?? franc(text.slice(0, FRANC_SAMPLE), { only: FRANC_LANGUAGES, minLength: 1 });
  if (code === 'eng') return ENGLISH;
  const name = LANGUAGE_NAMES[code];
  return name === undefined ? UNDETERMINED : { english: false, language: code, name };
}
