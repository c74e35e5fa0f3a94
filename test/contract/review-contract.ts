/**
 * One contract for every side that answers the manager's Api methods: the real review service on
 * PGlite (test/services/review-contract.test.ts) and the renderer tests' in-memory double
 * (test/renderer/review-contract.test.ts). Both are given the same team (review-world.ts) and asked
 * the same questions. The figures a manager acts on (averages, flags, trend arrows, windows) are
 * spelled out here; every whole answer is also compared with one stored copy under
 * review-figures/, shared by both sides, so the double cannot drift from the services unseen.
 * Typed replies are scored on import, so a scorer change moves the stored figures: `npm run
 * train:scorer` writes them again (from the services, then checks the double agrees).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Api, ReviewApiResults, TeamOverview } from '@api';
import { CONTRACT_ATTEMPTS, CONTRACT_NOW, contractTransferFile } from './review-world';

export type ReviewSide = Pick<Api, keyof ReviewApiResults>;

/** Opens a fresh side whose clock stands at `now`, holding the contract's two scenarios and no attempts. */
export type OpenReviewSide = (now: Date) => Promise<{ api: ReviewSide; close: () => Promise<void> }>;

const FIGURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'review-figures');

/** The answer must equal the stored one, which every side shares (written by the first side to run). */
async function sameAsEverySide(name: string, answer: unknown): Promise<void> {
  await expect(`${JSON.stringify(answer, null, 2)}\n`).toMatchFileSnapshot(path.join(FIGURES, `${name}.json`));
}

const rowOf = (overview: TeamOverview, traineeName: string) => overview.rows.find((r) => r.traineeName === traineeName);

/** A rejection's code and words, to compare the errors people see. */
async function refusal(call: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e as { code?: unknown; message: string },
  );
  if (!error) throw new Error('expected the call to be refused');
  return { code: error.code, message: error.message };
}

