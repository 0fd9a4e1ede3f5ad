// The open conversation lives in the URL hash (#/conversations/<id>), so reload and back work.
import { useCallback, useSyncExternalStore } from 'react';

const PREFIX = '#/conversations/';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

function openConversationId(): string | null {
  const hash = window.location.hash;
  if (!hash.startsWith(PREFIX)) return null;
  const id = decodeURIComponent(hash.slice(PREFIX.length));
  return id || null;
}

export function useOpenConversation(): [string | null, (id: string | null) => void] {
  const id = useSyncExternalStore(subscribe, openConversationId);
  const open = useCallback((next: string | null) => {
    window.location.hash = next ? PREFIX + encodeURIComponent(next) : '#/';
  }, []);
  return [id, open];
}
