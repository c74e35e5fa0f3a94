/**
 * `npm run bench:scoring`: how well the free-text scorer agrees with trainers' ratings, and how fast
 * it is. Prints `BENCH <name> <value> <unit>` lines: Spearman and within-situation pairwise accuracy
 * per dimension on the tuning and held-out situations, agreement with the Stanford Politeness Corpus
 * when ../shared/data is present, and the median time per reply over 20,000 replies.
 */
import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIMENSIONS } from '../engine/scenario/format';
import { scoreReply } from '../engine/scoring/score-reply';
import { runChecklist } from './checklist';
import { pairwiseAccuracy, spearman } from './rank-metrics';
import { isHeldOut, loadSituations, projectRoot, type Situation } from './scoring-dataset';

const bench = (name: string, value: number, unit: string) => console.log(`BENCH ${name} ${Number(value.toFixed(4))} ${unit}`);

function agreement(situations: Situation[], split: string): void {
  const rows = situations.flatMap((s) =>
    s.replies.map((r) => ({
      situation: s,
      reply: r,
      verdict: scoreReply(r.response, { customer: s.customer, keyPoints: s.keyPoints, mood: s.mood }),
    })),
  );
  bench(`scoring.${split}.replies`, rows.length, 'replies');
  for (const d of DIMENSIONS) {
    const predicted = rows.map((r) => r.verdict.scores[d]);
    const rated = rows.map((r) => r.reply[d]);
    bench(`scoring.${split}.${d}.spearman`, spearman(predicted, rated), 'rho');
    const items = rows.map((r) => ({ group: r.situation.situation, predicted: r.verdict.scores[d], rated: r.reply[d] }));
    bench(`scoring.${split}.${d}.pairwise`, pairwiseAccuracy(items) * 100, '%');
  }
}

/** The paper's protocol: top quartile polite, bottom quartile impolite; accuracy of respect above/below its median. */
function politeness(file: string, name: string): void {
  const records = parse(readFileSync(file), { columns: true, skip_empty_lines: true }) as Array<{
    request: string;
    normalized_score: string;
  }>;
  const sorted = records.map((r) => Number(r.normalized_score)).sort((a, b) => a - b);
  const q1 = sorted[Math.floor(sorted.length / 4)]!;
  const q3 = sorted[Math.floor((sorted.length * 3) / 4)]!;
  const extremes = records
    .filter((r) => Number(r.normalized_score) <= q1 || Number(r.normalized_score) >= q3)
    .map((r) => ({ polite: Number(r.normalized_score) >= q3, respect: scoreReply(r.request, { customer: '' }).scores.respect }));
  const respects = extremes.map((e) => e.respect).sort((a, b) => a - b);
  const median = respects[Math.floor(respects.length / 2)]!;
  const correct = extremes.filter((e) => e.respect > median === e.polite || (e.respect === median && !e.polite)).length;
  bench(`scoring.politeness.${name}.accuracy`, (correct / extremes.length) * 100, '%');
  bench(
    `scoring.politeness.${name}.spearman`,
    spearman(
      records.map((r) => scoreReply(r.request, { customer: '' }).scores.respect),
      records.map((r) => Number(r.normalized_score)),
    ),
    'rho',
  );
}

function speed(situations: Situation[]): void {
  const pool = situations.flatMap((s) =>
    s.replies.map((r) => ({ reply: r.response, context: { customer: s.customer, keyPoints: s.keyPoints, mood: s.mood } })),
  );
  for (let i = 0; i < 2000; i++) scoreReply(pool[i % pool.length]!.reply, pool[i % pool.length]!.context); // warm up the JIT
  const n = 20_000;
  const times = new Float64Array(n);
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const item = pool[i % pool.length]!;
    const t0 = performance.now();
    scoreReply(item.reply, item.context);
    times[i] = performance.now() - t0;
  }
  const total = performance.now() - start;
  times.sort();
  bench('scoring.per_reply.median', times[n / 2]! * 1000, 'us');
  bench('scoring.per_reply.p95', times[Math.floor(n * 0.95)]! * 1000, 'us');
  bench('scoring.throughput', n / (total / 1000), 'replies/s');
}

/** Share of clearly ordered pairs (same situation, ratings two or more steps apart) tied or reversed. */
function clearPairErrors(situations: Situation[], split: string): void {
  for (const d of DIMENSIONS) {
    let clear = 0;
    let wrong = 0;
    for (const s of situations) {
      const scored = s.replies.map((r) => ({
        rated: r[d],
        got: scoreReply(r.response, { customer: s.customer, keyPoints: s.keyPoints, mood: s.mood }).scores[d],
      }));
      for (const a of scored)
        for (const b of scored)
          if (a.rated - b.rated >= 2) {
            clear++;
            if (a.got <= b.got) wrong++;
          }
    }
    bench(`scoring.${split}.${d}.clear_pairs_wrong`, (100 * wrong) / Math.max(1, clear), '%');
  }
  const unscorable = situations.flatMap((s) => s.unscorable.map((r) => scoreReply(r.response, { customer: s.customer })));
  bench(
    `scoring.${split}.unscorable_reported`,
    (100 * unscorable.filter((v) => !v.scorable).length) / Math.max(1, unscorable.length),
    '%',
  );
}

if (process.argv.includes('--frozen')) {
  // The second held-out set: scored only when a stop finishes, never while tuning.
  const frozen = loadSituations('frozen');
  agreement(frozen, 'frozen');
  clearPairErrors(frozen, 'frozen');
  process.exit(0);
}

const situations = loadSituations();
bench('scoring.situations', situations.length, 'situations');
for (const r of runChecklist(situations)) bench(`scoring.checklist.${r.name}`, (100 * r.passed) / Math.max(1, r.cases), '%');
clearPairErrors(situations.filter(isHeldOut), 'heldout');
agreement(
  situations.filter((s) => !isHeldOut(s)),
  'tuning',
);
agreement(situations.filter(isHeldOut), 'heldout');
agreement(situations, 'all');
const corpus = path.join(projectRoot, '..', 'shared', 'data', 'politeness');
if (existsSync(corpus)) {
  politeness(path.join(corpus, 'wikipedia.csv'), 'wikipedia');
  politeness(path.join(corpus, 'stack-exchange.csv'), 'stack_exchange');
} else {
  console.error(`bench: ${corpus} is absent, so agreement with the Stanford Politeness Corpus is not measured`);
}
speed(situations);
