import type { Outcome } from '../../../../engine/scenario/format';
import { OUTCOME_LABEL } from '../common/labels';

const SYMBOL: Record<Outcome, string> = { resolved: '✓', escalated: '↑', 'follow-up': '↻', 'customer-lost': '✕' };

/** How the conversation ended, as a word with a symbol and colour for quick scanning. */
export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return (
    <span className={`outcome-badge outcome-badge--${outcome}`}>
      <span className="outcome-badge__symbol" aria-hidden="true">
        {SYMBOL[outcome]}
      </span>
      {OUTCOME_LABEL[outcome]}
    </span>
  );
}
