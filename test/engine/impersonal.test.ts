import { describe, expect, it } from 'vitest';
import { impersonalShare, isImpersonal } from '../../engine/scoring/impersonal';
import { readSentences } from '../../engine/scoring/reply-sentences';
import { scoreReply, calibrationFeatures } from '../../engine/scoring/score-reply';
import { tokenize } from '../../engine/scoring/tokens';

const impersonal = (text: string) => isImpersonal(tokenize(text));

describe('impersonal policy statements', () => {
  it('reads a rule stated at large as impersonal, and a reply to this customer as personal', () => {
    expect(impersonal('Refunds for duplicate payments are processed within 5-7 working days.')).toBe(true);
    expect(impersonal("I've refunded the duplicate payment and it will arrive within 5-7 working days.")).toBe(false);
    expect(impersonal('Your refund for the duplicate payment will arrive within 5-7 working days.')).toBe(false);
    // An instruction speaks to the customer even without "you".
    expect(impersonal('Send the death certificate to bereavement@insure.co.uk and nothing else is needed.')).toBe(false);
    // A terse fragment is an answer, not a policy.
    expect(impersonal('Refund issued, 5-7 working days.')).toBe(false);
  });

  it('gives the share of sentences that are impersonal', () => {
    const read = readSentences('Orders are usually dispatched within 14 working days of payment. I have chased yours today.');
    expect(impersonalShare(read)).toBe(0.5);
    expect(impersonalShare(readSentences(''))).toBe(0);
  });

  it('counts a key point stated only as policy as covered less strongly than the same point promised', () => {
    const turn = {
      customer: 'You took the payment twice!',
      keyPoints: [
        {
          id: 'refund',
          description: 'Refund the duplicate payment with a timeline',
          examples: ['the duplicate payment is refunded within 5 working days'],
        },
      ],
    };
    const policy = scoreReply('Duplicate payments are always refunded automatically within 5 working days of the error.', turn);
    const promise = scoreReply("I've refunded the duplicate payment; it will be with you within 5 working days.", turn);
    expect(policy.keyPoints[0]!.strength).toBeLessThan(promise.keyPoints[0]!.strength);
    expect(
      calibrationFeatures('Duplicate payments are always refunded automatically within 5 working days.', turn)?.policy_statements,
    ).toBe(1);
  });
});
