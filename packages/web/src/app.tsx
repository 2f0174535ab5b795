import { useEffect, useState } from 'preact/hooks';
import { api, cachedUser, cacheUser, onSessionChange, storedTokens } from './api/client.js';
import type { User } from './api/types.js';
import { ErrorNote, Loading } from './components/feedback.js';
import { Shell } from './components/shell.js';
import { useTimeZone } from './components/time-zone-switch.js';
import { AccountPage } from './pages/account-page.js';
import { AdminUsersPage } from './pages/admin-users-page.js';
import { BenchmarksPage } from './pages/benchmarks-page.js';
import { CollectorPage } from './pages/collector-page.js';
import { CollectorsPage } from './pages/collectors-page.js';
import { ComparePage } from './pages/compare-page.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { LoginPage, SignupPage } from './pages/login-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { SetupPage } from './pages/setup-page.js';
import { match, navigate, useLocation } from './router.js';
import { allows, logOut, SessionContext } from './session.js';
import { useAsync } from './use-async.js';

/** Log-in and sign-up for visitors; the signed-in shell and its pages for everyone else. */
export function App() {
  const [signedIn, setSignedIn] = useState(storedTokens() !== undefined);
  useEffect(() => onSessionChange(setSignedIn), []);
  const { path } = useLocation();
  if (!signedIn) return path === '/signup' ? <SignupPage /> : <LoginPage />;
  return <SignedIn />;
}

function SignedIn() {
  const { path } = useLocation();
  // Every time on every page is in the zone chosen: a switch redraws them all.
  useTimeZone();
  const user = useAsync(async (signal) => {
    // With the user known from last time, let the page's own data go first: the check can wait a moment.
    if (cachedUser()) await new Promise((resolve) => setTimeout(resolve, 1500));
    const answer = await api<User>('/api/v1/auth/user/', { signal });
    cacheUser(answer);
    return answer;
  }, []);
  const current = user.data ?? cachedUser<User>();
  useEffect(() => {
    if (path === '/login' || path === '/signup' || path === '/') navigate('/collectors', { replace: true });
  }, [path]);
  if (!current) {
    return (
      <div class="center-page">
        {user.error ? (
          <div class="card narrow">
            <ErrorNote message={user.error} onRetry={() => user.reload()} />
            <button type="button" class="button" onClick={logOut}>
              Log in again
            </button>
          </div>
        ) : (
          <Loading what="Signing in" />
        )}
      </div>
    );
  }
  return (
    <SessionContext.Provider value={{ user: current, refresh: () => user.reload(true) }}>
      <Shell>
        <Routes path={path} user={current} />
      </Shell>
    </SessionContext.Provider>
  );
}

function Routes({ path, user }: { path: string; user: User }) {
  if (match('/collectors', path)) return <CollectorsPage />;
  if (match('/collectors/setup', path)) return allows(user.role, 'admin') ? <SetupPage /> : <NotAllowed />;
  const dashboard = match('/collectors/:id/dashboard', path);
  if (dashboard) return <DashboardPage id={dashboard.id ?? ''} />;
  const collector = match('/collectors/:id', path);
  if (collector) return <CollectorPage id={collector.id ?? ''} />;
  if (match('/compare', path)) return <ComparePage />;
  if (match('/benchmarks', path)) return <BenchmarksPage />;
  if (match('/admin/users', path)) return allows(user.role, 'admin') ? <AdminUsersPage /> : <NotAllowed />;
  if (match('/account', path)) return <AccountPage />;
  if (path === '/' || path === '/login' || path === '/signup') return <Loading />;
  return <NotFoundPage />;
}

function NotAllowed() {
  return (
    <div class="page">
      <h1>Not available to your role</h1>
      <p class="muted">This page is for admins. Ask an admin of your organisation if you need it.</p>
    </div>
  );
}
