import { cue, type Cue } from './cue';

const FEELINGS =
  'frustrat\\w*|cranky|unnerving|terrif\\w*|beside (?:myself|yourself)|cruel|miserable|galling|agoni[sz]\\w*|sickening|stress\\w*|worr\\w*|upset\\w*|distress\\w*|awful|horrible|terrible|dreadful|exhausting|draining|scary|scared|frighten\\w*|overwhelm\\w*|disappoint\\w*|infuriating|maddening|anxious|anxiety|unsettling|heartbreak\\w*|heartbroken|painful|hurts|hurtful|fuming|livid|angry|anger|annoy\\w*|fed up|confus\\w*|unfair|violation|shock\\w*|gutted|devastat\\w*|nightmare|rubbish|run-around|see red|wind (?:me|anyone|you) up|too much|out of order|lonely|panic\\w*|sad|sadness|grief|grieving|hard time|difficult time|(?:so|really|very|incredibly) (?:hard|difficult|tough)|a worry|what a worry|not on|not okay|not good enough|unacceptable|embarrass\\w*|humiliat\\w*|let ?down|had enough|(?:the )?last thing you need|no fun|a real pain|worst|horrid|gutting|sickening|galling';

/** Recognising the feeling and the situation, validating it, and caring about the person. */
export const EMPATHY_CUES: Cue[] = [
  // A feeling thrown back as a question ("Terrified? It's a mortgage") is mockery, not recognition.
  cue('names-the-feeling', 'empathy', 16, 'names the feeling', `(?:${FEELINGS})(?![^.!?\\n]{0,60}\\?)`),
  cue(
    'recognises-their-experience',
    'empathy',
    16,
    'recognises their experience',
    "(?:would|could|'d) (?:make|drive|leave|get|send) (?:anyone|anybody|any of us|me|most people)(?:'s (?:blood|stomach|head|heart) \\w+| (?:up the wall|round the bend|furious|livid|angry|cross|anxious|nervous|worried|upset|mad|fed up|despair|tear \\w+ hair))|(?:that's|it's|that is|it is) a lot to (?:untangle|deal with|take in|handle|juggle|carry|cope with|sort out)|(?:that|this|it) must (?:be|have been|feel)|(?:is|are|that's|it's) no joke|poor you|you poor thing|you're not the first|you are not the first|catches (?:a lot of |lots of |many )?(?:people|customers|parents|students) out|(?:a )?(?:really |very )?common (?:clash|mix-up|question|mistake|worry|problem)|(?:totally|completely|really|i) hear you|(?:one of )?the hardest (?:thing|things|part)|saying goodbye|i can(?:'t| not|not) (?:even )?imagine|i'm a parent myself|i'd have been|i would have been|in your shoes|in your position|from where you're sitting|(?:nobody|no one|no-one) (?:wants|should have to)|must (?:feel|have felt|have been)|must be (?:so |really |very |incredibly )?(?:hard|difficult|frustrating|stressful|worrying|upsetting|awful|frightening|scary|confusing|exhausting|painful|tough|maddening|infuriating|nerve-wracking|heartbreaking|devastating|terrifying|draining)|i can (?:only )?imagine|i can see (?:why|how)|i can (?:really )?hear (?:how|that|you)|i hear you|i hear how|i understand (?:how|why|that this|that it|what|your)|i (?:totally |completely |really )?get (?:it|that|why)|i'd be (?:\\w+ )?(?:too|as well)|i'd be (?:livid|furious|fuming|gutted|devastated|upset|annoyed|angry|frustrated|worried|beside myself|in bits)|i would be (?:\\w+ )?(?:too|as well)|i would feel|i'd feel|would (?:\\w+ )?anyone|anyone would|no wonder|understandabl\\w*|of course you(?:'re| are| don't| do)|it's (?:completely |totally )?(?:understandable|natural|normal)|it makes sense that|lots of people feel|many people feel|you're not alone|you are not alone|so sorry (?:to hear|that|you|about|for)|sorry you(?:'ve| have| were| had| lost| missed)|i know what (?:\\w+ ){0,3}(?:is|are|it's) like|(?:been|was) there myself|i know the (?:pain|feeling)|i know how (?:\\w+ )?(?:it|that|this) (?:is|feels)|good thinking|worth asking|fair enough to ask",
    { ignoresNegation: true },
  ),
  cue(
    'reflects-their-words-back',
    'empathy',
    12,
    'reflects their words back',
    'you said (?:that |you )?[\'"]|you mentioned|you told (?:me|us)|as you (?:said|put it|mentioned)|in your words',
    { ignoresNegation: true, inQuotes: true },
  ),
  cue(
    'hides-behind-policy',
    'empathy',
    -15,
    'hides behind policy',
    'per (?:our|the) (?:terms|policy|policies)|under (?:our|the) terms|terms of (?:service|business)|terms and conditions|non-refundable|liability (?:passes|lies|rests)|forfeit|cannot be (?:changed|refunded|accepted|discussed|processed)|not eligible|(?:we|i) (?:are|am) unable to|as per (?:our )?policy|company policy|(?:our )?policy (?:states|is clear|does not)|the decision stands',
    { ignoresNegation: true },
  ),
  cue(
    'says-they-understand',
    'empathy',
    8,
    'says they understand',
    'i understand|i see what you mean|understood|i know (?:how|it|this)',
  ),
  cue(
    'validates-them',
    'empathy',
    14,
    'validates them',
    "(?:way|far|much) too long|(?:is|was|that's|it's) too long|you(?:'re| are) (?:absolutely |completely |quite |totally )?right|fair enough|(?:is|isn't|that's) not (?:ok|okay|acceptable|fair|right)|isn't (?:ok|okay|acceptable|fair|right)|(?:didn't|did not|haven't|have not) do(?:ne)? anything wrong|anything you(?:'ve)? done|(?:isn't|wasn't) your fault|not going to pretend|you're right to|you are right to|you were right to|you have every right|you've every right|every right to|right to (?:feel|be|call|check|ask)|you did the right thing|you've done nothing wrong|you haven't done anything wrong|you did nothing wrong|(?:it's |that's )?not your fault|nothing you did|you shouldn't have to|shouldn't have happened|should never have happened|should not have happened|simply not (?:an option|acceptable|good enough)|not good enough|completely (?:unacceptable|unfair|wrong)|you deserve|our (?:error|mistake|fault|bad)|(?:the|that) mistake (?:is|was) ours|we got (?:this|it) wrong|we let you down|that's on us|(?:it's|that's|this is|it was|(?:error|mistake|problem|fault|issue|glitch)(?: is| was)?) on our side",
    { ignoresNegation: true },
  ),
  cue('apologises', 'empathy', 8, 'apologises', 'sorry|apologi[sz]e|apologies', { group: 'empathy-apology' }),
  cue(
    'offers-condolences-in-their-own-words',
    'empathy',
    30,
    'offers condolences in their own words',
    'sorry to hear (?:about|of) (?:the )?(?:passing|death)|sorry about (?:your|the) (?:husband|wife|mother|father|mum|dad|son|daughter|partner|dog|cat|pet|brother|sister|gran|grandmother|grandfather)|sorry to hear about your (?:husband|wife|mother|father|mum|dad|son|daughter|partner|dog|cat|pet|brother|sister)|sorry (?:about|for) the loss of|so sorry about your|thinking of you|(?:his|her|their) passing|must miss (?:him|her|them)|(?:he|she|they) sounds? (?:like|lovely|wonderful)|\\w+ sounds? like (?:he|she|they) (?:was|were)|much-loved|(?:member|part) of (?:the|your) family|what a loss|(?:he|she) was (?:clearly )?(?:much )?loved',
    { ignoresNegation: true, group: 'condolence' },
  ),
  cue(
    'offers-condolences',
    'empathy',
    14,
    'offers condolences (a set phrase)',
    'sorry for (?:the|your) loss|(?:my|our) (?:deepest |sincere |heartfelt )?(?:condolences|sympathies)',
    { ignoresNegation: true, group: 'condolence' },
  ),
  cue(
    'gives-them-time',
    'empathy',
    10,
    'gives them time',
    "take your time|all the time you need|as long as you need|there's no rush|no rush|no hurry|whenever you(?:'re| are| feel) ready|whenever suits|at your own pace|one step at a time|step by step|we'll go slowly|in your own time|no need to (?:apologi[sz]e|worry)|please don't apologi[sz]e",
    { ignoresNegation: true },
  ),
  cue(
    'cares-about-the-person',
    'empathy',
    10,
    'cares about the person',
    'look after yourself|look after yourselves|take care|fingers crossed|i (?:really |truly |do )?hope (?:you|your|she|he|they|the|it|this|that)|are you (?:ok|okay|safe|alright|all right)|how are you (?:doing|holding up|managing|feeling)|is (?:she|he|everyone|your \\w+) (?:ok|okay|safe|alright|all right)|how is (?:she|he|your \\w+)|are you somewhere safe|do you have (?:someone|anyone)',
    { ignoresNegation: true },
  ),
  cue(
    'reassures',
    'empathy',
    8,
    'reassures',
    "don't worry|we'll get (?:this|it|you) (?:sorted|fixed)|we'll sort (?:this|it) out|let's (?:get|sort|fix|do)|together|you're in (?:good|safe) hands|i'm here|i'll stay (?:with you|on the line)|i've got (?:you|this)|not going anywhere",
    { ignoresNegation: true },
  ),
  cue(
    'generic-scripted-line',
    'empathy',
    2,
    'generic scripted line (earns little)',
    'apologi[sz]e for any inconvenience|sorry for any inconvenience|for the inconvenience|we value your (?:custom|business)|your call is important|we regret|we understand your (?:concern|frustration)',
    { ignoresNegation: true },
  ),
  cue(
    'dismisses-the-feeling',
    'empathy',
    -25,
    'dismisses the feeling',
    "no need to (?:panic|stress|get (?:upset|worked up|angry))|it's probably (?:just|only)|calm down|relax|chill|(?:it's )?not a big deal|it's only|overreacting|no need to (?:be|get) (?:upset|angry|worked up)|(?:cancellations|delays) happen|happens all the time|that's life|get over|nothing to panic about|it'll turn up",
  ),
];
