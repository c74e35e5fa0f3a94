import { apiErrorOf, openReviewWorld, PATHS, type ReviewWorld } from './review-fixtures';

const RUDE = 'text:Calm down, it is not my fault. Read the terms.';

describe('the trainee page on an empty database', () => {
  let world: ReviewWorld;
  beforeAll(async () => {
    world = await openReviewWorld();
  });
  afterAll(() => world.close());

  it('reports a trainee without attempts as not found, saying what to do', async () => {
    const error = await apiErrorOf(world.api.getTraineeReport({ traineeName: 'Nobody Yet' }));

    expect(error.code).toBe('not-found');
    expect(error.message).toBe('no attempts by "Nobody Yet" match this filter; clear the filter or check the name');
  });

  it('has no score history and no attempts', async () => {
    expect((await world.api.getScoreTrend({ traineeName: 'Nobody Yet' })).points).toEqual([]);
    expect((await world.api.getScoreTrend({})).points).toEqual([]);
    expect(await world.api.listReviewAttempts({})).toEqual({ attempts: [], offset: 0, total: 0 });
  });
});

describe('getTraineeReport', () => {
  let world: ReviewWorld;
  beforeAll(async () => {
    world = await openReviewWorld();
    await world.playParcel('Ana Ahmed', PATHS.lostAtTrack, '2025-03-01T09:00:00.000Z');
    await world.playParcel('Ana Ahmed', PATHS.lostAtTrack, '2025-03-02T09:00:00.000Z');
    await world.playParcel('Ana Ahmed', PATHS.resolved, '2025-03-03T09:00:00.000Z');
    await world.play('Ana Ahmed', 'double-charged-broadband', ['procedure-first', RUDE], '2025-03-04T09:00:00.000Z');
    await world.playParcel('Ben Brown', PATHS.resolved, '2025-03-05T09:00:00.000Z');
    world.clock.set('2025-03-15T12:00:00.000Z');
  });
  afterAll(() => world.close());

  it('summarises the trainee as the dashboard does, with the first activity and the team to compare with', async () => {
    const report = await world.api.getTraineeReport({ traineeName: 'Ana Ahmed' });

    expect(report.summary).toMatchObject({
      traineeName: 'Ana Ahmed',
      attempts: 4,
      finishedAttempts: 3,
      averages: { respect: 72, helpfulness: 53, empathy: 63 },
      scenariosCompleted: 1,
      firstActive: '2025-03-01T09:00:00.000Z',
      flagged: ['helpfulness'],
    });
    expect(report.teamAverages).toEqual({ respect: 76, helpfulness: 60, empathy: 67 });
    expect(report.thresholds).toEqual({ respect: 60, helpfulness: 60, empathy: 60 });
  });

  it('breaks the results down by kind of call and by industry', async () => {
    const report = await world.api.getTraineeReport({ traineeName: 'Ana Ahmed' });

    expect(report.byChannel).toEqual([
      { kind: 'phone', attempts: 1, finishedAttempts: 0, averages: null },
      { kind: 'chat', attempts: 3, finishedAttempts: 3, averages: { respect: 72, helpfulness: 53, empathy: 63 } },
    ]);
    expect(report.byIndustry.map((k) => k.kind)).toEqual(['telecom', 'e-commerce']);
  });

  it('lists every dimension, weakest first, with the worst turns at the points where it is weakest', async () => {
    const report = await world.api.getTraineeReport({ traineeName: 'Ana Ahmed' });
    const helpfulness = report.weakestSkills[0]!;

    expect(report.weakestSkills.map((s) => [s.dimension, s.average, s.flagged])).toEqual([
      ['helpfulness', 53, true],
      ['empathy', 63, false],
      ['respect', 72, false],
    ]);
    expect(helpfulness.turns[0]).toMatchObject({
      scenarioId: 'double-charged-broadband',
      nodeId: 'still-angry',
      turnIndex: 1,
      replyText: 'Calm down, it is not my fault. Read the terms.',
      scoredBy: 'scorer',
      repliesHere: 1,
      playedAt: '2025-03-04T09:02:00.000Z',
    });
    expect(helpfulness.turns[0]!.customerLine).toMatch(/Are you even listening/);
    expect(helpfulness.turns[0]!.evidenceSummary).toMatch(/^Cost points: disrespect makes the help harder to accept \(−\d+\)\.$/);
    expect(helpfulness.turns[1]).toMatchObject({
      scenarioId: 'late-parcel',
      nodeId: 'track',
      replyText: 'No idea, sorry.',
      scores: { respect: 40, helpfulness: 10, empathy: 20 },
      repliesHere: 3,
      averageHere: 37,
      evidenceSummary: 'A listed reply its author scored 10 on helpfulness: An answer with nothing to act on.',
    });
    // Of two equally bad replies at one turn, the latest is shown.
    expect(helpfulness.turns[1]!.playedAt).toBe('2025-03-02T09:02:00.000Z');
    expect(helpfulness.turns.length).toBeLessThanOrEqual(3);
  });

  it('follows the filter: only the turns and attempts in the date range count', async () => {
    const report = await world.api.getTraineeReport({
      traineeName: 'Ana Ahmed',
      filter: { from: '2025-03-03T00:00:00Z', to: '2025-03-04T00:00:00Z' },
    });

    expect(report.summary).toMatchObject({ attempts: 1, averages: { respect: 87, helpfulness: 80, empathy: 78 }, flagged: [] });
    expect(report.weakestSkills.flatMap((s) => s.turns.map((t) => t.scenarioId))).not.toContain('double-charged-broadband');
  });

  it('pages the trainee’s attempts newest first with their total', async () => {
    const first = await world.api.listReviewAttempts({ traineeName: 'Ana Ahmed', limit: 3 });
    const rest = await world.api.listReviewAttempts({ traineeName: 'Ana Ahmed', limit: 3, offset: 3 });
    const dated = await world.api.listReviewAttempts({ filter: { from: '2025-03-04T00:00:00Z' } });

    expect(first.attempts.map((a) => a.startedAt.slice(0, 10))).toEqual(['2025-03-04', '2025-03-03', '2025-03-02']);
    expect([first.total, rest.total, rest.attempts.length]).toEqual([4, 4, 1]);
    expect(rest.attempts[0]).toMatchObject({ traineeName: 'Ana Ahmed', outcome: 'customer-lost', status: 'finished' });
    expect(dated.attempts.map((a) => a.traineeName)).toEqual(['Ben Brown', 'Ana Ahmed']);
    expect(dated.total).toBe(2);
  });
});

