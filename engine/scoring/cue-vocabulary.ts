/**
 * The words whose misspellings the scorer mends before reading a reply: the words its cues and
 * service talk turn on. A typo in one of these ("sory", "realy", "recieve") would otherwise lose the
 * apology or the action it carries; other words are left as the trainee typed them.
 */
export const CUE_VOCABULARY: ReadonlySet<string> = new Set(
  (
    'sorry really apologise apologies apologised understand understandable frustrating frustration frustrated receive received ' +
    'definitely appreciate appreciated refund refunded tomorrow because immediately sincerely unfortunately guarantee ' +
    'separately necessary accommodate inconvenience experience completely absolutely terrible horrible awful stressful ' +
    'worrying worried upsetting disappointed disappointing annoying imagine difficult patience please thank thanks ' +
    'cancelled replaced replacement delivered delivery arranged booked confirmed confirmation compensation credited ' +
    'escalated priority engineer technician appointment account payment charged charge message tracking reference ' +
    "i'm i've i'll i'd don't can't won't didn't doesn't isn't wasn't you're you've you'll that's it's we're we've we'll"
  ).split(' '),
);
