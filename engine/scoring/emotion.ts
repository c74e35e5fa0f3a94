import type { Mood } from '../scenario/format';
import { normalise } from './tokens';

/** How strongly the customer's line expresses a feeling, and which kind, read from their words. */
export interface CustomerEmotion {
  /** 0 (matter-of-fact) to 1 (furious, grieving, frightened). */
  intensity: number;
  kinds: Array<'anger' | 'grief' | 'anxiety' | 'frustration'>;
  /** The customer is insulting or shouting, so staying courteous is worth more. */
  hostile: boolean;
}

const CUES: Array<{ kind: CustomerEmotion['kinds'][number]; weight: number; re: RegExp }> = [
  {
    kind: 'grief',
    weight: 0.9,
    re: /\b(passed away|died|death|funeral|late (husband|wife|mother|father|son|daughter|partner)|widow|bereave|lost my|cancer|hospice)\b/,
  },
  {
    kind: 'anger',
    weight: 0.5,
    re: /\b(ridiculous|disgrace|unacceptable|useless|incompetent|pathetic|joke|sick of|fed up|furious|outrageous|rubbish|idiot|how dare|you people|you lot|scam|robbery|daylight)\b/,
  },
  {
    kind: 'anxiety',
    weight: 0.5,
    re: /\b(worried|scared|anxious|nervous|panic|frighten|afraid|stress|terrified|don't know what to do|not good with|confus|overwhelm|desperate|urgent|please help)\w*/,
  },
  {
    kind: 'frustration',
    weight: 0.35,
    re: /\b(again|third time|second time|still|nobody|no one|waited|waiting|hours|weeks|promised|never called|hung up|cut off|twice|every time)\b/,
  },
];

const MOOD_INTENSITY: Record<Mood, number> = {
  furious: 1,
  angry: 0.8,
  grieving: 0.9,
  frustrated: 0.6,
  anxious: 0.6,
  upset: 0.6,
  confused: 0.4,
  neutral: 0,
  hopeful: 0.1,
  reassured: 0.1,
  satisfied: 0,
  delighted: 0,
};

const MOOD_KIND: Partial<Record<Mood, CustomerEmotion['kinds'][number]>> = {
  furious: 'anger',
  angry: 'anger',
  grieving: 'grief',
  frustrated: 'frustration',
  anxious: 'anxiety',
  confused: 'anxiety',
};

/**
 * Reads the customer's emotional state from their line (vocabulary, shouting, exclamation) and,
 * when the author gave one, the turn's mood: whichever is stronger sets the empathy expected.
 */
export function readCustomerEmotion(customerLine: string, mood?: Mood): CustomerEmotion {
  // A turn's customer line is read for every reply typed to it: read it once.
  const key = `${mood ?? ''}\u0000${customerLine}`;
  const known = emotionCache.get(key);
  if (known) return known;
  const emotion = readEmotion(customerLine, mood);
  if (emotionCache.size > 500) emotionCache.clear();
  emotionCache.set(key, emotion);
  return emotion;
}
const emotionCache = new Map<string, CustomerEmotion>();

function readEmotion(customerLine: string, mood?: Mood): CustomerEmotion {
  const lower = normalise(customerLine);
  const kinds = new Set<CustomerEmotion['kinds'][number]>();
  let intensity = 0;
  for (const cue of CUES) {
    if (cue.re.test(lower)) {
      kinds.add(cue.kind);
      intensity = Math.max(intensity, cue.weight) + 0.1;
    }
  }
  const shouted = (customerLine.match(/\b[A-Z]{3,}\b/g) ?? []).filter(
    (w) => !/^(ATM|PIN|SMS|USD|GBP|EUR|KES|NHS|ID|OK|TV|IT|UK|USA)$/.test(w),
  );
  const bangs = (customerLine.match(/!/g) ?? []).length;
  const hostile =
    shouted.length > 0 || /\b(idiot|useless|incompetent|pathetic|stupid|you people|you lot|bloody|damn)\b/.test(lower);
  if (shouted.length > 0) intensity += 0.25;
  if (bangs > 0) intensity += Math.min(0.3, bangs * 0.1);
  if (hostile) kinds.add('anger');
  if (mood) {
    intensity = Math.max(intensity, MOOD_INTENSITY[mood]);
    const kind = MOOD_KIND[mood];
    if (kind) kinds.add(kind);
  }
  return { intensity: Math.min(1, intensity), kinds: [...kinds], hostile };
}
