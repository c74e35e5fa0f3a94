/**
 * The rules of saving a scenario, apart from any file system so the in-memory Api used by the
 * renderer's tests follows exactly the same ones:
 *
 * - a draft may have problems; publishing is refused while there are any;
 * - a save never silently replaces a file that changed since the editor opened it: the draft when
 *   saving a draft, the published file when publishing (for a draft, "opened" means the published
 *   revision the draft was started from) — unless the trainer chose to overwrite;
 * - publishing the draft the editor opened removes that draft.
 */
import { formatProblem, type ScenarioProblem } from '../../../engine/scenario/problem';

export interface SaveSituation {
  file: string;
  mode: 'draft' | 'publish';
  /** The revision the editor opened (of the draft or the published file), null for a new file. */
  baseRevision: string | null;
  overwrite: boolean;
  /** The revision of the text being saved. */
  newRevision: string;
  /** The draft on disk now, with the published revision it was started from (undefined: not recorded). */
  draft: { revision: string; base: string | null | undefined } | null;
  /** The published file on disk now. */
  published: { revision: string } | null;
  /** How to name the published file in messages, e.g. "x.json in /home/ann/scenarios". */
  publishedLabel: string;
}

export type SaveDecision =
  | { kind: 'conflict'; message: string }
  /** `recordBase`: the published revision to remember for a new draft; undefined keeps the record. */
  | { kind: 'write-draft'; recordBase: string | null | undefined }
  | { kind: 'publish'; removeDraft: boolean };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Why publishing is refused, naming the count and the first problem; undefined when it may go ahead. */
export function publishRefusal(file: string, problems: readonly ScenarioProblem[]): string | undefined {
  if (problems.length === 0) return undefined;
  return (
    `cannot publish ${file}: it has ${plural(problems.length, 'problem')}; the first is ${formatProblem(problems[0]!)}. ` +
    `Fix ${problems.length === 1 ? 'it' : 'them'}, or save it as a draft.`
  );
}

function decideDraft(s: SaveSituation): SaveDecision {
  const continuing = s.draft !== null && s.draft.revision === s.baseRevision;
  if (s.draft && !continuing && !s.overwrite) {
    return {
      kind: 'conflict',
      message:
        s.baseRevision === null
          ? `a draft named ${s.file} already exists: open it, choose another file name, or overwrite it`
          : `the draft ${s.file} changed on disk since you opened it: reload it to see the changes, or overwrite them`,
    };
  }
  // A draft keeps the published revision it was started from; a new one starts from what the editor opened.
  const recorded = s.draft ? s.draft.base : undefined;
  return { kind: 'write-draft', recordBase: recorded === undefined ? s.baseRevision : undefined };
}

function decidePublish(s: SaveSituation): SaveDecision {
  const publishingTheDraft = s.draft !== null && s.draft.revision === s.baseRevision;
  const expected = publishingTheDraft ? (s.draft!.base ?? null) : s.baseRevision;
  if (s.published && s.published.revision !== expected && !s.overwrite) {
    return {
      kind: 'conflict',
      message:
        expected === null
          ? `${s.publishedLabel} already exists: choose another file name, or overwrite it`
          : `${s.publishedLabel} changed on disk since you ${publishingTheDraft ? 'started this draft' : 'opened it'}: ` +
            'reload it to see the changes, or overwrite them',
    };
  }
  return { kind: 'publish', removeDraft: publishingTheDraft || s.draft?.revision === s.newRevision };
}

/** What a save should do, or the conflict to report. Problems are checked by the caller first. */
export function decideSave(situation: SaveSituation): SaveDecision {
  return situation.mode === 'draft' ? decideDraft(situation) : decidePublish(situation);
}
