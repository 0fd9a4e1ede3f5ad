// One customer across networks, with their conversations on every channel.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http-client.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { Contact, ContactDetail } from '../api/types.ts';

export function useContact(id: string | null) {
  return useQuery({
    queryKey: queryKeys.contact(id ?? ''),
    queryFn: ({ signal }) => api.get<ContactDetail>(`/api/v1/contacts/${encodeURIComponent(id ?? '')}`, signal),
    enabled: Boolean(id),
    staleTime: 30_000,
  });
}

export function useUpdateContact(id: string) {
  const client = useQueryClient();
  return async (patch: Partial<Pick<Contact, 'notes' | 'isVip' | 'attributes' | 'name'>>) => {
    const contact = await api.patch<Contact>(`/api/v1/contacts/${encodeURIComponent(id)}`, patch);
    client.setQueryData<ContactDetail>(queryKeys.contact(id), (old) => (old ? { ...old, ...contact } : old));
    return contact;
  };
}
