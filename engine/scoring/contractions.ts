/**
 * Apostrophe-less contractions that replies almost always mean as contractions ("wont" → "won't").
 * One table for chat shorthand and misspellings alike. A Map, not an object: a reply's words are
 * looked up in it, and "constructor" must not find Object's constructor.
 */
export const APOSTROPHE_LESS_CONTRACTIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    im: "i'm",
    ive: "i've",
    dont: "don't",
    cant: "can't",
    wont: "won't",
    didnt: "didn't",
    doesnt: "doesn't",
    isnt: "isn't",
    wasnt: "wasn't",
    arent: "aren't",
    werent: "weren't",
    havent: "haven't",
    hasnt: "hasn't",
    hadnt: "hadn't",
    couldnt: "couldn't",
    shouldnt: "shouldn't",
    wouldnt: "wouldn't",
    youre: "you're",
    youve: "you've",
    youll: "you'll",
    theyre: "they're",
    theyve: "they've",
    thats: "that's",
    whats: "what's",
    theres: "there's",
    heres: "here's",
    shes: "she's",
    weve: "we've",
  }),
);