describe('getScoreTrend', () => {
  let world: ReviewWorld;
  beforeAll(async () => {
    world = await openReviewWorld();
    // 23:30 UTC on 2 March is already 3 March in Paris.
    await world.playParcel('Ana Ahmed', PATHS.resolved, '2025-03-02T23:30:00.000Z');
    await world.playParcel('Ana Ahmed', PATHS.lostAtGreet, '2025-03-03T10:00:00.000Z');
    await world.playParcel('Ben Brown', PATHS.lostAtTrack, '2025-03-10T10:00:00.000Z');
    await world.playParcel('Ben Brown', PATHS.resolved, '2025-04-02T10:00:00.000Z');
    world.clock.set('2025-04-15T12:00:00.000Z');
  });
  afterAll(() => world.close());

  it('averages finished attempts per day in the manager’s time zone', async () => {
    const utc = await world.api.getScoreTrend({ bucket: 'day', timeZone: 'UTC', filter: { from: '2025-03-01T00:00:00Z' } });
    const paris = await world.api.getScoreTrend({
      bucket: 'day',
      timeZone: 'Europe/Paris',
      filter: { from: '2025-03-01T00:00:00Z' },
    });

    expect(utc.points.map((p) => [p.start, p.attempts, p.averages.empathy])).toEqual([
      ['2025-03-02', 1, 78],
      ['2025-03-03', 1, 10],
      ['2025-03-10', 1, 55],
      ['2025-04-02', 1, 78],
    ]);
    expect(paris.points.map((p) => [p.start, p.attempts, p.averages.empathy])).toEqual([
      ['2025-03-03', 2, 44],
      ['2025-03-10', 1, 55],
      ['2025-04-02', 1, 78],
    ]);
  });

  it('buckets by Monday-started weeks and by months', async () => {
    const weeks = await world.api.getScoreTrend({ bucket: 'week', timeZone: 'UTC' });
    const months = await world.api.getScoreTrend({ bucket: 'month', timeZone: 'UTC' });

    expect(weeks.points.map((p) => [p.start, p.attempts])).toEqual([
      ['2025-02-24', 1],
      ['2025-03-03', 1],
      ['2025-03-10', 1],
      ['2025-03-31', 1],
    ]);
    expect(months.points.map((p) => [p.start, p.attempts, p.averages.respect])).toEqual([
      ['2025-03-01', 3, 61],
      ['2025-04-01', 1, 87],
    ]);
  });

  it('covers a recent span for the team without a start, and all of a trainee’s attempts', async () => {
    const recentDays = await world.api.getScoreTrend({ bucket: 'day', timeZone: 'UTC' });
    const ben = await world.api.getScoreTrend({ bucket: 'day', timeZone: 'UTC', traineeName: 'Ben Brown' });

    expect(recentDays.from).toBe('2025-03-16T00:00:00.000Z');
    expect(recentDays.points.map((p) => p.start)).toEqual(['2025-04-02']);
    expect(ben.points.map((p) => p.start)).toEqual(['2025-03-10', '2025-04-02']);
  });

  it('refuses a time zone it does not know', async () => {
    const error = await apiErrorOf(world.api.getScoreTrend({ timeZone: 'Mars/Olympus' }));

    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(/IANA time zone/);
  });
});

