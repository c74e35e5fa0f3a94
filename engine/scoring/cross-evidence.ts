import type { Evidence } from './types';

const sum = (items: readonly Evidence[]) => items.reduce((s, e) => s + e.points, 0);

/**
 * How the dimensions colour each other, as trainers rate them: disrespect undermines empathy and,
 * a little, the help; naming and validating the customer's feelings is itself a courtesy.
 */
const OWNERSHIP = new Set(['takes-ownership', 'reports-what-has-been-done', 'clear-next-step']);

export function crossEvidence(evidence: readonly Evidence[], calm: boolean): Evidence[] {
  const disrespect = sum(evidence.filter((e) => e.dimension === 'respect' && e.points < 0));
  const warmth = sum(
    evidence.filter(
      (e) => e.dimension === 'empathy' && e.points > 0 && e.id !== 'speaks-to-their-situation' && e.id !== 'scripted-sympathy',
    ),
  );
  const out: Evidence[] = [];
  // With a calm customer, empathy is mostly warmth: courtesy shows it as much as named feelings do.
  const courtesy = sum(evidence.filter((e) => e.dimension === 'respect' && e.points > 0));
  if (calm && courtesy > 0 && disrespect === 0) {
    out.push({
      id: 'warm-with-a-calm-customer',
      dimension: 'empathy',
      points: Math.min(20, Math.round(courtesy * 0.4)),
      reason: 'warm and personal with a calm customer',
    });
  }
  if (disrespect < 0) {
    out.push({
      id: 'disrespect-undoes-empathy',
      dimension: 'empathy',
      points: Math.round(disrespect * 0.5),
      reason: 'disrespect undoes empathy',
    });
    out.push({
      id: 'disrespect-undoes-help',
      dimension: 'helpfulness',
      points: Math.round(disrespect * 0.3),
      reason: 'disrespect makes the help harder to accept',
    });
  }
  if (warmth > 0)
    out.push({
      id: 'respects-their-feelings',
      dimension: 'respect',
      points: Math.min(25, Math.round(warmth * 0.5)),
      reason: 'treats their feelings with respect',
    });
  const deflects = evidence.some((e) => e.id === 'deflects-the-customer-elsewhere');
  if (deflects) out.push({ id: 'passes-them-on', dimension: 'respect', points: -8, reason: 'passes them on instead of helping' });
  const ownsIt = evidence.some((e) => e.points > 0 && OWNERSHIP.has(e.id));
  if (ownsIt && disrespect === 0)
    out.push({ id: 'takes-their-problem-seriously', dimension: 'respect', points: 6, reason: 'takes their problem seriously' });
  return out;
}
