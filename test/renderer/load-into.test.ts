import type { Api, AttemptSummary, LibraryView, ScenarioReport } from '@api';
import { ApiCallError } from '../../renderer/src/api/api-call-error';
import { loadInto, NOT_LOADED, type Loadable } from '../../renderer/src/stores/load-into';
import { useLibraryStore } from '../../renderer/src/stores/library-store';
import { useProgressStore } from '../../renderer/src/stores/progress-store';
import { createResettableStore, resetStores } from '../../renderer/src/stores/resettable-store';
import { useReviewScenarioStore } from '../../renderer/src/stores/review-scenario-store';

/** A promise the test answers when it chooses, to play requests out of order. */
function later<T>() {
  let answer!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { promise, answer, fail };
}

interface WordsState extends Loadable {
  words: string[];
}

const makeWordsStore = () => createResettableStore<WordsState>(() => ({ ...NOT_LOADED, words: [] }));

describe('loadInto', () => {
  it('shows loading, then the answer', async () => {
    const store = makeWordsStore();
    const answer = later<string[]>();

    const loading = loadInto(store, { call: () => answer.promise, ready: (words) => ({ words }) });
    expect(store.getState()).toMatchObject({ status: 'loading', error: null });
    answer.answer(['hello']);

    await expect(loading).resolves.toBe(true);
    expect(store.getState()).toMatchObject({ status: 'ready', words: ['hello'], error: null });
  });

  it('shows a failure in the words the service gave', async () => {
    const store = makeWordsStore();

    await loadInto(store, {
      call: () => Promise.reject(new ApiCallError('not-found', 'there is no attempt "a1"')),
      ready: (words: string[]) => ({ words }),
    });

    expect(store.getState()).toMatchObject({ status: 'failed', error: 'there is no attempt "a1"', words: [] });
  });

  it('drops a slow first answer that arrives after a quicker second one', async () => {
    const store = makeWordsStore();
    const first = later<string[]>();
    const second = later<string[]>();
    const load = (answer: ReturnType<typeof later<string[]>>) =>
      loadInto(store, { call: () => answer.promise, ready: (words) => ({ words }) });

    const slow = load(first);
    const quick = load(second);
    second.answer(['newer']);
    await quick;
    first.answer(['older']);

    await expect(slow).resolves.toBe(false);
    expect(store.getState()).toMatchObject({ status: 'ready', words: ['newer'] });
  });

  it('drops an out-of-date failure too', async () => {
    const store = makeWordsStore();
    const first = later<string[]>();

    const slow = loadInto(store, { call: () => first.promise, ready: (words) => ({ words }) });
    await loadInto(store, { call: async () => ['newer'], ready: (words) => ({ words }) });
    first.fail(new Error('the database is closed'));
    await slow;

    expect(store.getState()).toMatchObject({ status: 'ready', error: null, words: ['newer'] });
  });

  it('drops an answer that arrives after the store was reset', async () => {
    const store = makeWordsStore();
    const answer = later<string[]>();

    const loading = loadInto(store, { call: () => answer.promise, ready: (words) => ({ words }) });
    resetStores();
    answer.answer(['stale']);
    await loading;

    expect(store.getState()).toMatchObject({ status: 'idle', words: [] });
  });
});

describe('the stores that load drop out-of-date answers', () => {
  const library = (folder: string): LibraryView => ({ folder, entries: [] });

  it('the library keeps the newer folder when the older answer comes last', async () => {
    const first = later<LibraryView>();
    const second = later<LibraryView>();
    const answers = [first.promise, second.promise];
    const api = { getLibrary: () => answers.shift()! } as unknown as Api;

    const slow = useLibraryStore.getState().load(api);
    const quick = useLibraryStore.getState().load(api);
    second.answer(library('/scenarios/new'));
    await quick;
    first.answer(library('/scenarios/old'));
    await slow;

    expect(useLibraryStore.getState()).toMatchObject({ status: 'ready', folder: '/scenarios/new' });
  });

  it('My progress shows the trainee asked for last, not the one whose list came last', async () => {
    const ada = later<AttemptSummary[]>();
    const ben = later<AttemptSummary[]>();
    const summary = (traineeName: string) =>
      ({ id: traineeName, traineeName, startedAt: '2025-03-01T09:00:00Z' }) as AttemptSummary;
    const api = {
      listAttempts: ({ traineeName }: { traineeName: string }) => (traineeName === 'Ada' ? ada.promise : ben.promise),
    } as unknown as Api;

    const slow = useProgressStore.getState().load(api, 'Ada');
    const quick = useProgressStore.getState().load(api, 'Ben');
    ben.answer([summary('Ben')]);
    await quick;
    ada.answer([summary('Ada')]);
    await slow;

    expect(useProgressStore.getState().attempts.map((a) => a.traineeName)).toEqual(['Ben']);
  });

  it('the scenario report keeps the latest load even when the same scenario is asked for twice', async () => {
    const first = later<ScenarioReport>();
    const second = later<ScenarioReport>();
    const answers = [first.promise, second.promise];
    const api = { getScenarioReport: () => answers.shift()! } as unknown as Api;
    const report = (attempts: number) => ({ scenarioId: 'late-parcel', attempts }) as ScenarioReport;

    const slow = useReviewScenarioStore.getState().load(api, 'late-parcel', {});
    const quick = useReviewScenarioStore.getState().load(api, 'late-parcel', {});
    second.answer(report(5));
    await quick;
    first.answer(report(4));
    await slow;

    expect(useReviewScenarioStore.getState().report?.attempts).toBe(5);
  });
});
