import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createResettableStore, resetStores } from '../../renderer/src/stores/resettable-store';
import { useReviewFilterStore } from '../../renderer/src/stores/review-filter-store';
import { useRouteStore } from '../../renderer/src/stores/route-store';

const STORES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../renderer/src/stores');

describe('resetStores', () => {
  it('resets a store made after the fact, with no list to edit', () => {
    const useCounterStore = createResettableStore<{ count: number; add: () => void }>((set) => ({
      count: 0,
      add: () => set((s) => ({ count: s.count + 1 })),
    }));
    useCounterStore.getState().add();
    useCounterStore.getState().add();
    expect(useCounterStore.getState().count).toBe(2);

    resetStores();

    expect(useCounterStore.getState().count).toBe(0);
    // The actions stay: the store works as new.
    useCounterStore.getState().add();
    expect(useCounterStore.getState().count).toBe(1);
  });

  it('takes the app’s own stores back to their first state', () => {
    useRouteStore.getState().navigate({ name: 'team' });
    useReviewFilterStore.getState().setSearch('Ada');

    resetStores();

    expect(useRouteStore.getState()).toMatchObject({ route: { name: 'library' }, stack: [] });
    expect(useReviewFilterStore.getState().search).toBe('');
  });

  it('is how every store in renderer/src/stores is made (none calls zustand’s create itself)', () => {
    const makers = readdirSync(STORES_DIR)
      .filter((name) => name !== 'resettable-store.ts')
      .filter((name) => /from 'zustand'/.test(readFileSync(path.join(STORES_DIR, name), 'utf8')));

    expect(makers).toEqual([]);
  });
});
