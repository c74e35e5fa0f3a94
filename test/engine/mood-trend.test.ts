import { describe, expect, it } from 'vitest';
import { moodTrend } from '../../engine/play/mood-trend';

const good = { respect: 90, helpfulness: 85, empathy: 85 };
const fair = { respect: 60, helpfulness: 55, empathy: 15 };
const rude = { respect: 20, helpfulness: 15, empathy: 5 };

describe('moodTrend', () => {
  it('follows the mood along the scale after a reply that landed', () => {
    expect(moodTrend({ mood: 'furious', scores: good }, 'frustrated')).toBe('better');
    expect(moodTrend({ mood: 'furious', scores: fair }, 'angry')).toBe('better');
    expect(moodTrend({ mood: 'hopeful', scores: fair }, 'upset')).toBe('worse');
    expect(moodTrend({ mood: 'angry', scores: good }, 'angry')).toBe('unchanged');
  });

  it('is worse after a poor reply, even when the next mood sits higher on the scale', () => {
    expect(moodTrend({ mood: 'frustrated', scores: rude }, 'upset')).toBe('worse');
    expect(moodTrend({ mood: 'angry', scores: rude }, 'angry')).toBe('worse');
  });

  it('is worse when the conversation ended escalated or with the customer lost', () => {
    expect(moodTrend({ mood: 'furious', scores: fair }, 'angry', 'escalated')).toBe('worse');
    expect(moodTrend({ mood: 'anxious', scores: fair }, 'upset', 'customer-lost')).toBe('worse');
    expect(moodTrend({ mood: 'upset', scores: good }, 'satisfied', 'resolved')).toBe('better');
  });
});
