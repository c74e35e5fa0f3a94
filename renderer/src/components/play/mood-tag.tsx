import type { Mood } from '../../../../engine/scenario/format';

/** The mood a line was said in, next to the speaker's name (read out with the line). */
export function MoodTag({ mood }: { mood?: Mood }) {
  if (!mood) return null;
  return <span className="mood-tag">{mood}</span>;
}
