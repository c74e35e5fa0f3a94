/**
 * The manager's Api methods in memory, over the in-memory Api's attempts: faithful to the Api's
 * rules (filters, finished-attempt averages, trends, flags, paging, notes) and simple, so the
 * renderer tests exercise the screens against the same contract the services keep.
 */
import type { z } from 'zod';
import {
  ApiError,
  type Api,
  type AttemptDetail,
  type CoachingNote,
  type ReviewApiResults,
  type reviewApiArgs,
  type ReviewThresholds,
  type WeakTurn,
} from '@api';
import { wholePointAverage } from '../../engine/review/averages';
import {
  bucketStartDay,
  chartSpanProblem,
  defaultChartStart,
  earliestChartStart,
  localDay,
} from '../../engine/review/chart-span';
import { DEFAULT_THRESHOLDS } from '../../engine/review/flags';
import { histogramBin, HISTOGRAM_BINS, scoreBand } from '../../engine/review/score-bands';
import { evidenceSummary } from '../../engine/review/weak-turn-evidence';
import { WEAK_SPOTS, weakestFirst, weakestSpotFirst, worstReplyFirst } from '../../engine/review/weakest-skills';
import { CHANNELS, DIMENSIONS, INDUSTRIES, OUTCOMES, type Scenario } from '../../engine/scenario/format';
import { createMemoryReviewTransfer } from './memory-review-transfer';
import { averagesOf, groupBy, inScope, scoredFinished, traineeRow, trendWindows } from './memory-review-figures';

type ReviewMethods = { [K in keyof ReviewApiResults]: (args: z.output<(typeof reviewApiArgs)[K]>) => ReturnType<Api[K]> };

export interface MemoryReviewOptions {
  attempts: Map<string, AttemptDetail>;
  /** When each attempt's turns were recorded (ISO 8601), by attempt id and turn index. */
  turnTimes: Map<string, string[]>;
  scenarios: Map<string, Scenario>;
  /** The in-memory clock's current time, without moving it. */
  now: () => Date;
  /** A time for something written now; moves the clock on, so an edit is later than the note. */
  stamp: () => string;
}

