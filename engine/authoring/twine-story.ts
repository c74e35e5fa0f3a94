/**
 * A Twine story as both of Twine's file formats describe it (Twee 3 text and Twine 2 published
 * HTML), before it is mapped to a scenario: the parsers produce this, the importer reads it.
 */

export interface TwinePassage {
  name: string;
  tags: string[];
  /** The passage's source text, as the author typed it in Twine (links, macros and all). */
  text: string;
}

export interface TwineStory {
  title?: string;
  /** The name of the passage the story starts at, when the file says. */
  start?: string;
  /** The story format (Harlowe, SugarCube…), named in warnings about its macros. */
  format?: string;
  passages: TwinePassage[];
  /** What the parser could not read, in words a trainer understands. */
  warnings: string[];
}
