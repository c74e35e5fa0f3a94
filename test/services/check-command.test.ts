import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkCommand } from '../../electron/cli/check-command';
import { FIXTURE_SCENARIOS } from './temp-folders';

afterEach(() => vi.restoreAllMocks());

describe('npm run check', () => {
  it('prints choice balance warnings with file:line:col and path, and still passes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});

    const code = await checkCommand([path.join(FIXTURE_SCENARIOS, 'best-reply-first-and-longest.json')], process.cwd());

    expect(code).toBe(0);
    expect(error).not.toHaveBeenCalled();
    expect(warn.mock.calls.map(([line]) => String(line))).toEqual([
      expect.stringMatching(
        /best-reply-first-and-longest\.json:\d+:\d+ \$\.nodes\[0\]\.choices\[0\]: warning: .*choice 1 in all 4/,
      ),
      expect.stringMatching(/\$\.nodes\[0\]\.choices\[0\]\.text: warning: .*longest in all 4/),
    ]);
    expect(log).toHaveBeenCalledWith('1 of 1 scenario files valid, 0 problems, 2 warnings');
  });
});