describe('saveCoachingNote', () => {
  let world: ReviewWorld;
  beforeAll(async () => {
    world = await openReviewWorld();
    await world.playParcel('Ana Ahmed', PATHS.lostAtTrack, '2025-03-01T09:00:00.000Z');
  });
  afterAll(() => world.close());

  it('stores a note with its date, keeps the creation date on edit, and lists notes newest first', async () => {
    world.clock.set('2025-03-05T10:00:00.000Z');
    const first = await world.api.saveCoachingNote({ traineeName: 'Ana Ahmed', text: '  Name the feeling first.  ' });
    world.clock.set('2025-03-06T10:00:00.000Z');
    const second = await world.api.saveCoachingNote({ traineeName: 'Ana Ahmed', text: 'Give a time for the parcel.' });
    world.clock.set('2025-03-07T10:00:00.000Z');
    const edited = await world.api.saveCoachingNote({
      traineeName: 'Ana Ahmed',
      noteId: first.id,
      text: 'Name the feeling, then fix.',
    });

    const report = await world.api.getTraineeReport({ traineeName: 'Ana Ahmed' });

    expect(first).toMatchObject({ text: 'Name the feeling first.', createdAt: '2025-03-05T10:00:00.000Z' });
    expect(edited).toEqual({ ...first, text: 'Name the feeling, then fix.', updatedAt: '2025-03-07T10:00:00.000Z' });
    expect(report.coachingNotes).toEqual([second, edited]);
  });

  it('refuses an empty note, and an edit of a note that is not this trainee’s', async () => {
    const empty = await apiErrorOf(world.api.saveCoachingNote({ traineeName: 'Ana Ahmed', text: '   ' }));
    const note = await world.api.saveCoachingNote({ traineeName: 'Ana Ahmed', text: 'Mine' });
    const other = await apiErrorOf(world.api.saveCoachingNote({ traineeName: 'Ben Brown', noteId: note.id, text: 'Stolen' }));

    expect([empty.code, empty.message]).toEqual(['invalid-argument', 'saveCoachingNote: text: write the note first']);
    expect(other.code).toBe('not-found');
  });
});
