// Refetches a query when the stream says its data changed elsewhere (another agent's browser, the API).
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useStream } from '../api/stream-context.tsx';
import type { StreamEvent } from '../api/types.ts';

export function useLiveInvalidation(types: readonly StreamEvent['type'][], queryKey: readonly string[]): void {
  const stream = useStream();
  const client = useQueryClient();
  // Joined into strings so that callers may pass fresh array literals without resubscribing each render.
  const typeList = types.join(' ');
  const keyList = JSON.stringify(queryKey);
  useEffect(() => {
    if (!stream) return undefined;
    const wanted = new Set(typeList.split(' '));
    const key = JSON.parse(keyList) as string[];
    return stream.subscribe((event) => {
      if (wanted.has(event.type)) void client.invalidateQueries({ queryKey: key });
    });
  }, [stream, client, typeList, keyList]);
}
