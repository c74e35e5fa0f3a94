import { describe, expect, it } from 'vitest';
import { plural } from '../../renderer/src/components/common/plural';

describe('plural', () => {
  it('uses the singular for exactly one', () => {
    expect(plural(1, 'trainee')).toBe('1 trainee');
  });

  it('adds an s for none and for more than one', () => {
    expect(plural(0, 'attempt')).toBe('0 attempts');
    expect(plural(2, 'turn')).toBe('2 turns');
  });

  it('takes an irregular plural', () => {
    expect(plural(1, 'reply', 'replies')).toBe('1 reply');
    expect(plural(3, 'reply', 'replies')).toBe('3 replies');
  });

  it('groups the thousands of large counts', () => {
    expect(plural(1200, 'trainee')).toBe('1,200 trainees');
  });
});
