import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Link, useLocation } from '../router.js';
import { logOut, useCan, useSession } from '../session.js';
import { ThemeSwitch } from './theme-switch.js';
import { TimeZoneSwitch } from './time-zone-switch.js';

function NavLink({
  href,
  children,
  exact = false,
}: {
  href: string;
  children: ComponentChildren;
  exact?: boolean;
}) {
  const { path } = useLocation();
  const active = exact ? path === href : path === href || path.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      class={active ? 'nav-link active' : 'nav-link'}
      aria-current={active ? 'page' : undefined}
    >
      {children}
    </Link>
  );
}

/**
 * The left navigation and the page beside it. Links a role may not use are not shown. On a narrow screen the
 * navigation is a top bar whose links open from a Menu button (and close again on the next page).
 */
export function Shell({ children }: { children: ComponentChildren }) {
  const { user } = useSession();
  const admin = useCan('admin');
  const { path } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [path]);
  const onCollectorPages = path.startsWith('/collectors') && path !== '/collectors/setup';
  return (
    <div class="shell">
      <nav class={menuOpen ? 'sidebar menu-open' : 'sidebar'} aria-label="Main">
        <Link href="/collectors" class="brand">
          <svg viewBox="0 0 16 16" width="22" height="22" aria-hidden="true">
            <rect width="16" height="16" rx="3" fill="#3d6be0" />
            <path d="M2 12l3-4 3 2 3-6 3 3" stroke="#fff" stroke-width="1.6" fill="none" />
          </svg>
          PerfAnalysis
        </Link>
        <button
          type="button"
          class="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-menu"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Menu
        </button>
        <div class="menu" id="main-menu">
          <div class="nav-section">Collectors</div>
          <Link
            href="/collectors"
            class={onCollectorPages ? 'nav-link active' : 'nav-link'}
            aria-current={path === '/collectors' ? 'page' : undefined}
          >
            Manage
          </Link>
          {admin && <NavLink href="/collectors/setup">Setup</NavLink>}
          <div class="nav-section">Analyse</div>
          <NavLink href="/compare">Compare</NavLink>
          <NavLink href="/benchmarks">Benchmarks &amp; load tests</NavLink>
          {admin && (
            <>
              <div class="nav-section">Admin</div>
              <NavLink href="/admin/users">Users</NavLink>
            </>
          )}
          <div class="sidebar-foot">
            <NavLink href="/account">
              <span class="user-name">{user.username}</span>
              <span class={`role role-${user.role}`}>{user.role}</span>
            </NavLink>
            <button type="button" class="nav-link as-button" onClick={logOut}>
              Log out
            </button>
            <ThemeSwitch />
            <TimeZoneSwitch class="theme-switch" />
          </div>
        </div>
      </nav>
      <main class="main">{children}</main>
    </div>
  );
}
