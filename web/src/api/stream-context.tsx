// Opens the stream for the signed-in workspace and feeds it into the query cache.
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { StreamConnection, type StreamStatus } from './stream-connection.ts';
import { applyStreamEvent } from './stream-sync.ts';
import { clearPresence } from '../conversation/presence-store.ts';

const StreamContext = createContext<StreamConnection | null>(null);

export function StreamProvider({ meId, children }: { meId: string | null; children: ReactNode }) {
  const client = useQueryClient();
  const [connection, setConnection] = useState<StreamConnection | null>(null);

  useEffect(() => {
    const stream = new StreamConnection(() => void client.invalidateQueries());
    const unsubscribe = stream.subscribe((event) => applyStreamEvent(client, event, meId));
    setConnection(stream);
    return () => {
      unsubscribe();
      stream.close();
      clearPresence();
    };
  }, [client, meId]);

  return <StreamContext.Provider value={connection}>{children}</StreamContext.Provider>;
}

export function useStream(): StreamConnection | null {
  return useContext(StreamContext);
}

const noop = () => () => undefined;

export function useStreamStatus(): StreamStatus {
  const stream = useStream();
  return useSyncExternalStore(stream ? (l) => stream.subscribeStatus(l) : noop, () => stream?.status ?? 'connecting');
}
