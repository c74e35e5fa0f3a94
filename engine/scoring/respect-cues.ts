import { cue, type Cue } from './cue';
import { DISRESPECT_CUES } from './disrespect-cues';

/** Courtesy and dignity: polite forms earn, disrespect costs (the rubric's respect dimension; losses in disrespect-cues.ts). */
export const RESPECT_CUES: Cue[] = [
  cue(
    'greeting',
    'respect',
    6,
    'greeting',
    "hi|hello|hey there|good (?:morning|afternoon|evening|day)|dear (?!customer|sir or madam|sir/madam)\\w+|g'day|welcome",
    { ignoresNegation: true },
  ),
  cue('says-please', 'respect', 5, 'says please', 'please', { ignoresNegation: true }),
  cue(
    'thanks-the-customer',
    'respect',
    7,
    'thanks the customer',
    'thank you|thanks|i appreciate|appreciate (?:you|your|it)|grateful',
    {
      ignoresNegation: true,
    },
  ),
  cue(
    'apologises',
    'respect',
    9,
    'apologises',
    "(?:i'm|i am|we're|we are|so|really|truly|very|terribly|deeply|extremely) (?:(?!not |never )\\w+ )?sorry|i apologi[sz]e|we apologi[sz]e|my apologies|(?:sincere|sincerest) apologies|apologies for",
    { group: 'apology' },
  ),
  cue('apologises', 'respect', 6, 'apologises', 'sorry', { group: 'apology' }),
  cue('polite-address', 'respect', 3, 'polite address', "sir|madam|ma'am|mr|mrs|ms|miss|ma|sah|mama|bwana|ji"),
  cue(
    'gladly-offers-help',
    'respect',
    5,
    'gladly offers help',
    'happy to help|glad to help|my pleasure|of course|certainly|absolutely|no problem at all|not a problem at all|no wahala|no worries at all',
    { ignoresNegation: true },
  ),
  cue(
    'takes-the-customer-seriously',
    'respect',
    8,
    'takes the customer seriously',
    "you're right|you are right|you were right|fair question|good question|that's fair|fair enough|you have every right|you've every right|every right to|thanks for (?:flagging|letting|telling|raising|bearing|your patience|waiting|checking|getting in touch|calling|being)|you did the right thing|sensible",
    { ignoresNegation: true },
  ),
  cue(
    'calm-boundary-kept-courteous',
    'respect',
    4,
    'calm boundary, kept courteous',
    "i'd ask you not to|please don't (?:swear|shout)|i want to help(?: you)?,? but|i'm not going to argue",
    { ignoresNegation: true },
  ),
  ...DISRESPECT_CUES,
];
