import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CrashBoundary } from '../../renderer/src/app/crash-boundary';

function Broken(): never {
  throw new Error('cannot read properties of undefined (reading "turns")');
}

describe('CrashBoundary', () => {
  it('shows what happened and a way back instead of a blank window when a screen throws', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    render(
      <CrashBoundary>
        <Broken />
      </CrashBoundary>,
    );
    quiet.mockRestore();

    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on this screen');
    expect(screen.getByRole('alert')).toHaveTextContent('cannot read properties of undefined (reading "turns")');
    expect(screen.getByRole('button', { name: 'Reload Rapport' })).toBeInTheDocument();
  });

  it('shows the app untouched while nothing throws', () => {
    render(
      <CrashBoundary>
        <p>Scenario library</p>
      </CrashBoundary>,
    );

    expect(screen.getByText('Scenario library')).toBeInTheDocument();
  });
});
