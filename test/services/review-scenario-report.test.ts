import { rm } from 'node:fs/promises';
import path from 'node:path';
import { apiErrorOf, openReviewWorld, PATHS, type ReviewWorld } from './review-fixtures';

describe('reports of a scenario nobody has played', () => {
  let world: ReviewWorld;
  beforeAll(async () => {
    world = await openReviewWorld();
  });
  afterAll(() => world.close());

  it('lists every customer turn with no visits, no outcomes and empty histograms', async () => {
    const report = await world.api.getScenarioReport({ scenarioId: 'late-parcel' });

    expect(report).toMatchObject({
      scenarioTitle: 'The parcel that never came',
      inLibrary: true,
      attempts: 0,
      finishedAttempts: 0,
    });
    expect(report.turns.map((t) => [t.nodeId, t.visits, t.averages, t.lostAfter])).toEqual([
      ['greet', 0, null, 0],
      ['track', 0, null, 0],
      ['offer', 0, null, 0],
    ]);
    expect(report.outcomes.every((o) => o.count === 0)).toBe(true);
    expect(report.histogram.empathy).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('reports an unknown scenario as not found, and the distribution as empty', async () => {
    const error = await apiErrorOf(world.api.getScenarioReport({ scenarioId: 'no-such-scenario' }));

    expect([error.code, error.message]).toEqual([
      'not-found',
      'no scenario "no-such-scenario" in the library and no attempts at it',
    ]);
    expect(await world.api.getScoreDistribution({})).toEqual({ scenarios: [] });
  });
});

describe('getScenarioReport', () => {
  let world: ReviewWorld;
  beforeAll(async () => {
    world = await openReviewWorld();
    await world.playParcel('Ana Ahmed', PATHS.resolved, '2025-03-01T09:00:00.000Z');
    await world.playParcel('Ben Brown', PATHS.lostAtGreet, '2025-03-02T09:00:00.000Z');
    await world.playParcel('Cleo Chen', PATHS.lostAtTrack, '2025-03-03T09:00:00.000Z');
    const typed = await world.playParcel(
      'Dev Das',
      ['reassure', 'text:It will arrive tomorrow before noon.'],
      '2025-03-04T09:00:00.000Z',
    );
    await world.api.abandonAttempt({ attemptId: typed.id });
  });
  afterAll(() => world.close());

  it('counts replies, averages, picks of each choice and typed replies per turn, in the scenario’s order', async () => {
    const report = await world.api.getScenarioReport({ scenarioId: 'late-parcel' });

    expect(report.turns.map((t) => [t.nodeId, t.visits, t.freeTextReplies])).toEqual([
      ['greet', 4, 0],
      ['track', 3, 1],
      ['offer', 1, 0],
    ]);
    expect(report.turns[0]!.averages).toEqual({ respect: 75, helpfulness: 55, empathy: 70 });
    expect(report.turns[0]!.customerLine).toBe("My daughter's birthday present is three days late. Where is it?");
    expect(report.turns[1]!.choices.map((c) => [c.choiceId, c.picks])).toEqual([
      ['give-date', 1],
      ['no-idea', 1],
    ]);
    expect(report.turns[0]!.choices[0]).toMatchObject({
      choiceId: 'reassure',
      picks: 3,
      text: expect.stringMatching(/^I'm sorry it's late/),
    });
  });

  it('shows after which turns customers were lost, the outcomes and what is unfinished', async () => {
    const report = await world.api.getScenarioReport({ scenarioId: 'late-parcel' });

    expect(report.turns.map((t) => [t.nodeId, t.lostAfter])).toEqual([
      ['greet', 1],
      ['track', 1],
      ['offer', 0],
    ]);
    expect(report.outcomes).toEqual([
      { outcome: 'resolved', count: 1 },
      { outcome: 'escalated', count: 0 },
      { outcome: 'follow-up', count: 0 },
      { outcome: 'customer-lost', count: 2 },
    ]);
    expect([report.attempts, report.finishedAttempts, report.unfinished]).toEqual([4, 3, { inProgress: 0, abandoned: 1 }]);
  });

  it('builds a 10-point histogram of finished attempts per dimension', async () => {
    const { histogram } = await world.api.getScenarioReport({ scenarioId: 'late-parcel' });

    expect(histogram.respect).toEqual([0, 0, 0, 1, 0, 0, 1, 0, 1, 0]);
    expect(histogram.empathy).toEqual([0, 1, 0, 0, 0, 1, 0, 1, 0, 0]);
  });

  it('follows the date range, and ignores a kind of call in the filter', async () => {
    const report = await world.api.getScenarioReport({
      scenarioId: 'late-parcel',
      filter: { from: '2025-03-02T00:00:00Z', to: '2025-03-03T00:00:00Z', channel: 'phone' },
    });

    expect([report.attempts, report.turns[0]!.visits, report.turns[0]!.lostAfter]).toEqual([1, 1, 1]);
  });

  it('spreads finished attempts over weak, fair and strong per scenario, the same with or without dates', async () => {
    const all = await world.api.getScoreDistribution({});
    const dated = await world.api.getScoreDistribution({ filter: { from: '2025-01-01T00:00:00Z' } });

    expect(all.scenarios).toEqual([
      {
        scenarioId: 'late-parcel',
        scenarioTitle: 'The parcel that never came',
        finishedAttempts: 3,
        bands: {
          respect: { weak: 1, fair: 1, strong: 1 },
          helpfulness: { weak: 1, fair: 1, strong: 1 },
          empathy: { weak: 1, fair: 1, strong: 1 },
        },
      },
    ]);
    expect(dated).toEqual(all);
  });

  it('still reports a scenario removed from the library, by its node ids and stored title', async () => {
    await rm(path.join(world.scenariosDir, 'late-parcel.json'));

    const report = await world.api.getScenarioReport({ scenarioId: 'late-parcel' });
    const distribution = await world.api.getScoreDistribution({});

    expect(report).toMatchObject({ inLibrary: false, scenarioTitle: 'The parcel that never came', attempts: 4 });
    expect(report.turns[0]).toMatchObject({ nodeId: 'greet', customerLine: null, visits: 4 });
    expect(report.turns[0]!.choices).toEqual([
      { choiceId: 'deflect', text: null, picks: 1 },
      { choiceId: 'reassure', text: null, picks: 3 },
    ]);
    expect(distribution.scenarios[0]!.scenarioTitle).toBe('The parcel that never came');
  });
});
