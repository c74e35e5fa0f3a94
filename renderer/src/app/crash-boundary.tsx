import { Component, type ErrorInfo, type ReactNode } from 'react';

interface CrashState {
  error: Error | null;
}

/**
 * The last line against a blank window: if a screen throws while rendering, React would unmount
 * everything. This shows what happened and a way back instead; the data is safe, since every reply
 * is stored as soon as it is sent.
 */
export class CrashBoundary extends Component<{ children: ReactNode }, CrashState> {
  override state: CrashState = { error: null };

  static getDerivedStateFromError(error: Error): CrashState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('rapport: a screen failed to render', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="app-main crash-screen" id="main">
        <div className="notice notice--error" role="alert">
          <h1 className="notice__title">Something went wrong on this screen</h1>
          <p className="notice__message">
            Rapport hit a problem it did not expect: <code>{error.message}</code>. Your replies so far are saved.
          </p>
          <p className="notice__message">Reload to carry on. If it happens again, please report it (see SECURITY.md).</p>
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            Reload Rapport
          </button>
        </div>
      </main>
    );
  }
}
