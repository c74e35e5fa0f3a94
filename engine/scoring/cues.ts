import type { Dimension } from '../scenario/format';

/**
 * A move a trainer listens for in a reply: words that earn or cost points on one dimension.
 * `negatable` cues do not count when negated ("I'm not sorry"); losses that are negated
 * ("I won't ask you to calm down") are dropped too.
 */
export interface Cue {
  dimension: Dimension;
  points: number;
  reason: string;
  re: RegExp;
  negatable?: boolean;
  /** Counted once per reply even if repeated. */
  once?: boolean;
  /** Group of cues of which only the strongest counts (e.g. "apology"). */
  group?: string;
}

const cue = (dimension: Dimension, points: number, reason: string, pattern: string, extra: Partial<Cue> = {}): Cue => ({
  dimension,
  points,
  reason,
  re: new RegExp(`\\b(?:${pattern})\\b`, 'g'),
  negatable: points > 0,
  once: true,
  ...extra,
});

export const CUES: Cue[] = [
  // Respect: courtesy and dignity.
  cue('respect', 6, 'greeting', 'hi|hello|good (?:morning|afternoon|evening)|dear \\w+|welcome', { negatable: false }),
  cue('respect', 5, 'says please', 'please'),
  cue('respect', 7, 'thanks the customer', 'thank you|thanks|i appreciate|appreciate (?:you|your)', { negatable: false }),
  cue(
    'respect',
    8,
    'apologises',
    "(?:i'm|i am|we're|we are|so|really|truly) (?:very |so |really |truly )?sorry|i apologi[sz]e|we apologi[sz]e|my apologies|sincere apologies",
    { group: 'apology' },
  ),
  cue('respect', 3, 'polite address', "sir|madam|ma'am|mr|mrs|ms|miss"),
  cue(
    'respect',
    5,
    'gladly offers help',
    'happy to help|glad to help|my pleasure|of course|certainly|absolutely|no problem at all|not a problem',
    { negatable: false },
  ),
  cue(
    'respect',
    6,
    'validates the customer',
    "you're right|you are right|fair question|good question|that's fair|you have every right|you were right",
  ),
  cue('respect', 4, 'calm boundary, kept courteous', "i'd ask you not to|please don't (?:swear|shout)|i want to help you,? but", {
    negatable: false,
  }),
  cue('respect', -35, 'tells the customer to calm down', 'calm down|relax|settle down|chill out|stop shouting|no need to shout'),
  cue(
    'respect',
    -25,
    'blames the customer',
    "you should have|you should've|you shouldn't have|your (?:own )?fault|you must have|you didn't read|you need to read|you failed to|user error",
  ),
  cue(
    'respect',
    -22,
    'dismisses the problem',
    "it's not hard|it's not difficult|it's (?:very )?simple|it's easy|obviously|clearly you|like it says|as it says|as i (?:already )?said|as i told you|i already told you|read the (?:screen|instructions)|it's not a big deal|it's only|not a big deal|whatever(?=\\s*(?:[.!,]|$))|whatever you say",
  ),
  cue(
    'respect',
    -18,
    'doubts the customer',
    'are you sure|did you (?:even|actually|really)|i doubt|if that is even true|if what you say',
  ),
  cue(
    'respect',
    -20,
    'condescending',
    'let me explain (?:it )?(?:slowly|again)|sweetie|sweetheart|honey|as anyone knows|even a child|calm yourself|young lady|good luck with that|oh great|congratulations',
  ),
  cue(
    'respect',
    -25,
    'refuses responsibility',
    "not my problem|not my fault|not my job|deal with it|take it or leave it|that's your problem|i don't care",
  ),
  cue(
    'respect',
    -45,
    'insult or profanity',
    'stupid|idiot|moron|dumb|pathetic|shut up|damn|hell|crap|bloody|f\\*+|shit|fuck\\w*|wtf',
  ),
  cue(
    'respect',
    -18,
    'badmouths colleagues',
    "my colleague (?:was|is) (?:useless|wrong|an idiot|lazy|incompetent)|they(?:'re| are) (?:useless|hopeless|idiots|incompetent)|the other (?:team|department) (?:always|never)|that team is (?:useless|hopeless)|blame (?:the|my) (?:courier|colleague|team|other)",
  ),
  cue(
    'respect',
    -25,
    'treats a small customer as less important',
    "only a small|just a small|small customers?|small accounts?|bigger (?:clients|customers|accounts)|more important (?:clients|customers)|priority (?:clients|customers)|not a priority|you're not a priority",
  ),

  // Empathy: the feeling and the situation, in specific terms.
  cue(
    'empathy',
    16,
    'names the feeling',
    'frustrating|frustrated|stressful|stressed|worrying|worried|upsetting|upset|distressing|awful|horrible|exhausting|scary|frightening|overwhelming|disappointing|disappointed|infuriating|maddening|anxious|unsettling|heartbreaking|painful|hard time|difficult time|so difficult|really difficult|very difficult|so hard|really hard|nightmare',
  ),
  cue(
    'empathy',
    14,
    'recognises their experience',
    "that must|must be|must have been|i can (?:only )?imagine|i can see (?:why|how|that)|i understand (?:how|why|that this|that it|what)|no wonder|anyone would|completely understandable|totally understandable|it makes sense that|i'd feel the same|i would feel the same|i hear you|i hear how",
  ),
  cue('empathy', 6, 'says they understand', 'i understand|i see what you mean|i get it|understood'),
  cue(
    'empathy',
    10,
    'sorry to hear',
    "sorry to hear|sorry this happened|sorry that happened|sorry you've|sorry you have|sorry you were|sorry for what",
  ),
  cue(
    'empathy',
    40,
    'offers condolences',
    'sorry for your loss|sorry to hear about your (?:husband|wife|mother|father|mum|dad|son|daughter|partner)|my (?:deepest |sincere )?condolences|sorry (?:about|for) the loss|so sorry about your (?:husband|wife|mother|father|mum|dad|son|daughter|partner)|thinking of you|(?:his|her|their) passing',
  ),
  cue(
    'empathy',
    10,
    'gives them time',
    "take your time|there's no rush|no rush|no hurry|whenever you're ready|at your own pace|one step at a time|step by step|we'll go slowly",
  ),
  cue(
    'empathy',
    8,
    'reassures',
    "you're not alone|don't worry|we'll get (?:this|it) sorted|we'll sort (?:this|it) out|together|you did the right thing|you've done nothing wrong|not your fault|nothing you did|you did nothing wrong",
  ),
  cue(
    'empathy',
    12,
    'validates the feeling',
    "you're right to be|you have every right to be|right to feel|i'd be (?:upset|angry|frustrated|worried) too|i would be (?:upset|angry|frustrated|worried) too|anyone would be",
  ),
  cue(
    'empathy',
    2,
    'generic scripted apology (earns little)',
    'apologi[sz]e for any inconvenience|sorry for any inconvenience|for the inconvenience|we value your (?:custom|business)|your call is important|we regret',
    { negatable: false },
  ),
  cue(
    'empathy',
    -25,
    'dismisses the feeling',
    "calm down|relax|it's not a big deal|not a big deal|it's only|overreacting|no need to (?:be|get) (?:upset|angry)|it happens|these things happen|that's life|get over",
  ),
  cue(
    'empathy',
    -15,
    'blames or doubts the customer',
    "you should have|you should've|your (?:own )?fault|are you sure|you must have|did you even",
  ),

  // Helpfulness: ownership, specifics, next steps; no deflection.
  cue(
    'helpfulness',
    12,
    'takes ownership',
    "i'll|i will|i've|i have (?:just )?(?:\\w+ed|done|sent|put|made|set)|let me|i'm going to|i am going to|i can(?!'t|not)|i've gone ahead|leave it with me|i'll personally|i will personally",
    { group: 'ownership' },
  ),
  cue(
    'helpfulness',
    8,
    'clear next step',
    "you'll (?:receive|get|see|hear)|you will (?:receive|get|see|hear)|next step|the next thing|i'll (?:email|call|text|send|ring|message|update|confirm|check)|within \\w+ (?:hours?|days?|minutes?|weeks?)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end of)|reference(?: number)?|confirmation",
  ),
  cue(
    'helpfulness',
    5,
    'asks for what is needed',
    'could you (?:tell|confirm|give|send|check)|can you (?:tell|confirm|give|send)|may i (?:have|take|ask)|can i (?:have|take|ask|get)|what is your|which (?:\\w+ )?did',
  ),
  cue(
    'helpfulness',
    -25,
    'deflects the customer elsewhere',
    "not my department|not our department|another department|you'll have to (?:call|contact|ring|email|go)|you need to (?:call|contact|ring|go to)|call (?:another|the other|a different) number|check (?:the|our) website|look (?:it )?up online|contact the courier|contact your bank|nothing (?:i|we) can do|i can't help|i cannot help|not something (?:i|we) (?:can|deal)|can't do anything",
  ),
  cue(
    'helpfulness',
    -8,
    'vague promise',
    "should be|hopefully|i'll try|we'll try|maybe|might be|i think so|not sure|i guess|at some point|soon(?:ish)?",
  ),
];
