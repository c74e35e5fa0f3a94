/**
 * jsdom lays nothing out, and React Flow measures its nodes and edges. These stand-ins give every
 * element a size and the SVG text a bounding box, as React Flow's own testing guide suggests, so
 * the graph renders its nodes, handles and edge labels in component tests. Call once per test file.
 */
import { beforeAll } from 'vitest';

export function layOutReactFlowInJsdom(): void {
  beforeAll(() => {
    class MeasuringResizeObserver {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(target: Element): void {
        this.callback([{ target } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
      }
      unobserve(): void {}
      disconnect(): void {}
    }
    globalThis.ResizeObserver = MeasuringResizeObserver as unknown as typeof ResizeObserver;

    class Matrix {
      m22: number;
      constructor(transform: string) {
        const scale = /scale\(([\d.]+)\)/.exec(transform ?? '');
        this.m22 = scale ? Number(scale[1]) : 1;
      }
    }
    (globalThis as unknown as { DOMMatrixReadOnly: unknown }).DOMMatrixReadOnly = Matrix;

    Object.defineProperties(HTMLElement.prototype, {
      offsetWidth: { configurable: true, get: () => 1000 },
      offsetHeight: { configurable: true, get: () => 700 },
    });
    (SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () =>
      ({ x: 0, y: 0, width: 40, height: 12 }) as DOMRect;
  });
}
