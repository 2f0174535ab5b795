import { useState } from 'preact/hooks';
import { api, messageOf } from '../api/client.js';
import type { Role, Settings, User } from '../api/types.js';
import { ErrorNote, Loading } from '../components/feedback.js';
import { formatInstant } from '../lib/durations.js';
import { useSession } from '../session.js';
import { useAsync } from '../use-async.js';

/** From the least privilege: the first is what a new user gets unless the admin picks more. */
const ROLES: readonly Role[] = ['viewer', 'analyst', 'admin'];
const ROLE_HELP: Readonly<Record<Role, string>> = {
  admin: 'everything: users, collectors, data',
  analyst: 'view and analyse, upload files',
  viewer: 'read only',
};

/** Admin → Users: the users and their roles, new users, and who may sign up. */
export function AdminUsersPage() {
  const { user: me } = useSession();
  const users = useAsync((signal) => api<User[]>('/api/v1/users/', { signal }), []);
  const settings = useAsync((signal) => api<Settings>('/api/v1/settings/', { signal }), []);
  const [error, setError] = useState<string>();

  const act = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      users.reload(true);
      settings.reload(true);
    } catch (failure) {
      setError(messageOf(failure));
    }
  };
  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = new FormData(formElement);
    const email = String(form.get('email') ?? '').trim();
    await act(async () => {
      await api('/api/v1/users/', {
        method: 'POST',
        body: {
          username: String(form.get('username') ?? '').trim(),
          password: String(form.get('password') ?? ''),
          role: String(form.get('role') ?? 'viewer'),
          ...(email ? { email } : {}),
        },
      });
      formElement.reset();
    });
  };

  return (
    <div class="page">
      <h1>Users</h1>
      <p class="muted">Roles: {ROLES.map((r) => `${r} (${ROLE_HELP[r]})`).join(', ')}.</p>
      <ErrorNote message={error ?? users.error} />
      <section class="card">
        <h2>Add a user</h2>
        <form class="form form-row" onSubmit={create} aria-label="Add a user">
          <label>
            Username
            <input name="username" required pattern="[A-Za-z0-9_.@+\-]+" maxLength={150} />
          </label>
          <label>
            Email
            <input name="email" type="email" />
          </label>
          <label>
            Password
            <input name="password" type="password" required minLength={8} autocomplete="new-password" />
          </label>
          <label>
            Role
            <select name="role">
              {ROLES.map((r) => (
                <option value={r} key={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="button button-primary">
            Create user
          </button>
        </form>
      </section>
      <section class="card">
        {users.loading && !users.data ? (
          <Loading what="Loading users" />
        ) : (
          <table class="table" aria-label="Users">
            <thead>
              <tr>
                <th>Username</th>
                <th>Email</th>
                <th>Role</th>
                <th>Created</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {(users.data ?? []).map((u) => (
                <tr key={u.id}>
                  <td class="strong">
                    {u.username}
                    {u.id === me.id && <span class="muted"> (you)</span>}
                  </td>
                  <td>{u.email || <span class="muted">–</span>}</td>
                  <td>
                    <select
                      value={u.role}
                      disabled={u.id === me.id}
                      aria-label={`Role of ${u.username}`}
                      onChange={(e) =>
                        act(() =>
                          api(`/api/v1/users/${u.id}/`, {
                            method: 'PATCH',
                            body: { role: e.currentTarget.value },
                          }),
                        )
                      }
                    >
                      {ROLES.map((r) => (
                        <option value={r} key={r}>
                          {r}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{formatInstant(u.created_at)}</td>
                  <td class="row-actions">
                    {u.id !== me.id && (
                      <button
                        type="button"
                        class="button button-small button-danger"
                        onClick={() =>
                          confirm(`Delete the user ${u.username}?`) &&
                          act(() => api(`/api/v1/users/${u.id}/`, { method: 'DELETE' }))
                        }
                      >
                        Delete
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section class="card">
        <h2>Sign-up</h2>
        <p class="muted">Whether people may create their own account here, and with which role.</p>
        {settings.data && (
          <label class="inline">
            New sign-ups
            <select
              value={settings.data.signup_role ?? ''}
              aria-label="Role of new sign-ups"
              onChange={(e) =>
                act(() =>
                  api('/api/v1/settings/', {
                    method: 'PUT',
                    body: { signup_role: e.currentTarget.value === '' ? null : e.currentTarget.value },
                  }),
                )
              }
            >
              <option value="">closed: admins create users</option>
              {ROLES.map((r) => (
                <option value={r} key={r}>
                  open, as {r}
                </option>
              ))}
            </select>
          </label>
        )}
        <ErrorNote message={settings.error} />
      </section>
    </div>
  );
}
