import type { DimensionTrend } from '@api';
import type { Dimension } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../common/labels';
import { plural } from '../common/plural';

const SYMBOL = { up: '↑', down: '↓', steady: '→', unknown: '–' } as const;

/** "empathy up 6 points over the last 30 days" — the arrow's meaning in words. */
export function describeTrend(dimension: Dimension, trend: DimensionTrend): string {
  const name = DIMENSION_LABEL[dimension];
  switch (trend.direction) {
    case 'up':
      return `${name} up ${plural(trend.change!, 'point')} over the last 30 days (${trend.previous} to ${trend.recent})`;
    case 'down':
      return `${name} down ${plural(Math.abs(trend.change!), 'point')} over the last 30 days (${trend.previous} to ${trend.recent})`;
    case 'steady':
      return `${name} steady over the last 30 days (${trend.previous} to ${trend.recent})`;
    case 'unknown':
      return `${name}: not enough finished attempts in the last 60 days to show a trend`;
  }
}

/** A 30-day trend as an arrow and a number, never colour alone; the full sentence for screen readers and on hover. */
export function TrendArrow({ dimension, trend }: { dimension: Dimension; trend: DimensionTrend }) {
  const description = describeTrend(dimension, trend);
  const short = trend.direction === 'up' ? `+${trend.change}` : trend.direction === 'down' ? `−${Math.abs(trend.change!)}` : '';
  return (
    <span className={`trend trend--${trend.direction}`} title={description}>
      <span aria-hidden="true">
        {SYMBOL[trend.direction]}
        {short && <span className="trend__change">{short}</span>}
      </span>
      <span className="visually-hidden">{description}</span>
    </span>
  );
}
