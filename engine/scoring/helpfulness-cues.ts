import { cue, type Cue } from './cue';

const ACTIONS_DONE =
  'bumped|dispatched|refunded|cancelled|canceled|booked|rebooked|sent|resent|emailed|texted|checked|found|fixed|updated|lifted|removed|restored|reset|unlocked|approved|processed|arranged|rebilled|credited|reversed|blocked|frozen|paused|stopped|reported|raised|logged|escalated|corrected|applied|added|moved|rescheduled|reissued|waived|traced|tracked|confirmed|spoken|called|contacted|flagged|opened|created|reserved|ordered|replaced|issued|submitted|put through|set up|sorted|amended|cleared|recovered|reinstated|upgraded|noted|chased|attached|uploaded|shared|transferred|released|re-sent|reposted|posted|activated|renewed|extended|switched|topped up|allocated|assigned|reconnected|pushed through|authorised|authorized|signed off|completed|repaired|collected|scheduled|reordered|re-ordered|rerouted|redirected|refunding|sorting|arranging|booking|sending';

const INSTRUCTIONS =
  'send|submit|try|bring|keep|switch|turn|use|take|reply|upload|attach|forward|enter|choose|pick|restart|log in|sign in|approve|tap|click|select|press|pop|flick|drop|share|check your|open|download|install|update|change|save|back up';

/** Ownership, concrete specifics and next steps earn; deflection and vague hedging cost. */
export const HELPFULNESS_CUES: Cue[] = [
  cue(
    'takes-ownership',
    'helpfulness',
    12,
    'takes ownership',
    "i'll|i will|i've(?! (?:already )?(?:explained|said|told|mentioned|stated|been|got to))|i have (?:just |now |already )?(?!(?:explained|said|told|mentioned|stated)\\b)(?:\\w+ed|done|sent|put|made|set|spoken|found|got|taken)|(?:^|[.!,]\\s*)will (?:ping|call|email|text|update|send|check|chase|confirm|ring|message|sort|fix|get)|on it\\b|let me|i'm going to|i am going to|i can(?!'t|not| (?:only )?(?:see|imagine|hear|understand|appreciate|tell|sense)\\b)|i've gone ahead|leave it with me|i'll personally|i will personally|we'll|we will|we've|i'm (?:now |just )?(?:\\w+ing) (?:this|it|that|you)",
    { group: 'ownership' },
  ),
  cue(
    'reports-what-has-been-done',
    'helpfulness',
    12,
    'reports what has been done',
    `(?<!(?:should|could|would|must) have |should've |you |you've |you have |they |they've |if |gets? |getting |is |are |be |usually |only |always |when |technicians |they |he |she |which )(?:${ACTIONS_DONE})`,
    { max: 3 },
  ),
  cue('tells-them-what-to-do', 'helpfulness', 8, 'tells them what to do', `(?:^|[.!?]\\s+|\\n)(?:${INSTRUCTIONS})`, {
    group: 'steps',
  }),
  cue(
    'gives-clear-steps',
    'helpfulness',
    8,
    'gives clear steps',
    'first,? |then |step (?:one|1)|next,? |after that|once (?:that|it|you)|\\s>\\s|click|tap|select|go to (?:settings|account|the (?:app|menu|settings|tab))|open the',
    { group: 'steps' },
  ),
  cue(
    'clear-next-step',
    'helpfulness',
    8,
    'clear next step',
    "you'll (?:receive|get|see|hear|have)|you will (?:receive|get|see|hear|have)|next step|the next thing|i'll (?:email|call|text|send|ring|message|update|confirm|check|chase|follow)|within \\w+ (?:working |business )?(?:hours?|days?|minutes?|weeks?)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end of|\\d)|reference(?: number)?|ref\\b|case (?:number|id)|confirmation|expect (?:it|a|the)|should arrive|will arrive|arrives?|will be (?:with you|back|there|in your)|call you back|back to you",
    { group: 'next-step' },
  ),
  cue(
    'asks-for-what-is-needed',
    'helpfulness',
    5,
    'asks for what is needed',
    'could you (?:tell|confirm|give|send|check|share)|can you (?:tell|confirm|give|send|share)|may i (?:have|take|ask)|can i (?:have|take|ask|get|check)|what is your|which (?:\\w+ )?did|please (?:send|share|confirm|forward|upload)|just send me',
    { group: 'asks' },
  ),
  cue(
    'deflects-the-customer-elsewhere',
    'helpfulness',
    -28,
    'deflects the customer elsewhere',
    "not my department|not our department|(?:best|better|easiest|quickest) (?:to|if you) (?:ask|contact|call|ring|speak to|go to|check with)|ask (?:him|her|them|your \\w+) to (?:do|sort|fix|help|set|change)|another department|you(?:'ll| will| may| might| would)? (?:need|have) to (?:keep )?(?:call|contact|ring|email|go|ask|speak|check|move|rearrange|chase|find|take it|sort it out|deal with|raise it|write to|visit)|(?:contact|ask|sort|chase|arrange|claim) (?:\\w+ ){0,4}yourself|(?:available|found|listed|published|explained) on (?:our|the) (?:website|site|app|portal)|you need to (?:call|contact|ring|go to|ask|speak)|you have to (?:call|contact|ring|go to)|call (?:another|the other|a different|the) (?:number|line|team|department)|check (?:the|our) website|look (?:it )?up online|on (?:the|our) website like|contact the (?:courier|delivery|manufacturer|supplier)|contact your (?:bank|provider|gp|doctor)|take it up with|that's a question for|ask (?:your|the) (?:doctor|bank|courier|landlord|manufacturer)|go to (?:a|the|another) (?:shop|store|branch|counter|desk)|nothing (?:i|we) can do|i can't help|i cannot help|can't do anything|not something (?:i|we) (?:can|deal)|fill in the form|knock on their door|go and buy|go home|price queries go to|(?:goes|go) to customer services",
  ),
  cue(
    'vague-promise',
    'helpfulness',
    -10,
    'vague promise',
    "should be (?:fine|ok|okay|alright|sorted)|hopefully|i'll try|we'll try|maybe|might be|i think so|i'm not sure|i am not sure|not sure (?:when|if|whether|how long)|i guess|at some point|sometime|soonish|they will look into it|someone will (?:get back|be in touch|contact)|in due course|can't promise|no guarantees?",
  ),
  cue(
    'refuses-without-an-alternative',
    'helpfulness',
    -15,
    'refuses without an alternative',
    "(?:i'm|i am|we're|we are) (?:unable|not able) to|(?:can't|cannot|can not) (?:change|offer|help|look|give|make|move|issue|waive|override|do (?:any|much|more)|speed|guarantee)|is the (?:earliest|soonest|best) (?:we|i) can|there's nothing (?:more|else)|that's all (?:i|we) can|(?:don't|do not) have (?:any )?(?:more|further) information|no (?:more|further) information|sets its own|out of our hands|beyond our control|we can't accept|we cannot accept|not possible|can't be done|no exceptions|policy is|rules are rules|the screen price is the price|that's (?:the|our) policy",
    { ignoresNegation: true },
  ),
];
