// The channels' health for the whole workspace: which accounts work, which need attention, and
// (for leads and admins) checking one now or fetching what it may have missed.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../api/http-client.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { ChannelListing } from '../api/types.ts';
import { useChannels } from '../api/workspace-queries.ts';
import { canLead, useSession } from '../auth/session-context.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';
import { ChannelHealthCard } from './channel-health-card.tsx';
import './channels.css';

const DAY_MS = 86_400_000;

export function ChannelsDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const session = useSession();
  const client = useQueryClient();
  const channels = useChannels();
  const [error, setError] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: ({ channel, action }: { channel: ChannelListing; action: 'check' | 'backfill' }) => action === 'check'
      ? api.post<ChannelListing>(`/api/v1/channels/${channel.id}/health-check`)
      : api.post<ChannelListing>(`/api/v1/channels/${channel.id}/backfill`, { since: new Date(Date.now() - DAY_MS).toISOString() }),
    onMutate: () => setError(null),
    onSuccess: (updated) => client.setQueryData<{ items: ChannelListing[] }>(queryKeys.channels,
      (old) => old && { items: old.items.map((c) => (c.id === updated.id ? updated : c)) }),
    onError: (cause) => setError(isApiError(cause) ? cause.message : 'The request failed; try again.'),
  });
  const items = channels.data ?? [];
  const failing = items.filter((c) => c.health?.status === 'failing').length;
  return (
    <ModalDialog isOpen={isOpen} onClose={onClose} title="Channels" className="channels-dialog">
      <p className="channels-summary" role="status">
        {channels.isPending ? 'Loading…' : `${items.length} channel${items.length === 1 ? '' : 's'}${failing ? `, ${failing} failing` : ''}`}
      </p>
      {error && <p className="form-error" role="alert">{error}</p>}
      {channels.isError && <p className="form-error" role="alert">The channels could not be loaded.</p>}
      <div className="channel-cards">
        {items.map((channel) => (
          <ChannelHealthCard key={channel.id} channel={channel}
            isBusy={act.isPending && act.variables?.channel.id === channel.id}
            canCheck={canLead(session.role)} canBackfill={session.role === 'admin'}
            onCheck={() => act.mutate({ channel, action: 'check' })} onBackfill={() => act.mutate({ channel, action: 'backfill' })} />
        ))}
      </div>
      <form method="dialog"><button type="submit" className="button">Close</button></form>
    </ModalDialog>
  );
}
