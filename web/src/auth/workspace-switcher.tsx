// Switches the session to another workspace (brand); everything cached belongs to the old one.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../api/http-client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { fetchMe } from './use-me.ts';
import { useSession } from './session-context.ts';

interface WorkspaceSwitcherProps {
  /** True from the moment a switch starts until the new workspace's screens replace the old ones. */
  onSwitchingChange?: (isSwitching: boolean) => void;
}

export function WorkspaceSwitcher({ onSwitchingChange }: WorkspaceSwitcherProps) {
  const session = useSession();
  const client = useQueryClient();
  const [switchingTo, setSwitchingTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = session.workspaces.find((w) => w.id === session.workspaceId);
  if (session.workspaces.length < 2) return <span className="workspace-name">{current?.name ?? 'Workspace'}</span>;

  async function switchTo(workspaceId: string) {
    // Until the new workspace's session is in place the old screens are still mounted; they are
    // locked so that nothing chosen meanwhile (a filter, a reply) lands in the wrong workspace.
    setSwitchingTo(workspaceId);
    onSwitchingChange?.(true);
    setError(null);
    try {
      await api.post('/api/v1/auth/workspace', { workspaceId });
      window.location.hash = '#/';
      const me = await fetchMe();
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
      client.setQueryData(queryKeys.me, me);
    } catch (failure) {
      setError(isApiError(failure) ? failure.message : 'Could not switch workspace.');
    } finally {
      setSwitchingTo(null);
      onSwitchingChange?.(false);
    }
  }

  return (
    <label className="workspace-switcher">
      <span className="visually-hidden">Workspace</span>
      <select value={switchingTo ?? session.workspaceId} disabled={switchingTo !== null} aria-busy={switchingTo !== null}
        onChange={(e) => void switchTo(e.target.value)}>
        {session.workspaces.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
      </select>
      {error && <span className="form-error" role="alert">{error}</span>}
    </label>
  );
}
