// One inbox list: the first page from the server, more pages on demand, live changes from the stream.
import { useCallback, useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http-client.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { InboxPage } from '../api/types.ts';
import { appendPage, type InboxData } from './inbox-cache.ts';
import { toQueryString, type InboxFilter } from './inbox-filter.ts';

export function useInbox(filter: InboxFilter) {
  const client = useQueryClient();
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const query = useQuery({
    queryKey: queryKeys.inbox(filter),
    queryFn: ({ signal }) => api.get<InboxPage>(`/api/v1/conversations?${toQueryString(filter)}`, signal),
    // The stream keeps the list current; refetching on focus would only throw away loaded pages.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    placeholderData: keepPreviousData,
  });

  const loadMore = useCallback(async () => {
    const key = queryKeys.inbox(filter);
    const cursor = client.getQueryData<InboxData>(key)?.nextCursor;
    if (!cursor || isLoadingMore) return;
    setIsLoadingMore(true);
    try {
      const page = await api.get<InboxPage>(`/api/v1/conversations?${toQueryString(filter, cursor)}`);
      // A refetch meanwhile started the list over; this page no longer follows it.
      client.setQueryData<InboxData>(key, (data) => (data && data.nextCursor === cursor ? appendPage(data, page) : data));
    } finally {
      setIsLoadingMore(false);
    }
  }, [client, filter, isLoadingMore]);

  return {
    rows: query.data?.items ?? [],
    hasMore: Boolean(query.data?.nextCursor),
    isLoading: query.isPending,
    isUpdating: query.isPlaceholderData,
    error: query.error,
    isLoadingMore,
    loadMore,
  };
}
