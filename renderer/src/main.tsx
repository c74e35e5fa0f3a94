// zod's jitless mode is set by vite.config.ts's alias of 'zod', before any schema is built.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { api } from './api/client';
import { App } from './app/app';
import { CrashBoundary } from './app/crash-boundary';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/app-shell.css';
import './styles/scores.css';
import './styles/library.css';
import './styles/play.css';
import './styles/reply.css';
import './styles/conversation.css';
import './styles/scorecard.css';
import './styles/progress.css';
import './styles/system.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html is missing <div id="root">');

createRoot(root).render(
  <StrictMode>
    <CrashBoundary>
      <ApiProvider api={api}>
        <App />
      </ApiProvider>
    </CrashBoundary>
  </StrictMode>,
);