export function createMemoryReview({ attempts, turnTimes, scenarios, now, stamp }: MemoryReviewOptions): {
  methods: ReviewMethods;
} {
  let thresholds: ReviewThresholds = { ...DEFAULT_THRESHOLDS };
  const notes: CoachingNote[] = [];
  const all = () => [...attempts.values()];
  const undatedFilter = (filter: z.output<typeof reviewApiArgs.getTeamOverview>['filter']) => ({
    ...filter,
    from: undefined,
    to: undefined,
  });

  function rowsFor(filter: z.output<typeof reviewApiArgs.getTeamOverview>['filter']) {
    const windows = trendWindows(filter, now());
    const covered = all().filter((a) => inScope(a, filter, scenarios));
    const trendSource = all().filter((a) => inScope(a, undatedFilter(filter), scenarios));
    return [...groupBy(covered, (a) => a.traineeName)].map(([name, mine]) =>
      traineeRow(
        name,
        mine,
        trendSource.filter((a) => a.traineeName === name && scoredFinished(a)),
        thresholds,
        windows,
      ),
    );
  }

  const methods: ReviewMethods = {
    getReviewSettings: async () => ({ thresholds: { ...thresholds } }),
    setReviewThresholds: async (args) => {
      thresholds = { ...args.thresholds };
      return { thresholds: { ...thresholds } };
    },
    getTeamOverview: async ({ filter, search, flaggedOnly, sort, direction, offset, limit }) => {
      const rows = rowsFor(filter).map(({ firstActive: _f, ...row }) => row);
      const value = (r: (typeof rows)[number]): string | number | null =>
        sort === 'traineeName'
          ? r.traineeName
          : sort === 'attempts'
            ? r.attempts
            : sort === 'scenariosCompleted'
              ? r.scenariosCompleted
              : sort === 'lastActive'
                ? r.lastActive
                : sort === 'flagged'
                  ? r.flagged.length
                  : (r.averages?.[sort] ?? null);
      const sign = direction === 'asc' ? 1 : -1;
      const sorted = rows
        .filter((r) => r.traineeName.toLowerCase().includes(search.toLowerCase()) && (!flaggedOnly || r.flagged.length > 0))
        .sort((a, b) => {
          const [x, y] = [value(a), value(b)];
          if (x !== y) return x === null ? 1 : y === null ? -1 : (x < y ? -1 : 1) * sign;
          return a.traineeName < b.traineeName ? -1 : 1;
        });
      const covered = all().filter((a) => inScope(a, filter, scenarios));
      const windows = trendWindows(filter, now());
      return {
        rows: sorted.slice(offset, offset + limit),
        offset,
        total: sorted.length,
        team: {
          trainees: rows.length,
          attempts: covered.length,
          averages: averagesOf(covered),
          flaggedTrainees: rows.filter((r) => r.flagged.length > 0).length,
        },
        thresholds: { ...thresholds },
        trendWindows: { from: windows.from.toISOString(), middle: windows.middle.toISOString(), to: windows.to.toISOString() },
      };
    },
    getScoreTrend: async ({ filter, traineeName, bucket, timeZone }) => {
      const to = filter.to ? new Date(filter.to) : now();
      const problem = filter.from ? chartSpanProblem(new Date(filter.from), to) : null;
      if (problem) throw new ApiError('invalid-argument', problem);
      const firstAttempt = (name: string) =>
        all()
          .filter((a) => a.traineeName === name)
          .map((a) => a.startedAt)
          .sort()[0];
      const chosen = filter.from
        ? new Date(filter.from)
        : traineeName === undefined
          ? defaultChartStart(to, bucket, timeZone)
          : firstAttempt(traineeName) && new Date(firstAttempt(traineeName)!);
      const from = chosen ? new Date(Math.max(chosen.getTime(), earliestChartStart(to).getTime())) : null;
      if (from === null || from >= to) return { bucket, from: (from ?? to).toISOString(), to: to.toISOString(), points: [] };
      const mine = all()
        .filter((a) => inScope(a, { ...filter, from: from.toISOString(), to: to.toISOString() }, scenarios))
        .filter((a) => scoredFinished(a) && (traineeName === undefined || a.traineeName === traineeName));
      const buckets = [...groupBy(mine, (a) => bucketStartDay(localDay(new Date(a.startedAt), timeZone), bucket))].sort(
        ([a], [b]) => a.localeCompare(b),
      );
      return {
        bucket,
        from: from.toISOString(),
        to: to.toISOString(),
        points: buckets.map(([start, list]) => ({ start, attempts: list.length, averages: averagesOf(list)! })),
      };
    },
    getScoreDistribution: async ({ filter }) => {
      const finished = all().filter((a) => inScope(a, filter, scenarios) && scoredFinished(a));
      return {
        scenarios: [...groupBy(finished, (a) => a.scenarioId)]
          .map(([scenarioId, list]) => ({
            scenarioId,
            scenarioTitle: scenarios.get(scenarioId)?.title ?? list[0]!.scenarioTitle,
            finishedAttempts: list.length,
            bands: Object.fromEntries(
              DIMENSIONS.map((d) => [
                d,
                {
                  weak: list.filter((a) => scoreBand(a.scores![d]) === 'weak').length,
                  fair: list.filter((a) => scoreBand(a.scores![d]) === 'fair').length,
                  strong: list.filter((a) => scoreBand(a.scores![d]) === 'strong').length,
                },
              ]),
            ) as ReviewApiResults['getScoreDistribution']['scenarios'][number]['bands'],
          }))
          .sort((a, b) => a.scenarioTitle.localeCompare(b.scenarioTitle)),
      };
    },
    getTraineeReport: async ({ traineeName, filter }) => {
      const row = rowsFor(filter).find((r) => r.traineeName === traineeName);
      if (!row)
        throw new ApiError('not-found', `no attempts by "${traineeName}" match this filter; clear the filter or check the name`);
      const { firstActive, ...summary } = row;
      const mine = all().filter((a) => a.traineeName === traineeName && inScope(a, filter, scenarios));
      const byKind = <K extends string>(kinds: readonly K[], kindOf: (s: Scenario) => K) =>
        kinds
          .map((kind) => {
            const list = mine.filter((a) => scenarios.has(a.scenarioId) && kindOf(scenarios.get(a.scenarioId)!) === kind);
            return {
              kind,
              attempts: list.length,
              finishedAttempts: list.filter((a) => a.status === 'finished').length,
              averages: averagesOf(list),
            };
          })
          .filter((k) => k.attempts > 0);
      const turns = mine.flatMap((a) => a.turns.map((t) => ({ attempt: a, turn: t })));
      const weakestSkills = DIMENSIONS.map((dimension) => {
        const spots = [...groupBy(turns, ({ attempt, turn }) => `${attempt.scenarioId}\n${turn.nodeId}`).values()]
          .map((list) => ({
            list,
            scenarioId: list[0]!.attempt.scenarioId,
            nodeId: list[0]!.turn.nodeId,
            replies: list.length,
            total: list.reduce((n, x) => n + x.turn.scores[dimension], 0),
          }))
          .map((spot) => ({ ...spot, average: spot.total / spot.replies }))
          .sort(weakestSpotFirst)
          .slice(0, WEAK_SPOTS);
        const weak: WeakTurn[] = spots.map(({ list, total, replies }) => {
          const { attempt, turn } = [...list].sort((a, b) =>
            worstReplyFirst(
              { score: a.turn.scores[dimension], startedAt: a.attempt.startedAt, attemptId: a.attempt.id },
              { score: b.turn.scores[dimension], startedAt: b.attempt.startedAt, attemptId: b.attempt.id },
            ),
          )[0]!;
          return {
            attemptId: attempt.id,
            turnIndex: turn.index,
            scenarioId: attempt.scenarioId,
            scenarioTitle: attempt.scenarioTitle,
            nodeId: turn.nodeId,
            playedAt: turnTimes.get(attempt.id)?.[turn.index] ?? attempt.startedAt,
            customerLine: turn.customerLines.join(' '),
            replyText: turn.replyText,
            scoredBy: turn.scoredBy,
            scores: {
              respect: Math.round(turn.scores.respect),
              helpfulness: Math.round(turn.scores.helpfulness),
              empathy: Math.round(turn.scores.empathy),
            },
            evidenceSummary: evidenceSummary(turn, dimension),
            repliesHere: list.length,
            averageHere: wholePointAverage(total, replies)!,
          };
        });
        return {
          dimension,
          average: summary.averages?.[dimension] ?? null,
          flagged: summary.flagged.includes(dimension),
          turns: weak,
        };
      }).sort(weakestFirst);
      return {
        summary: { ...summary, firstActive },
        teamAverages: averagesOf(all().filter((a) => inScope(a, filter, scenarios))),
        byChannel: byKind(CHANNELS, (s) => s.channel),
        byIndustry: byKind(INDUSTRIES, (s) => s.industry),
        weakestSkills,
        coachingNotes: structuredClone(
          notes.filter((n) => n.traineeName === traineeName).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
        ),
        thresholds: { ...thresholds },
      };
    },
    listReviewAttempts: async ({ filter, traineeName, offset, limit }) => {
      const list = all()
        .filter((a) => inScope(a, filter, scenarios) && (traineeName === undefined || a.traineeName === traineeName))
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id));
      return {
        attempts: list.slice(offset, offset + limit).map(({ turns: _t, state: _s, ...summary }) => structuredClone(summary)),
        offset,
        total: list.length,
      };
    },
    saveCoachingNote: async ({ traineeName, noteId, text }) => {
      const at = stamp();
      if (noteId === undefined) {
        const note = { id: `note-${notes.length + 1}`, traineeName, text, createdAt: at, updatedAt: at };
        notes.push(note);
        return structuredClone(note);
      }
      const note = notes.find((n) => n.id === noteId && n.traineeName === traineeName);
      if (!note) throw new ApiError('not-found', `${traineeName} has no coaching note "${noteId}"`);
      Object.assign(note, { text, updatedAt: at });
      return structuredClone(note);
    },
    getScenarioReport: async ({ scenarioId, filter }) => {
      const scenario = scenarios.get(scenarioId);
      const list = all().filter(
        (a) => a.scenarioId === scenarioId && inScope(a, { from: filter.from, to: filter.to }, scenarios),
      );
      if (list.length === 0 && !scenario)
        throw new ApiError('not-found', `no scenario "${scenarioId}" in the library and no attempts at it`);
      const turns = list.flatMap((a) => a.turns.map((t) => ({ attempt: a, turn: t })));
      const nodeIds = [
        ...new Set([
          ...(scenario?.nodes ?? []).filter((n) => n.kind === 'customer').map((n) => n.id),
          ...turns.map((t) => t.turn.nodeId),
        ]),
      ];
      const finished = list.filter(scoredFinished);
      return {
        scenarioId,
        scenarioTitle: scenario?.title ?? list[0]!.scenarioTitle,
        inLibrary: scenario !== undefined,
        attempts: list.length,
        finishedAttempts: list.filter((a) => a.status === 'finished').length,
        outcomes: OUTCOMES.map((outcome) => ({
          outcome,
          count: list.filter((a) => a.status === 'finished' && a.outcome === outcome).length,
        })),
        unfinished: {
          inProgress: list.filter((a) => a.status === 'in-progress').length,
          abandoned: list.filter((a) => a.status === 'abandoned').length,
        },
        turns: nodeIds.map((nodeId) => {
          const here = turns.filter((t) => t.turn.nodeId === nodeId);
          const node = scenario?.nodes.find((n) => n.id === nodeId);
          const authored = node?.kind === 'customer' ? (node.choices ?? []) : [];
          return {
            nodeId,
            customerLine: node?.kind === 'customer' ? node.lines.join(' ') : null,
            visits: here.length,
            averages: averagesOf(here.map((t) => ({ ...t.attempt, status: 'finished' as const, scores: t.turn.scores }))),
            choices: authored.map((c) => ({
              choiceId: c.id,
              text: c.text,
              picks: here.filter((t) => t.turn.reply.kind === 'choice' && t.turn.reply.choiceId === c.id).length,
            })),
            freeTextReplies: here.filter((t) => t.turn.reply.kind === 'text').length,
            lostAfter: here.filter((t) => t.attempt.outcome === 'customer-lost' && t.turn.index === t.attempt.turns.length - 1)
              .length,
          };
        }),
        histogram: Object.fromEntries(
          DIMENSIONS.map((d) => [
            d,
            Array.from({ length: HISTOGRAM_BINS }, (_, i) => finished.filter((a) => histogramBin(a.scores[d]) === i).length),
          ]),
        ) as ReviewApiResults['getScenarioReport']['histogram'],
      };
    },
    ...createMemoryReviewTransfer({ attempts, turnTimes, scenarios, now, inScope: (a, filter) => inScope(a, filter, scenarios) }),
  };
  return { methods };
}
