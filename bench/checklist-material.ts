/**
 * What the behavioural tests add to real replies: stock sympathy, filler, pleasantries, and the
 * transformations (negating, misspelling, American spelling). Written without looking at the
 * scorer's cue lists, in the many ways agents actually say these things.
 */

/** Formulaic apology and empathy blocks: the set phrases a trainee could paste onto anything. */
export const FORMULAS = [
  "I completely understand your frustration. I'm so sorry. That must be so stressful. I hear you.",
  'I sincerely apologise for any inconvenience this may have caused.',
  'I totally get how annoying this must be, and I truly apologise.',
  'Please accept my deepest apologies. I can only imagine how you feel.',
  "I'm really sorry to hear that. I understand completely.",
  "Oh no, I'm so sorry! That sounds really difficult.",
  'I hear your concerns and I want you to know they are valid.',
  'We apologise for the trouble. Your satisfaction is our top priority.',
  "I can see why you'd be upset, and I'm very sorry about that.",
  'Thank you for your patience and understanding. I apologise for the experience.',
  "I understand how you feel. Many customers have felt the same way, and I'm sorry.",
  'That must have been really hard for you. I am truly sorry.',
  'I empathise with your situation and I regret any distress caused.',
  "I'm terribly sorry. I know how upsetting this kind of thing can be.",
  'Your feelings are completely valid and I apologise.',
  'I appreciate you bringing this to our attention, and I am so sorry.',
  "I hear you, I really do. I'm sorry you've had this experience.",
  "My apologies. I understand this isn't what you wanted to hear.",
  'Gosh, how frustrating. Sorry about that!',
  "I'm so sorry for the inconvenience. I completely understand where you're coming from.",
  'I know this is stressful and I want to apologise sincerely.',
  'Sorry to hear that. That must be so annoying for you.',
];

/** Neutral sentences about no one in particular: padding with nothing to score. */
export const FILLER = [
  'The head office sits on a quiet street near the river, in a brick building that once housed a printing works.',
  'The building was refurbished some years ago and now has a small garden at the back.',
  'Staff work across several departments, each with its own manager and its own weekly meeting.',
  'The company newsletter goes out every season and covers community events in the area.',
  'Many of the team started in other industries before joining, from retail to teaching.',
  'The reception area has a display of photographs showing how the town looked a century ago.',
  'Internal systems are upgraded on a rolling basis so that older equipment is gradually retired.',
  'The canteen serves a rotating menu, and the soup of the day changes every morning.',
  'Regional offices follow the same general structure, although their opening arrangements differ slightly.',
  'The organisation was founded by two brothers who had previously run a small hardware shop.',
  'A car park behind the building is shared with the neighbouring library.',
  'Training for new staff covers the history of the business as well as its general procedures.',
  'Several charities in the region receive support through an annual staff fundraising walk.',
  'The warehouse on the edge of town stores archived paperwork and spare furniture.',
];

/** Things said to every customer that help none of them. */
export const PLEASANTRIES = [
  'Thanks for calling today.',
  'Have a lovely day!',
  'Is there anything else I can help you with today?',
  "I know where you're coming from.",
  'Thank you for your patience, have a great weekend.',
  'Hope this helps! Kind regards.',
];

const NEGATIONS: Array<[RegExp, string]> = [
  [/\bI've\b/, "I haven't"],
  [/\bI have\b/, 'I have not'],
  [/\bI'll\b/, "I won't"],
  [/\bI will\b/, 'I will not'],
  [/\bwe've\b/i, "we haven't"],
  [/\bwe'll\b/i, "we won't"],
  [/\bwe will\b/i, 'we will not'],
  [/\bit'll\b/i, "it won't"],
  [/\bwill be\b/, 'will not be'],
  [/\byou'll\b/i, "you won't"],
  [/\bis\b/, 'is not'],
];

/** The sentence with its first commitment negated, or null when it makes none to negate. */
export function negatedSentence(sentence: string): string | null {
  for (const [re, negated] of NEGATIONS) if (re.test(sentence)) return sentence.replace(re, negated);
  return null;
}

const TYPOS: Array<[RegExp, string]> = [
  [/\breally\b/i, 'realy'],
  [/\bsorry\b/i, 'sory'],
  [/\breceive\b/i, 'recieve'],
  [/\bdefinitely\b/i, 'definately'],
  [/\bI'm\b/, 'Im'],
  [/\bdon't\b/i, 'dont'],
  [/\bbecause\b/i, 'becuase'],
  [/\btomorrow\b/i, 'tommorow'],
  [/\bapologise\b/i, 'appologise'],
  [/\bunderstand\b/i, 'understnad'],
];

/** The reply with the small misspellings a hurried typist makes, or null when it has none of those words. */
export function misspelled(reply: string): string | null {
  let out = reply;
  for (const [re, typo] of TYPOS) out = out.replace(re, typo);
  return out === reply ? null : out;
}

const AMERICAN: Array<[RegExp, string]> = [
  [/\bapologis/gi, 'apologiz'],
  [/\brealis/gi, 'realiz'],
  [/\borganis/gi, 'organiz'],
  [/\bprioritis/gi, 'prioritiz'],
  [/\bauthoris/gi, 'authoriz'],
  [/\brecognis/gi, 'recogniz'],
  [/\bcancelled\b/gi, 'canceled'],
  [/\bcancelling\b/gi, 'canceling'],
  [/\bcolour/gi, 'color'],
  [/\bfavour/gi, 'favor'],
  [/\bhonour/gi, 'honor'],
  [/\bbehaviour/gi, 'behavior'],
  [/\bcentre\b/gi, 'center'],
  [/\blicence\b/gi, 'license'],
  [/\btravelled\b/gi, 'traveled'],
  [/\bcheque\b/gi, 'check'],
  [/\bprogramme\b/gi, 'program'],
  [/\banalys/gi, 'analyz'],
];

/** The reply in American spelling, or null when it has no British spelling to change. */
export function americanVariant(reply: string): string | null {
  let out = reply;
  for (const [re, us] of AMERICAN) out = out.replace(re, us);
  return out === reply ? null : out;
}
