import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetStores } from '../../renderer/src/stores/resettable-store';

// jsdom has no layout, so no ResizeObserver; recharts' ResponsiveContainer needs one to exist.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// The stores are module singletons: every test starts from a fresh app.
afterEach(() => {
  cleanup();
  resetStores();
});
