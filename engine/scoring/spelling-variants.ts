import { AMERICAN_TO_BRITISH_PAIRS } from './british-spellings.generated';

/**
 * US → British spelling, so "I apologize for the canceled order" and "I apologise for the
 * cancelled order" score the same. British is the target because the cues are written in it.
 *
 * Two sources: the regular -ize/-yze → -ise/-yse rule below, and a generated table of the
 * irregular pairs (colour, centre, cancelled, licence, …) taken from the
 * `american-british-english-translator` word list by `scripts/generate-word-tables.ts`, which
 * leaves out pairs that are different words in British English too (check/cheque, draft/draught,
 * meter/metre, tire/tyre, practice/practise as a noun, program as in software).
 */

// "organizational" → "organisational": the suffixes after -iz-/-yz- that British spells with s.
const IZE = /^([a-z]{2,}?)([iy])z(e|es|ed|ing|ingly|er|ers|ement|ements|ation|ations|ational|able)$/;
// Stems (with their i) whose z is part of the root, not the -ize suffix: size (and capsize, downsize…), prize, seize, maize, baize.
const ROOT_Z = /^(?:cap|down|over|re|up|out|super|king|bite|mid|under|pint|life|full|plus)si$|^(?:pri|sei|mai|bai)$/;

/**
 * The -ize/-yze → -ise/-yse rule alone ("realized" → "realised", "analyze" → "analyse"), leaving
 * words whose z belongs to the root ("size", "prize", "seized") as they are. Exported so the table
 * generator can leave out pairs this rule already produces.
 */
export function izeToIse(word: string): string {
  const m = IZE.exec(word);
  if (!m || ROOT_Z.test(m[1]! + m[2]!)) return word;
  return `${m[1]}${m[2]}s${m[3]}`;
}

let table: Map<string, string> | undefined;
function irregular(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (const pair of AMERICAN_TO_BRITISH_PAIRS.split(' ')) {
      const [us, gb] = pair.split(':');
      if (us && gb) table.set(us, gb);
    }
  }
  return table;
}

/**
 * The British spelling of one lower-case word ("color" → "colour", "apologizing" →
 * "apologising"); words that are already British, or the same in both, come back unchanged.
 */
export function britishSpelling(word: string): string {
  return izeToIse(irregular().get(word) ?? word);
}

// "computer program" is "program" in British English too; "loyalty program" is "programme".
const SOFTWARE_WORDS = new Set(['computer', 'software', 'antivirus', 'malware', 'desktop', 'installer', 'app']);
const PROGRAM = new Set(['program', 'programs']);

/**
 * Rewrites every word of a lower-case text in British spelling, keeping everything between the
 * words (spaces, punctuation, digits) as it was. "program" stays when the word before it is
 * about software ("computer program"). Lengths can change ("color" → "colour"), so offsets into
 * the original text do not carry over.
 */
export function toBritishSpelling(lowerText: string): string {
  let previous = '';
  return lowerText.replace(/[a-z]+/g, (word) => {
    const keep = PROGRAM.has(word) && SOFTWARE_WORDS.has(previous);
    previous = word;
    return keep ? word : britishSpelling(word);
  });
}
