import { describe, expect, it } from 'vitest';
import { ironyEvidence } from '../../engine/scoring/irony';
import { scoreReply } from '../../engine/scoring/score-reply';
import { normalise } from '../../engine/scoring/tokens';

const heard = (reply: string) => ironyEvidence(normalise(reply));

describe('ironyEvidence', () => {
  // Written for this test, in words no cue lists: the devices, not the phrases, give them away.
  it.each([
    "Oh, I'm sure the courier lost it on purpose just to upset you.",
    'How thoughtful of the bank to close your account the week of your wedding. Maybe read the terms next time.',
    "I'm sure your landlord is thrilled to hear from you again.",
    'Wow, a whole two days without internet. Somehow the rest of us cope.',
    "It's amazing how many parcels go missing right after they're delivered, isn't it?",
  ])('hears sarcasm in "%s"', (reply) => {
    const [found] = heard(reply);
    expect(found?.evidence.id).toBe('sarcasm');
    expect(found?.evidence.points).toBeLessThan(0);
  });

  it.each([
    "I'm sure we can sort this out today: I've already asked the warehouse to resend it.",
    "Oh no, I'm so sorry. That's a whole week without heating, which must be miserable.",
    "I'm sure she'll be absolutely fine, and I've booked the nurse for 9am tomorrow.",
    "Honestly, I'm sure it's nothing to worry about, but I've asked the GP to call you today.",
    'How kind of you to let us know. I have refunded the £40 and it will reach your card by Friday.',
  ])('hears no sarcasm in the sincere "%s"', (reply) => {
    expect(heard(reply)).toEqual([]);
  });

  it('points at where the sarcasm starts', () => {
    const reply = "Thanks for waiting. I'm sure the engineer is very busy.";
    const [found] = heard(reply);
    expect(reply.toLowerCase().slice(found!.at)).toMatch(/^i'm sure/);
  });
});

describe('scoreReply with sarcasm no cue lists', () => {
  const context = {
    customer: 'My fridge has been broken for a week and the engineer never came.',
    mood: 'angry' as const,
  };

  it('costs respect and spoils the courtesy around it', () => {
    const sarcastic = scoreReply(
      "Dear Mrs Lee, I'm sure the engineer is thrilled to hear from you again. Somehow the rest of our customers manage to wait.",
      context,
    );
    const plain = scoreReply('Dear Mrs Lee, the engineer will come when he can. Other customers are waiting too.', context);
    expect(sarcastic.evidence.some((e) => e.id === 'sarcasm')).toBe(true);
    expect(sarcastic.scores.respect).toBeLessThan(plain.scores.respect);
    expect(sarcastic.scores.respect).toBeLessThanOrEqual(35);
  });
});