export function reviewContract(side: string, open: OpenReviewSide): void {
  describe(`the review contract: ${side}`, () => {
    let api: ReviewSide;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ api, close } = await open(new Date(CONTRACT_NOW)));
      const { header, lines } = contractTransferFile();
      const report = await api.importTransfer({ fileName: 'team.jsonl', header, firstLineNumber: 2, lines });
      expect(report).toEqual({ imported: CONTRACT_ATTEMPTS.length, duplicates: 0, problems: [] });
    });
    afterAll(() => close());

    describe('getTeamOverview', () => {
      it('averages finished attempts only, flags below the thresholds and compares the two 30-day windows', async () => {
        const overview = await api.getTeamOverview({});

        expect(overview.trendWindows).toEqual({
          from: '2025-01-14T12:00:00.000Z',
          middle: '2025-02-13T12:00:00.000Z',
          to: CONTRACT_NOW,
        });
        expect(rowOf(overview, 'Ada Quinn')).toMatchObject({
          attempts: 2,
          finishedAttempts: 2,
          averages: { respect: 76, helpfulness: 60, empathy: 67 },
          flagged: [],
          trend: {
            respect: { recent: 65, previous: 87, change: -22, direction: 'down' },
            helpfulness: { recent: 40, previous: 80, change: -40, direction: 'down' },
          },
        });
        expect(rowOf(overview, 'Ben Okoro')).toMatchObject({
          averages: { respect: 59, helpfulness: 45, empathy: 44 },
          flagged: ['respect', 'helpfulness', 'empathy'],
          trend: { respect: { recent: 59, previous: null, change: null, direction: 'unknown' } },
        });
        expect(rowOf(overview, 'Dan Ellis')).toMatchObject({ attempts: 1, finishedAttempts: 0, averages: null, flagged: [] });
        expect(overview.team).toMatchObject({ trainees: 5, attempts: CONTRACT_ATTEMPTS.length, flaggedTrainees: 1 });
        await sameAsEverySide('team-overview', overview);
      });

      it('narrows to a kind of call, to dates, to flagged trainees and to a search, and sorts and pages', async () => {
        const answers = {
          phone: await api.getTeamOverview({ filter: { channel: 'phone' } }),
          february: await api.getTeamOverview({ filter: { from: '2025-02-01T00:00:00.000Z', to: '2025-03-01T00:00:00.000Z' } }),
          flaggedOnly: await api.getTeamOverview({ flaggedOnly: true }),
          search: await api.getTeamOverview({ search: 'an' }),
          byRespect: await api.getTeamOverview({ sort: 'respect', direction: 'desc' }),
          secondPage: await api.getTeamOverview({ sort: 'lastActive', direction: 'desc', offset: 2, limit: 2 }),
        };

        expect(answers.phone.rows.map((r) => r.traineeName)).toEqual(['Cara Diaz']);
        expect(answers.february.trendWindows.to).toBe('2025-03-01T00:00:00.000Z');
        expect(answers.flaggedOnly.rows.map((r) => r.traineeName)).toEqual(['Ben Okoro']);
        expect(answers.byRespect.rows.at(-1)?.averages).toBeNull();
        await sameAsEverySide('team-overview-narrowed', answers);
      });

      it('flags by the thresholds the manager sets, a null threshold flagging nobody', async () => {
        await api.setReviewThresholds({ thresholds: { respect: null, helpfulness: 61, empathy: 60 } });
        const overview = await api.getTeamOverview({});
        await api.setReviewThresholds({ thresholds: { respect: 60, helpfulness: 60, empathy: 60 } });

        expect(rowOf(overview, 'Ada Quinn')?.flagged).toEqual(['helpfulness']);
        expect(rowOf(overview, 'Ben Okoro')?.flagged).toEqual(['helpfulness', 'empathy']);
        expect(overview.thresholds).toEqual({ respect: null, helpfulness: 61, empathy: 60 });
        await sameAsEverySide('team-overview-thresholds', overview);
      });
    });

    describe('getTraineeReport', () => {
      it('gives the trainee’s row, the team to compare with, kinds of call and the weakest skills first', async () => {
        const report = await api.getTraineeReport({ traineeName: 'Ben Okoro' });

        expect(report.summary).toMatchObject({
          firstActive: '2025-02-20T15:30:00.000Z',
          flagged: ['respect', 'helpfulness', 'empathy'],
        });
        expect(report.weakestSkills.map((s) => [s.dimension, s.average])).toEqual([
          ['empathy', 44],
          ['helpfulness', 45],
          ['respect', 59],
        ]);
        await sameAsEverySide('trainee-report-ben', report);
      });

      it('answers for a date range and a kind of call, and refuses a trainee the filter does not cover', async () => {
        const answers = {
          adaRecent: await api.getTraineeReport({ traineeName: 'Ada Quinn', filter: { from: '2025-02-13T12:00:00.000Z' } }),
          caraPhone: await api.getTraineeReport({ traineeName: 'Cara Diaz', filter: { channel: 'phone' } }),
          nobody: await refusal(api.getTraineeReport({ traineeName: 'Eve Marsh', filter: { from: '2025-01-01T00:00:00.000Z' } })),
        };

        expect(answers.nobody.code).toBe('not-found');
        await sameAsEverySide('trainee-report-narrowed', answers);
      });
    });

    describe('getScenarioReport', () => {
      it('counts replies, picks, outcomes and score bands per turn of a scenario', async () => {
        const answers = {
          parcel: await api.getScenarioReport({ scenarioId: 'late-parcel' }),
          parcelThisYear: await api.getScenarioReport({
            scenarioId: 'late-parcel',
            filter: { from: '2025-01-01T00:00:00.000Z' },
          }),
          broadband: await api.getScenarioReport({ scenarioId: 'double-charged-broadband' }),
          missing: await refusal(api.getScenarioReport({ scenarioId: 'no-such-scenario' })),
        };

        expect(answers.parcel).toMatchObject({
          attempts: 7,
          finishedAttempts: 5,
          unfinished: { inProgress: 1, abandoned: 1 },
        });
        expect(answers.missing.code).toBe('not-found');
        await sameAsEverySide('scenario-report', answers);
      });
    });

    describe('getScoreTrend and getScoreDistribution', () => {
      it('places finished attempts in day, week and month buckets of the manager’s time zone', async () => {
        const answers = {
          teamByWeek: await api.getScoreTrend({ bucket: 'week', timeZone: 'UTC' }),
          teamByDayInNewYork: await api.getScoreTrend({
            bucket: 'day',
            timeZone: 'America/New_York',
            filter: { from: '2025-03-01T05:00:00.000Z', to: '2025-03-15T04:00:00.000Z' },
          }),
          adaByMonth: await api.getScoreTrend({ traineeName: 'Ada Quinn', bucket: 'month', timeZone: 'Europe/London' }),
          teamByMonthInTokyo: await api.getScoreTrend({ bucket: 'month', timeZone: 'Asia/Tokyo' }),
          nobodyByDay: await api.getScoreTrend({ traineeName: 'Nobody', bucket: 'day', timeZone: 'UTC' }),
          tooLong: await refusal(
            api.getScoreTrend({ bucket: 'month', timeZone: 'UTC', filter: { from: '2001-01-01T00:00:00.000Z' } }),
          ),
        };

        expect(answers.teamByWeek.from).toBe('2024-09-09T00:00:00.000Z');
        expect(answers.adaByMonth.from).toBe('2025-01-20T10:00:00.000Z');
        expect(answers.tooLong.code).toBe('invalid-argument');

        await sameAsEverySide('score-trend', answers);
      });

      it('spreads finished attempts over weak, fair and strong per scenario', async () => {
        const answers = {
          allTime: await api.getScoreDistribution({}),
          march: await api.getScoreDistribution({
            filter: { from: '2025-03-01T00:00:00.000Z', to: '2025-04-01T00:00:00.000Z' },
            timeZone: 'UTC',
          }),
        };

        expect(answers.allTime.scenarios.find((s) => s.scenarioId === 'late-parcel')?.bands.respect).toEqual({
          weak: 1,
          fair: 1,
          strong: 3,
        });
        await sameAsEverySide('score-distribution', answers);
      });
    });

    describe('listReviewAttempts', () => {
      it('lists attempts newest first, a page at a time', async () => {
        const answers = {
          ada: await api.listReviewAttempts({ traineeName: 'Ada Quinn' }),
          secondPage: await api.listReviewAttempts({ offset: 3, limit: 3 }),
        };

        expect(answers.secondPage.total).toBe(CONTRACT_ATTEMPTS.length);
        await sameAsEverySide('review-attempts', answers);
      });
    });
  });
}
