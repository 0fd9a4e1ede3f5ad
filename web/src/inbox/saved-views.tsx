// Saved views: one click to a list the agent keeps coming back to, each with how many it holds now.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../api/http-client.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { ListOf, SavedView } from '../api/types.ts';
import { canLead, useSession } from '../auth/session-context.ts';
import { fromViewQuery, sameFilter, toViewQuery, type InboxFilter } from './inbox-filter.ts';

interface SavedViewsProps { filter: InboxFilter; onApply: (filter: InboxFilter) => void }

export function SavedViews({ filter, onApply }: SavedViewsProps) {
  const session = useSession();
  const client = useQueryClient();
  const [isNaming, setIsNaming] = useState(false);
  const [name, setName] = useState('');
  const [isShared, setIsShared] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const views = useQuery({
    queryKey: queryKeys.views,
    queryFn: ({ signal }) => api.get<ListOf<SavedView>>('/api/v1/views', signal),
    select: (list) => list.items,
  });
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.views });
  const save = useMutation({
    mutationFn: () => api.post<SavedView>('/api/v1/views', { name, query: toViewQuery(filter), isShared }),
    onSuccess: () => { setIsNaming(false); setName(''); setIsShared(false); setError(null); return refresh(); },
    onError: (failure) => setError(isApiError(failure) ? failure.message : 'Could not save the view.'),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/v1/views/${encodeURIComponent(id)}`),
    onSuccess: () => { setError(null); return refresh(); },
    onError: (failure) => setError(isApiError(failure) ? failure.message : 'Could not delete the view.'),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim()) save.mutate();
  }

  const items = views.data ?? [];
  return (
    <nav className="saved-views" aria-label="Saved views">
      {items.length > 0 && (
        <ul>
          {items.map((view) => {
            const viewFilter = fromViewQuery(view.query);
            const isActive = viewFilter !== null && sameFilter(viewFilter, filter);
            const mayDelete = view.isShared ? canLead(session.role) : true;
            return (
              <li key={view.id}>
                <button type="button" className={`saved-view${isActive ? ' is-active' : ''}`} aria-pressed={isActive}
                  disabled={viewFilter === null}
                  title={viewFilter === null ? 'Made through the API with filters this app cannot show exactly' : view.isShared ? 'Shared with the workspace' : 'Only you see this view'}
                  onClick={() => viewFilter && onApply(viewFilter)}>
                  <span className="saved-view-name">{view.name}</span>
                  <span className="saved-view-count">{view.count === null ? '–' : view.count}</span>
                </button>
                {isActive && mayDelete && (
                  <button type="button" className="saved-view-delete" aria-label={`Delete view ${view.name}`}
                    disabled={remove.isPending} onClick={() => remove.mutate(view.id)}>×</button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {isNaming ? (
        <form className="saved-view-form" onSubmit={submit}>
          <label>
            <span className="visually-hidden">View name</span>
            <input value={name} maxLength={60} placeholder="Name this view" autoFocus onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => { if (e.key === 'Escape') setIsNaming(false); }} />
          </label>
          {canLead(session.role) && (
            <label className="check-field">
              <input type="checkbox" checked={isShared} onChange={(e) => setIsShared(e.target.checked)} /> Share with the team
            </label>
          )}
          <button type="submit" className="button button-small button-primary" disabled={!name.trim() || save.isPending}>Save</button>
          <button type="button" className="button button-small" onClick={() => { setIsNaming(false); setError(null); }}>Cancel</button>
        </form>
      ) : (
        <button type="button" className="button button-small" onClick={() => setIsNaming(true)}>Save view</button>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </nav>
  );
}
