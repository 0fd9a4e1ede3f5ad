// Who is signed in, for components deep in the tree (assign to me, presence, "you" labels).
import { createContext, useContext } from 'react';
import type { CurrentUser, Me, Role } from '../api/types.ts';

export interface Session {
  user: CurrentUser;
  workspaceId: string;
  role: Role;
  workspaces: Me['workspaces'];
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside a signed-in page');
  return session;
}

export function canAct(role: Role): boolean {
  return role !== 'viewer';
}

/** Leads and admins may reveal masked numbers and, with a reason, post what the PII guard stopped. */
export function canLead(role: Role): boolean {
  return role === 'lead' || role === 'admin';
}
