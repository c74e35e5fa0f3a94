import type { TeamOverview } from '@api';
import { apiErrorOf, openReviewWorld, PATHS, type ReviewWorld } from './review-fixtures';

const names = (overview: TeamOverview) => overview.rows.map((r) => r.traineeName);

describe('getTeamOverview on an empty database', () => {
  let world: ReviewWorld;
  beforeAll(async () => {
    world = await openReviewWorld('2025-03-15T12:00:00.000Z');
  });
  afterAll(() => world.close());

  it('has no rows, an empty team, the default thresholds and trend windows ending now', async () => {
    const overview = await world.api.getTeamOverview({});

    expect(overview).toEqual({
      rows: [],
      offset: 0,
      total: 0,
      team: { trainees: 0, attempts: 0, averages: null, flaggedTrainees: 0 },
      thresholds: { respect: 60, helpfulness: 60, empathy: 60 },
      trendWindows: {
        from: '2025-01-14T12:00:00.000Z',
        middle: '2025-02-13T12:00:00.000Z',
        to: '2025-03-15T12:00:00.000Z',
      },
    });
  });

  it('is empty for a date range and a channel too', async () => {
    const dated = await world.api.getTeamOverview({ filter: { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' } });
    const phone = await world.api.getTeamOverview({ filter: { channel: 'phone' } });

    expect([dated.total, dated.rows, dated.team.trainees]).toEqual([0, [], 0]);
    expect([phone.total, phone.rows]).toEqual([0, []]);
  });
});

describe('getTeamOverview with one attempt', () => {
  let world: ReviewWorld;
  beforeAll(async () => {
    world = await openReviewWorld();
  });
  afterAll(() => world.close());

  it('lists a trainee whose only attempt is still open, with no averages and no flags', async () => {
    await world.playParcel('Solo Trainee', ['reassure'], '2025-03-10T09:00:00.000Z');
    world.clock.set('2025-03-15T12:00:00.000Z');

    const [row] = (await world.api.getTeamOverview({})).rows;

    expect(row).toMatchObject({
      traineeName: 'Solo Trainee',
      attempts: 1,
      finishedAttempts: 0,
      averages: null,
      scenariosCompleted: 0,
      lastActive: '2025-03-10T09:00:00.000Z',
      flagged: [],
    });
    expect(row!.trend.empathy).toEqual({ recent: null, previous: null, change: null, direction: 'unknown' });
  });

  it('averages the attempt once it finishes, and flags the dimensions below the thresholds', async () => {
    await world.playParcel('Solo Lost', PATHS.lostAtTrack, '2025-03-11T09:00:00.000Z');
    world.clock.set('2025-03-15T12:00:00.000Z');

    const overview = await world.api.getTeamOverview({ search: 'solo lost' });

    expect(overview.rows).toHaveLength(1);
    expect(overview.rows[0]).toMatchObject({
      attempts: 1,
      finishedAttempts: 1,
      averages: { respect: 65, helpfulness: 40, empathy: 55 },
      scenariosCompleted: 1,
      lastActive: '2025-03-11T09:02:00.000Z',
      flagged: ['helpfulness', 'empathy'],
    });
  });
});

describe('getTeamOverview over a small team', () => {
  let world: ReviewWorld;
  // now = 15 March: the recent window is 13 Feb – 15 Mar, the previous one 14 Jan – 13 Feb.
  beforeAll(async () => {
    world = await openReviewWorld();
    await world.playParcel('Ana Ahmed', PATHS.lostAtGreet, '2025-01-20T09:00:00.000Z');
    await world.playParcel('Ana Ahmed', PATHS.resolved, '2025-03-01T09:00:00.000Z');
    await world.playParcel('Ben Brown', PATHS.resolved, '2025-01-20T10:00:00.000Z');
    await world.playParcel('Ben Brown', PATHS.lostAtGreet, '2025-03-02T09:00:00.000Z');
    await world.playParcel('Cleo Chen', PATHS.resolved, '2025-03-03T09:00:00.000Z');
    await world.play('Cleo Chen', 'double-charged-broadband', ['own-it'], '2025-03-04T09:00:00.000Z');
    await world.play('Dev Das', 'double-charged-broadband', ['own-it'], '2025-03-05T09:00:00.000Z');
    world.clock.set('2025-03-15T12:00:00.000Z');
  });
  afterAll(() => world.close());

  it('gives every trainee their attempts, averages over finished attempts, scenarios completed and last activity', async () => {
    const overview = await world.api.getTeamOverview({});

    expect(overview.rows.map((r) => [r.traineeName, r.attempts, r.finishedAttempts, r.averages, r.scenariosCompleted])).toEqual([
      ['Ana Ahmed', 2, 2, { respect: 59, helpfulness: 45, empathy: 44 }, 1],
      ['Ben Brown', 2, 2, { respect: 59, helpfulness: 45, empathy: 44 }, 1],
      ['Cleo Chen', 2, 1, { respect: 87, helpfulness: 80, empathy: 78 }, 1],
      ['Dev Das', 1, 0, null, 0],
    ]);
    expect(overview.rows.find((r) => r.traineeName === 'Cleo Chen')!.lastActive).toBe('2025-03-04T09:00:00.000Z');
    expect(overview.team).toEqual({
      trainees: 4,
      attempts: 7,
      averages: { respect: 64, helpfulness: 52, empathy: 51 },
      flaggedTrainees: 2,
    });
  });

  it('points the trend arrows by the last 30 days against the 30 before', async () => {
    const rows = (await world.api.getTeamOverview({})).rows;
    const trend = (name: string) => rows.find((r) => r.traineeName === name)!.trend;

    expect(trend('Ana Ahmed').empathy).toEqual({ recent: 78, previous: 10, change: 68, direction: 'up' });
    expect(trend('Ben Brown').respect).toEqual({ recent: 30, previous: 87, change: -57, direction: 'down' });
    expect(trend('Cleo Chen').helpfulness).toEqual({ recent: 80, previous: null, change: null, direction: 'unknown' });
  });

  it('sorts on the service, breaking ties by name and keeping trainees without scores last', async () => {
    const byEmpathy = await world.api.getTeamOverview({ sort: 'empathy', direction: 'asc' });
    const byEmpathyDesc = await world.api.getTeamOverview({ sort: 'empathy', direction: 'desc' });
    const byName = await world.api.getTeamOverview({ sort: 'traineeName', direction: 'desc' });
    const byFlags = await world.api.getTeamOverview({ sort: 'flagged', direction: 'desc' });
    const byActivity = await world.api.getTeamOverview({ sort: 'lastActive', direction: 'desc' });

    expect(names(byEmpathy)).toEqual(['Ana Ahmed', 'Ben Brown', 'Cleo Chen', 'Dev Das']);
    expect(names(byEmpathyDesc)).toEqual(['Cleo Chen', 'Ana Ahmed', 'Ben Brown', 'Dev Das']);
    expect(names(byName)).toEqual(['Dev Das', 'Cleo Chen', 'Ben Brown', 'Ana Ahmed']);
    expect(names(byFlags)).toEqual(['Ana Ahmed', 'Ben Brown', 'Cleo Chen', 'Dev Das']);
    expect(names(byActivity)).toEqual(['Dev Das', 'Cleo Chen', 'Ben Brown', 'Ana Ahmed']);
  });

  it('pages on the service with the total of every match', async () => {
    const first = await world.api.getTeamOverview({ limit: 2 });
    const second = await world.api.getTeamOverview({ limit: 2, offset: 2 });
    const past = await world.api.getTeamOverview({ limit: 2, offset: 10 });

    expect([names(first), first.total]).toEqual([['Ana Ahmed', 'Ben Brown'], 4]);
    expect([names(second), second.total, second.offset]).toEqual([['Cleo Chen', 'Dev Das'], 4, 2]);
    expect([past.rows, past.total, past.team.trainees]).toEqual([[], 4, 4]);
  });

  it('searches names in any case, taking % and _ literally', async () => {
    expect(names(await world.api.getTeamOverview({ search: 'CHEN' }))).toEqual(['Cleo Chen']);
    expect(names(await world.api.getTeamOverview({ search: 'b' }))).toEqual(['Ben Brown']);
    expect((await world.api.getTeamOverview({ search: '%' })).total).toBe(0);
    expect((await world.api.getTeamOverview({ search: 'a_a' })).total).toBe(0);
  });

  it('flags with the stored thresholds, and lists only flagged trainees when asked', async () => {
    await world.api.setReviewThresholds({ thresholds: { respect: null, helpfulness: null, empathy: 50 } });

    const flagged = await world.api.getTeamOverview({ flaggedOnly: true });
    const settings = await world.api.getReviewSettings({});
    await world.api.setReviewThresholds({ thresholds: { respect: 60, helpfulness: 60, empathy: 60 } });

    expect(flagged.rows.map((r) => [r.traineeName, r.flagged])).toEqual([
      ['Ana Ahmed', ['empathy']],
      ['Ben Brown', ['empathy']],
    ]);
    expect([flagged.total, flagged.team.flaggedTrainees, flagged.team.trainees]).toEqual([2, 2, 4]);
    expect(settings.thresholds).toEqual({ respect: null, helpfulness: null, empathy: 50 });
  });

  it('filters by channel, industry and scenario through the library', async () => {
    const phone = await world.api.getTeamOverview({ filter: { channel: 'phone' } });
    const ecommerce = await world.api.getTeamOverview({ filter: { industry: 'e-commerce' } });
    const parcelOnChat = await world.api.getTeamOverview({ filter: { scenarioId: 'late-parcel', channel: 'chat' } });
    const parcelOnPhone = await world.api.getTeamOverview({ filter: { scenarioId: 'late-parcel', channel: 'phone' } });
    const faceToFace = await world.api.getTeamOverview({ filter: { channel: 'face-to-face' } });

    expect(phone.rows.map((r) => [r.traineeName, r.attempts])).toEqual([
      ['Cleo Chen', 1],
      ['Dev Das', 1],
    ]);
    expect(names(ecommerce)).toEqual(['Ana Ahmed', 'Ben Brown', 'Cleo Chen']);
    expect(names(parcelOnChat)).toEqual(names(ecommerce));
    expect([parcelOnPhone.total, faceToFace.total]).toEqual([0, 0]);
  });

  it('filters by date range from the attempts themselves, matching the running totals over all time', async () => {
    const march = await world.api.getTeamOverview({ filter: { from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z' } });
    const allTime = await world.api.getTeamOverview({});
    const everything = await world.api.getTeamOverview({ filter: { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' } });

    expect(march.rows.map((r) => [r.traineeName, r.attempts, r.averages?.empathy ?? null])).toEqual([
      ['Ana Ahmed', 1, 78],
      ['Ben Brown', 1, 10],
      ['Cleo Chen', 2, 78],
      ['Dev Das', 1, null],
    ]);
    expect(everything.rows.map(({ trend: _t, ...rest }) => rest)).toEqual(allTime.rows.map(({ trend: _t, ...rest }) => rest));
    expect(everything.team).toEqual(allTime.team);
  });

  it('ends the trend windows where the date filter ends', async () => {
    const overview = await world.api.getTeamOverview({ filter: { to: '2025-02-15T00:00:00Z' } });
    const ana = overview.rows.find((r) => r.traineeName === 'Ana Ahmed')!;

    expect(overview.trendWindows.to).toBe('2025-02-15T00:00:00.000Z');
    expect(ana.trend.empathy).toEqual({ recent: 10, previous: null, change: null, direction: 'unknown' });
  });

  it('refuses a range that ends before it starts, and an unknown sort, as invalid arguments', async () => {
    const backwards = await apiErrorOf(
      world.api.getTeamOverview({ filter: { from: '2025-03-01T00:00:00Z', to: '2025-02-01T00:00:00Z' } }),
    );
    const badSort = await apiErrorOf(world.api.getTeamOverview({ sort: 'height' as 'empathy' }));

    expect(backwards.code).toBe('invalid-argument');
    expect(backwards.message).toMatch(/"from" must be before "to"/);
    expect(badSort.code).toBe('invalid-argument');
  });
});
