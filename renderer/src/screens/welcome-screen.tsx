import { useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { ScreenHeading } from '../components/common/screen-heading';
import { useProfileStore } from '../stores/profile-store';

const MAX_NAME = 80;

/** First launch: who is training. Asked once; the name is remembered by the service. */
export function WelcomeScreen() {
  const api = useApi();
  const save = useProfileStore((s) => s.save);
  const saving = useProfileStore((s) => s.saving);
  const serviceError = useProfileStore((s) => s.error);
  const previousName = useProfileStore((s) => s.previousName);
  const comeBack = useProfileStore((s) => s.comeBack);
  const [name, setName] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const error = localError ?? serviceError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setLocalError('Enter your name so your scores are kept under it.');
      return;
    }
    setLocalError(null);
    void save(api, trimmed);
  };

  return (
    <div className="screen welcome-screen">
      <div className="welcome-card">
        <ScreenHeading focusOnMount={false}>Welcome to Rapport</ScreenHeading>
        <p>
          Practise real customer conversations in a safe place. Pick a scenario, reply to the customer in your own words or choose
          a reply, and see how each answer scores on <strong>respect</strong>, <strong>helpfulness</strong> and{' '}
          <strong>empathy</strong>.
        </p>
        <form className="welcome-form" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="trainee-name">What should we call you?</label>
            <input
              id="trainee-name"
              type="text"
              autoComplete="name"
              // The only thing to do on this screen is type a name, so start there.
              autoFocus
              maxLength={MAX_NAME}
              value={name}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'trainee-name-error' : 'trainee-name-hint'}
              onChange={(e) => setName(e.target.value)}
            />
            <p id="trainee-name-hint" className="field__hint">
              Your attempts and scores are saved under this name on this computer.
            </p>
            {error && (
              <p id="trainee-name-error" className="field__error" role="alert">
                {error}
              </p>
            )}
          </div>
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Start training'}
          </button>
        </form>
        {previousName && (
          <p className="welcome-card__back">
            Everyone’s attempts stay saved under their own name.{' '}
            <button type="button" className="link-button" onClick={comeBack}>
              Back to {previousName}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
