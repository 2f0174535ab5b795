import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { logOutSession } from './api/client.js';
import type { Role, User } from './api/types.js';

const RANK: Readonly<Record<Role, number>> = { viewer: 0, analyst: 1, admin: 2 };

/** The signed-in user, and what their role allows: the page hides what the API would refuse. */
export interface Session {
  readonly user: User;
  readonly refresh: () => void;
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

/** True when `role` may do what `minimum` may: admin ⊃ analyst ⊃ viewer. */
export function allows(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

export function useCan(minimum: Role): boolean {
  return allows(useSession().user.role, minimum);
}

export function logOut(): void {
  void logOutSession();
}
