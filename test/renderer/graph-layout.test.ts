import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine/scenario/format';
import { arrowPairs, conversationArrows, indexById } from '../../renderer/src/components/authoring/graph/graph-elements';
import { layoutGraph, NODE_HEIGHT, NODE_WIDTH } from '../../renderer/src/components/authoring/graph/graph-layout';
import { openingViewport, READABLE_ZOOM } from '../../renderer/src/components/authoring/graph/opening-viewport';
import { broadband } from './scenario-files';

function laidOutBroadband() {
  const scenario = JSON.parse(broadband().text) as Scenario;
  const start = indexById(scenario.nodes).get(scenario.start);
  const arrows = arrowPairs(conversationArrows(scenario.nodes));
  return { scenario, start, arrows, positions: layoutGraph(scenario.nodes.length, start, arrows) };
}

describe('layoutGraph', () => {
  it('sends every arrow of a bundled scenario down a level, none sideways behind the nodes of its own level', () => {
    const { scenario, arrows, positions } = laidOutBroadband();
    const sideways = arrows
      .filter(([source, target]) => positions[target]!.y <= positions[source]!.y)
      .map(([source, target]) => `${scenario.nodes[source]!.id} → ${scenario.nodes[target]!.id}`);
    expect(sideways).toEqual([]);
  });

  it('leaves room for an arrow label between levels and between nodes of a level', () => {
    const { positions } = laidOutBroadband();
    const levels = [...new Set(positions.map((p) => p.y))].sort((a, b) => a - b);
    const gaps = levels.slice(1).map((y, i) => y - levels[i]! - NODE_HEIGHT);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(80);
    for (const y of levels) {
      const xs = positions
        .filter((p) => p.y === y)
        .map((p) => p.x)
        .sort((a, b) => a - b);
      xs.slice(1).forEach((x, i) => expect(x - xs[i]! - NODE_WIDTH).toBeGreaterThanOrEqual(60));
    }
  });
});

describe('openingViewport', () => {
  it('opens a bundled scenario at a readable size, from its start, when the whole would not fit readably', () => {
    const { start, positions } = laidOutBroadband();
    const viewport = openingViewport(positions, start, { width: 800, height: 600 });
    expect(viewport.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    // The start node is on screen, its top near the top of the pane.
    const startTop = positions[start!]!.y * viewport.zoom + viewport.y;
    const startLeft = positions[start!]!.x * viewport.zoom + viewport.x;
    expect(startTop).toBeGreaterThanOrEqual(0);
    expect(startTop).toBeLessThan(100);
    expect(startLeft).toBeGreaterThanOrEqual(0);
    expect(startLeft + NODE_WIDTH * viewport.zoom).toBeLessThanOrEqual(800);
  });

  it('shows a small conversation whole and centred, never zoomed past full size', () => {
    const positions = [
      { x: 16, y: 16 },
      { x: 16, y: 216 },
    ];
    const viewport = openingViewport(positions, 0, { width: 1000, height: 700 });
    expect(viewport.zoom).toBe(1);
    expect(viewport.x + (16 + NODE_WIDTH / 2)).toBeCloseTo(500);
  });
});
