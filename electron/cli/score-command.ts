import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { KeyPointSchema, MOODS } from '../../engine/scenario/format';
import { scoreReply } from '../../engine/scoring/score-reply';

/** One input line of `score`; unknown fields are ignored so callers can carry their own labels. */
const ScoreRequest = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  customer: z.string().default(''),
  response: z.string(),
  keyPoints: z.array(KeyPointSchema).optional(),
  avoid: z.array(z.string()).optional(),
  /** The customer's mood, as a scenario turn sets it; emotional moods raise the empathy expected. */
  mood: z
    .enum(MOODS, { error: (issue) => `unknown mood ${JSON.stringify(issue.input)}; use one of ${MOODS.join(', ')}` })
    .optional(),
});

function lineError(n: number, raw: string, message: string) {
  let id: unknown = null;
  try {
    id = (JSON.parse(raw) as { id?: unknown })?.id ?? null;
  } catch {
    // The line is not JSON, so it has no id to echo.
  }
  return { id, error: `line ${n}: ${message}` };
}

/**
 * `score [FILE.jsonl]`: scores one JSON request per line (stdin when no file is given) and writes one
 * JSON result per line in the same order. A bad line gets an error line; the others still run.
 */
export async function scoreCommand(args: string[]): Promise<number> {
  const input = args[0] ? createReadStream(args[0]) : process.stdin;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let failed = 0;
  let n = 0;
  for await (const raw of lines) {
    n++;
    if (raw.trim() === '') continue;
    let out: unknown;
    try {
      const parsed = ScoreRequest.safeParse(JSON.parse(raw));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        out = lineError(n, raw, `${issue.path.join('.') || 'line'}: ${issue.message}`);
      } else {
        const r = parsed.data;
        const verdict = scoreReply(r.response, { customer: r.customer, keyPoints: r.keyPoints, avoid: r.avoid, mood: r.mood });
        out = {
          id: r.id ?? null,
          ...verdict.scores,
          evidence: {
            respect: verdict.evidence.filter((e) => e.dimension === 'respect'),
            helpfulness: verdict.evidence.filter((e) => e.dimension === 'helpfulness'),
            empathy: verdict.evidence.filter((e) => e.dimension === 'empathy'),
            keyPoints: verdict.keyPoints,
            suggestions: verdict.suggestions,
            scorable: verdict.scorable,
          },
          scorerVersion: verdict.scorerVersion,
        };
      }
    } catch (error) {
      out = lineError(n, raw, `not valid JSON (${(error as Error).message})`);
    }
    if (out && typeof out === 'object' && 'error' in out) failed++;
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  if (failed > 0) console.error(`${failed} of ${n} lines failed`);
  return failed > 0 ? 1 : 0;
}
