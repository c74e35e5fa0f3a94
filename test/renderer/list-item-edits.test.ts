import { describe, expect, it } from 'vitest';
import { moved, replaced, without } from '../../renderer/src/components/authoring/forms/list-item-actions';

describe('list item edits', () => {
  const items = ['a', 'b', 'c'] as const;
  it('moves, replaces and removes one entry, leaving the original list as it was', () => {
    expect(moved(items, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(replaced(items, 1, 'B')).toEqual(['a', 'B', 'c']);
    expect(without(items, 1)).toEqual(['a', 'c']);
    expect(items).toEqual(['a', 'b', 'c']);
  });
});
