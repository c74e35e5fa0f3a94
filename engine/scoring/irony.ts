import type { LocatedEvidence } from './located-evidence';

/**
 * Sarcasm rarely uses the same words twice, but it uses the same devices: certainty that means
 * doubt ("I'm sure your office is managing fine without you"), praise that means blame ("how
 * wonderful that…"), hyperbole, mock advice, a knowing tag question. One device proves little (a
 * sincere reply may say "Oh" or "actually"); two in one reply are how sarcasm sounds, whatever the
 * words. "I'm sure" about their claim or their things counts twice: it is sarcasm's commonest
 * opening, and the sincere uses (reassurance that things will work out) are left out.
 *
 * The devices follow the irony markers described by Burgers, van Mulken and Schellens (2012):
 * hyperbole, understatement, rhetorical and tag questions, interjections, intensifiers, and the
 * change of register from praise to fact.
 */
interface Device {
  id: string;
  weight: number;
  re: RegExp;
}

/** Reassurance is the sincere use of "I'm sure": the outcome will be fine, we will sort it. */
const REASSURANCE =
  "(?:we|i)(?:'ll| will| can| could)|it(?:'ll| will) (?:all )?(?:work|be (?:\\w+ )?(?:fine|ok|okay|alright)|get|come|turn)|everything|things will|there(?:'s| is) (?:a |an )?(?:good |simple |innocent )?(?:reason|explanation)|they(?:'re| are) just|someone will|it(?:'s| is) (?:probably )?nothing|nothing to worry|you(?:'re| are) (?:worried|upset|frustrated|anxious|tired|exhausted|keen|eager|doing)|(?:he|she|they)(?:'ll| will) be (?:\\w+ )?(?:fine|ok|okay|alright)|(?:he|she|they|you)(?:'ll| will) (?:love|like|enjoy)";

const DEVICES: readonly Device[] = [
  { id: 'certainty', weight: 2, re: new RegExp(`\\b(?:i'm|i am) sure\\b(?![^.!?;]{0,30}\\b(?:${REASSURANCE}))`) },
  {
    id: 'praise-exclamation',
    weight: 1,
    re: /\bhow (?:wonderful|lovely|nice|kind|thoughtful|convenient|considerate|fascinating|marvellous|delightful|generous|clever) (?:that|of (?:you|them|him|her|the))\b/,
  },
  {
    id: 'understatement',
    weight: 1,
    re: /\b(?:hardly|by magic|somehow|quite simple|simple really|just a little|a tad|apparently|not exactly|can(?:not|'t) possibly)\b/,
  },
  {
    id: 'interjection',
    weight: 1,
    re: /(?:^|[.!?]\s+)(?:oh|wow|well|ah|ooh|ag|ha|hmm)(?!,? (?:no|dear|gosh|goodness|my|i|i'm|i am|i see|we|that|how|what|sorry)\b)\b[,!.]?/,
  },
  {
    id: 'tag-question',
    weight: 1,
    re: /,? (?:eh|right|hm+|no|yes|innit)\?|\bshall (?:we|i)\?|\b(?:does|did|do|is|was|are|were|would|will|can|could|has|have) (?:it|they|he|she|we)\?|(?<!(?:hardest|worst|hard|tough|difficult|awful|stressful|horrible|scary|worrying|frustrating|rough|exhausting|upsetting|a lot)(?: part| thing| bit| time)?,? )(?:don't|doesn't|didn't|isn't|wasn't|aren't|weren't|won't|can't|couldn't|wouldn't|shouldn't|haven't|hasn't) (?:it|they|he|she|we)\?/,
  },
  {
    id: 'hyperbole',
    weight: 1,
    re: /\b(?:a whole|whole (?:\w+ )?(?:days?|minutes?|hours?|weeks?|centimetres?|pounds?|rands?)|far more important|end of the world|(?:will|'ll) survive|won't kill|didn't hurt anyone|run away|the whole (?:institute|company|world)|every single|drop everything|stop the presses)\b/,
  },
  {
    id: 'intensified-praise',
    weight: 1,
    re: /\b(?:very|so|extremely|incredibly|terribly|truly|really|ever so) (?:important|precious|punctual|urgent|good for)\b/,
  },
  {
    id: 'mock-advice',
    weight: 1,
    re: /\b(?:just a thought|give it a (?:proper |quick )?read|read (?:it|them|the \w+) (?:properly|carefully)|try reading|(?:maybe|perhaps) (?:next time|try|keep|give|read|check|look|it's|they|you could)|\w+ next time[.!?])/,
  },
  {
    id: 'mock-wonder',
    weight: 1,
    re: /\b(?:it's|it is|isn't it|funny|amazing|remarkable|incredible|curious|interesting) (?:remarkable |amazing |funny |curious |interesting |incredible )?how (?:often|many|much|quickly|everyone)\b/,
  },
  {
    id: 'absurdity',
    weight: 1,
    re: /\b(?:thin air|from the sky|on (?:vacation|holiday)|by itself|all by itself|itself by magic|of its own accord|your favourite (?:company|customer|person))\b/,
  },
  {
    id: 'mock-sympathy',
    weight: 1,
    re: /(?:^|[,.!?;—–-]\s*)(?:how (?:unfortunate|sad|tragic|awful)|what a (?:shame|tragedy|pity))[,.!—–-]|\byou must be (?:enjoying|loving|thrilled|delighted)\b|\b(?:is|are|gets?) (?:hard|tricky|confusing), i know\b/,
  },
  {
    id: 'mock-thanks',
    weight: 2,
    re: /\bthanks?(?: you)?(?: \w+)? for (?:educating|enlightening|the lesson|the lecture|teaching us|the all-caps|the capitals|your (?:expert|valuable) (?:opinion|advice|input))/,
  },
  { id: 'pointed-aside', weight: 1, re: /\b(?:actually|indeed|really|frankly|obviously|clearly|surely)[.!]/ },
];

/** Weight of devices at which a reply reads as sarcastic. */
const SARCASTIC_AT = 2;

/** Sarcasm heard in the reply's devices, as one piece of evidence where the first device stands; or none. */
export function ironyEvidence(lower: string): LocatedEvidence[] {
  let weight = 0;
  let at = -1;
  const phrases: string[] = [];
  for (const device of DEVICES) {
    const m = device.re.exec(lower);
    if (!m) continue;
    weight += device.weight;
    const start = m.index + Math.max(0, m[0].search(/[a-z']/));
    if (at < 0 || start < at) at = start;
    phrases.push(m[0].replace(/^[\s,.!?;—–-]+|[\s,.!?—–-]+$/g, ''));
  }
  if (weight < SARCASTIC_AT) return [];
  return [
    {
      at,
      evidence: {
        id: 'sarcasm',
        dimension: 'respect',
        points: -25,
        reason: 'sarcasm: certainty, praise or exaggeration that means the opposite',
        phrase: phrases.slice(0, 2).join(' … '),
      },
    },
  ];
}
