import type { Viewport } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH, type Position } from './graph-layout';

/** The smallest zoom at which a node's 13 px text stays readable (about 10 px on screen). */
export const READABLE_ZOOM = 0.8;
const MARGIN = 16;

/**
 * Where the graph opens: the whole conversation when it fits at a readable size, centred; else at
 * the readable size, from the top, centred on the start (or the whole width when that fits), so
 * the trainer reads the beginning and pans on, instead of a fitted picture whose text is 7 px.
 */
export function openingViewport(
  positions: readonly Position[],
  start: number | undefined,
  pane: { width: number; height: number },
): Viewport {
  if (positions.length === 0) return { x: 0, y: 0, zoom: 1 };
  const left = Math.min(...positions.map((p) => p.x));
  const top = Math.min(...positions.map((p) => p.y));
  const width = Math.max(...positions.map((p) => p.x)) + NODE_WIDTH - left;
  const height = Math.max(...positions.map((p) => p.y)) + NODE_HEIGHT - top;
  const fit = Math.min((pane.width - 2 * MARGIN) / width, (pane.height - 2 * MARGIN) / height, 1);
  const zoom = Math.max(fit, READABLE_ZOOM);
  const focusX =
    width * zoom <= pane.width - 2 * MARGIN || start === undefined ? left + width / 2 : positions[start]!.x + NODE_WIDTH / 2;
  const x = pane.width / 2 - focusX * zoom;
  const y = height * zoom <= pane.height - 2 * MARGIN ? (pane.height - height * zoom) / 2 - top * zoom : MARGIN - top * zoom;
  return { x, y, zoom };
}
