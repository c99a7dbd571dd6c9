// Joining: as a guest of this event (just a name), with a new account, or with an existing one.
import { useState, type FormEvent } from 'react';
import { ErrorNote } from '../ui/ErrorNote';
import { useSignIn } from './useSignIn';

type Mode = 'guest' | 'signIn' | 'signUp';

const TABS: { mode: Mode; label: string }[] = [
  { mode: 'guest', label: 'Guest' },
  { mode: 'signIn', label: 'Sign in' },
  { mode: 'signUp', label: 'Sign up' },
];

export function AuthPanel({ onDone, onCancel }: { onDone: () => void; onCancel?: () => void }) {
  const [mode, setMode] = useState<Mode>('guest');
  const [displayName, setDisplayName] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const auth = useSignIn();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok =
      mode === 'guest'
        ? await auth.joinAsGuest(displayName.trim())
        : mode === 'signIn'
          ? await auth.signIn(username.trim(), password)
          : await auth.signUp({ username: username.trim(), password, displayName: displayName.trim() });
    if (ok) onDone();
  }

  return (
    <section className="card auth" aria-labelledby="auth-title">
      <h2 id="auth-title">Join the conversation</h2>
      <p className="muted">Pick a name and jump in as a guest, or use an account to keep your name.</p>
      <div className="tabs" role="tablist">
        {TABS.map((tab) => (
          <button
            key={tab.mode}
            type="button"
            role="tab"
            aria-selected={mode === tab.mode}
            className={`tab${mode === tab.mode ? ' tab--active' : ''}`}
            onClick={() => setMode(tab.mode)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <form className="form" onSubmit={submit}>
        {mode !== 'guest' && (
          <label className="field">
            <span>Username</span>
            <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" required minLength={3} maxLength={32} />
          </label>
        )}
        {mode !== 'signIn' && (
          <label className="field">
            <span>Display name</span>
            <input value={displayName} onChange={(e) => setDisplayName(e.target.value)} autoComplete="nickname" required maxLength={50} autoFocus />
          </label>
        )}
        {mode !== 'guest' && (
          <label className="field">
            <span>Password</span>
            <input
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete={mode === 'signUp' ? 'new-password' : 'current-password'}
              required
              minLength={mode === 'signUp' ? 8 : 1}
            />
          </label>
        )}
        {auth.error && <ErrorNote>{auth.error}</ErrorNote>}
        <div className="form__actions">
          {onCancel && (
            <button type="button" className="button button--quiet" onClick={onCancel}>
              Cancel
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={auth.pending}>
            {mode === 'guest' ? 'Join as guest' : mode === 'signIn' ? 'Sign in' : 'Create account'}
          </button>
        </div>
      </form>
    </section>
  );
}
