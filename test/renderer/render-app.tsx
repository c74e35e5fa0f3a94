import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '@api';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { App } from '../../renderer/src/app/app';

/** Renders the whole app over the given Api, as main.tsx does with the real client. */
export function renderApp(api: Api) {
  const user = userEvent.setup();
  const view = render(
    <ApiProvider api={api}>
      <App />
    </ApiProvider>,
  );
  return { user, ...view };
}

/** Waits until the library has listed its scenarios (profile and library both loaded). */
export async function findLibrary() {
  return screen.findByRole('heading', { level: 1, name: 'Scenario library' });
}
