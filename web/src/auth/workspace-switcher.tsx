// Switches the session to another workspace (brand); everything cached belongs to the old one.
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http-client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { fetchMe } from './use-me.ts';
import { useSession } from './session-context.ts';

export function WorkspaceSwitcher() {
  const session = useSession();
  const client = useQueryClient();
  const current = session.workspaces.find((w) => w.id === session.workspaceId);
  if (session.workspaces.length < 2) return <span className="workspace-name">{current?.name ?? 'Workspace'}</span>;

  async function switchTo(workspaceId: string) {
    await api.post('/api/v1/auth/workspace', { workspaceId });
    window.location.hash = '#/';
    const me = await fetchMe();
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
    client.setQueryData(queryKeys.me, me);
  }

  return (
    <label className="workspace-switcher">
      <span className="visually-hidden">Workspace</span>
      <select value={session.workspaceId} onChange={(e) => void switchTo(e.target.value)}>
        {session.workspaces.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
      </select>
    </label>
  );
}
