import { useState } from 'preact/hooks';
import { api, messageOf, storeTokens } from '../api/client.js';
import type { SignUpStatus, Tokens } from '../api/types.js';
import { ErrorNote } from '../components/feedback.js';
import { Link } from '../router.js';
import { useAsync } from '../use-async.js';

function AuthCard({ title, children }: { title: string; children: preact.ComponentChildren }) {
  return (
    <div class="auth-page">
      <div class="auth-card card">
        <div class="auth-brand">
          <svg viewBox="0 0 16 16" width="28" height="28" aria-hidden="true">
            <rect width="16" height="16" rx="3" fill="#3d6be0" />
            <path d="M2 12l3-4 3 2 3-6 3 3" stroke="#fff" stroke-width="1.6" fill="none" />
          </svg>
          PerfAnalysis
        </div>
        <h1>{title}</h1>
        {children}
      </div>
    </div>
  );
}

export function LoginPage() {
  const signup = useAsync((signal) => api<SignUpStatus>('/api/v1/auth/signup/', { signal }), []);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(undefined);
    try {
      const tokens = await api<Tokens>('/api/v1/auth/token/', {
        method: 'POST',
        anonymous: true,
        body: { username: String(form.get('username') ?? ''), password: String(form.get('password') ?? '') },
      });
      storeTokens(tokens);
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  };
  return (
    <AuthCard title="Log in">
      <form onSubmit={submit} class="form">
        <label>
          Username
          <input name="username" autocomplete="username" required autofocus />
        </label>
        <label>
          Password
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        <ErrorNote message={error} />
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p class="auth-switch">
        {signup.data?.open === false ? (
          'Sign-up is closed here: ask an admin for an account.'
        ) : (
          <>
            No account yet? <Link href="/signup">Sign up</Link>
          </>
        )}
      </p>
    </AuthCard>
  );
}

export function SignupPage() {
  // The setup link the server prints for a tenant without users: /signup?setup=TOKEN (works once).
  const setupToken = new URLSearchParams(location.search).get('setup') ?? undefined;
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const password = String(form.get('password') ?? '');
    if (password !== String(form.get('confirm') ?? '')) {
      setError('The two passwords differ. Type the same password twice.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const email = String(form.get('email') ?? '').trim();
      const answer = await api<Tokens>('/api/v1/auth/signup/', {
        method: 'POST',
        anonymous: true,
        body: {
          username: String(form.get('username') ?? '').trim(),
          password,
          ...(email ? { email } : {}),
          ...(setupToken ? { setup_token: setupToken } : {}),
        },
      });
      history.replaceState(null, '', '/collectors');
      storeTokens({ access: answer.access, refresh: answer.refresh });
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  };
  return (
    <AuthCard title="Create your account">
      <p class="muted">
        {setupToken
          ? 'This setup link makes you the admin of this organisation. It works once.'
          : "The first account of an organisation becomes its admin: from the server's own machine, or with the setup link the server prints when it starts."}
      </p>
      <form onSubmit={submit} class="form">
        <label>
          Username
          <input
            name="username"
            autocomplete="username"
            required
            pattern="[A-Za-z0-9_.@+\-]+"
            maxLength={150}
          />
          <span class="hint">Letters, digits and _ . @ + -</span>
        </label>
        <label>
          Email <span class="muted">(optional)</span>
          <input name="email" type="email" autocomplete="email" />
        </label>
        <label>
          Password
          <input name="password" type="password" autocomplete="new-password" required minLength={8} />
          <span class="hint">At least 8 characters</span>
        </label>
        <label>
          Repeat the password
          <input name="confirm" type="password" autocomplete="new-password" required minLength={8} />
        </label>
        <ErrorNote message={error} />
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Sign up'}
        </button>
      </form>
      <p class="auth-switch">
        Have an account? <Link href="/login">Log in</Link>
      </p>
    </AuthCard>
  );
}
