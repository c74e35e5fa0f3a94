import { useId, useState, type FormEvent } from 'react';
import type { AuthoringSettings } from '@api';

/**
 * Where trainees' scenarios live. The trainer types a folder path (it must exist and be writable;
 * Rapport checks before using it) or goes back to the bundled scenarios. The desktop shell could
 * offer a native folder picker here later; the web shell cannot, so a path it is.
 */
export function ScenariosFolderSettings({
  settings,
  busy,
  onSetFolder,
}: {
  settings: AuthoringSettings;
  busy: boolean;
  onSetFolder: (folder: string | null) => Promise<string | null>;
}) {
  const id = useId();
  const [folder, setFolder] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const apply = async (choice: string | null) => {
    const error = await onSetFolder(choice);
    setMessage(
      error
        ? { kind: 'error', text: error }
        : { kind: 'ok', text: choice === null ? 'Using the bundled scenarios.' : `Using ${choice}.` },
    );
    if (!error) setFolder('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (folder.trim() !== '') void apply(folder.trim());
  };

  return (
    <form className="folder-settings" onSubmit={submit}>
      <p>
        Trainees see the scenarios published to <code className="folder-settings__path">{settings.scenariosFolder}</code>
        {settings.usingBundled ? ' (the scenarios bundled with Rapport).' : '.'}
      </p>
      <div className="field">
        <label htmlFor={id}>Use another folder</label>
        <p id={`${id}-hint`} className="field__hint">
          The full path of an existing folder you can write to, e.g. a shared drive or a git checkout.
        </p>
        <input id={id} type="text" value={folder} aria-describedby={`${id}-hint`} onChange={(e) => setFolder(e.target.value)} />
      </div>
      <div className="folder-settings__actions">
        <button type="submit" className="button button--secondary button--small" disabled={busy || folder.trim() === ''}>
          {busy ? 'Checking…' : 'Check and use this folder'}
        </button>
        {!settings.usingBundled && (
          <button type="button" className="button button--quiet button--small" disabled={busy} onClick={() => void apply(null)}>
            Use the bundled scenarios
          </button>
        )}
      </div>
      {message && (
        <p
          className={message.kind === 'error' ? 'field__error' : 'field__hint'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
