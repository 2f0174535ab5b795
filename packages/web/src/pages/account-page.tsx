import { useState } from 'preact/hooks';
import { api, messageOf, storeTokens } from '../api/client.js';
import type { ApiKey, CreatedApiKey, Tokens } from '../api/types.js';
import { CopyField } from '../components/copy-field.js';
import { ErrorNote, Loading, SuccessNote } from '../components/feedback.js';
import { formatAgo, formatInstant } from '../lib/durations.js';
import { useSession } from '../session.js';
import { useAsync } from '../use-async.js';

/** Account settings: who you are, your password, and API keys for scripts. */
export function AccountPage() {
  const { user } = useSession();
  return (
    <div class="page narrow-page">
      <h1>Account</h1>
      <section class="card">
        <dl class="facts">
          <dt>Username</dt>
          <dd>{user.username}</dd>
          <dt>Email</dt>
          <dd>{user.email || '–'}</dd>
          <dt>Role</dt>
          <dd>
            <span class={`role role-${user.role}`}>{user.role}</span>
          </dd>
          <dt>Organisation</dt>
          <dd>{user.tenant}</dd>
          <dt>Member since</dt>
          <dd>{formatInstant(user.created_at)}</dd>
        </dl>
      </section>
      <PasswordCard />
      <SessionsCard />
      <ApiKeysCard />
    </div>
  );
}

function PasswordCard() {
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    const next = String(form.get('new_password') ?? '');
    setDone(false);
    if (next !== String(form.get('confirm') ?? '')) {
      setError('The new passwords differ. Type the same one twice.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      // The change ends every session of yours, this one too: the answer is a new one for this tab.
      storeTokens(
        await api<Tokens>('/api/v1/auth/password/', {
          method: 'POST',
          body: { current_password: String(form.get('current_password') ?? ''), new_password: next },
        }),
      );
      formElement.reset();
      setDone(true);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card">
      <h2>Change password</h2>
      <form class="form" onSubmit={submit}>
        <label>
          Current password
          <input type="password" name="current_password" autocomplete="current-password" required />
        </label>
        <label>
          New password
          <input type="password" name="new_password" autocomplete="new-password" minLength={8} required />
          <span class="hint">At least 8 characters</span>
        </label>
        <label>
          Repeat the new password
          <input type="password" name="confirm" autocomplete="new-password" minLength={8} required />
        </label>
        <ErrorNote message={error} />
        {done && <SuccessNote>Your password is changed. Your other sessions have ended.</SuccessNote>}
        <div class="actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            Update password
          </button>
        </div>
      </form>
    </section>
  );
}

function SessionsCard() {
  const [error, setError] = useState<string>();
  const everywhere = async () => {
    try {
      await api('/api/v1/auth/logout/', { method: 'POST', query: { everywhere: 'true' } });
      storeTokens(undefined);
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  return (
    <section class="card">
      <h2>Sessions</h2>
      <p class="muted">Ends every session of yours, on every device and browser, this one too.</p>
      <ErrorNote message={error} />
      <div class="actions">
        <button type="button" class="button" onClick={everywhere}>
          Log out everywhere
        </button>
      </div>
    </section>
  );
}

function ApiKeysCard() {
  const keys = useAsync((signal) => api<ApiKey[]>('/api/v1/auth/api-keys/', { signal }), []);
  const [created, setCreated] = useState<CreatedApiKey>();
  const [error, setError] = useState<string>();
  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const name = String(new FormData(formElement).get('name') ?? '').trim();
    setError(undefined);
    try {
      setCreated(await api<CreatedApiKey>('/api/v1/auth/api-keys/', { method: 'POST', body: { name } }));
      formElement.reset();
      keys.reload(true);
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  const revoke = async (key: ApiKey) => {
    if (!confirm(`Revoke the key "${key.name}"? Scripts using it stop working at once.`)) return;
    setError(undefined);
    try {
      await api(`/api/v1/auth/api-keys/${key.id}/`, { method: 'DELETE' });
      keys.reload(true);
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  const active = (keys.data ?? []).filter((k) => !k.revoked_at);
  const revoked = (keys.data ?? []).filter((k) => k.revoked_at);
  return (
    <section class="card">
      <h2>API keys</h2>
      <p class="muted">
        For scripts and pcctl: send <code>Authorization: ApiKey username:key</code>. A key acts with your
        role.
      </p>
      <form class="form form-row" onSubmit={create} aria-label="Create an API key">
        <label class="grow">
          Name
          <input name="name" required maxLength={100} placeholder="nightly report" />
        </label>
        <button type="submit" class="button button-primary">
          Create key
        </button>
      </form>
      {created && (
        <div class="created-key">
          <div class="note note-warning">Copy the key now: it is shown only this once.</div>
          <CopyField label="Authorization header" value={created.authorization} />
        </div>
      )}
      <ErrorNote message={error ?? keys.error} />
      {keys.loading && !keys.data && <Loading />}
      {keys.data && keys.data.length === 0 && <p class="muted">You have no API keys.</p>}
      {active.length + revoked.length > 0 && (
        <table class="table" aria-label="API keys">
          <thead>
            <tr>
              <th>Name</th>
              <th>Key</th>
              <th>Created</th>
              <th>Last used</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {[...active, ...revoked].map((k) => (
              <tr key={k.id} class={k.revoked_at ? 'revoked' : ''}>
                <td class="strong">{k.name}</td>
                <td>
                  <code>{k.prefix}…</code>
                </td>
                <td>{formatInstant(k.created_at)}</td>
                <td>{k.last_used_at ? formatAgo(k.last_used_at) : 'never'}</td>
                <td class="row-actions">
                  {k.revoked_at ? (
                    <span class="muted">revoked {formatAgo(k.revoked_at)}</span>
                  ) : (
                    <button type="button" class="button button-small button-danger" onClick={() => revoke(k)}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
