// The signed-in user and workspace; a 401 means "show the sign-in page".
import { useQuery } from '@tanstack/react-query';
import { api, isApiError, setCsrfToken } from '../api/http-client.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { Me } from '../api/types.ts';

export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/api/v1/me', signal);
    setCsrfToken(me.csrfToken ?? null);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: ({ signal }) => fetchMe(signal), staleTime: Infinity, retry: 1 });
}
