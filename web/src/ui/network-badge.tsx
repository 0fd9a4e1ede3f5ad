// A small, labelled mark for the network a conversation came from.
import type { Network } from '../api/types.ts';

const NETWORKS: Record<Network, { mark: string; name: string }> = {
  x: { mark: '𝕏', name: 'X' },
  facebook: { mark: 'f', name: 'Facebook' },
  instagram: { mark: 'IG', name: 'Instagram' },
  whatsapp: { mark: 'WA', name: 'WhatsApp' },
  telegram: { mark: 'TG', name: 'Telegram' },
  mastodon: { mark: 'M', name: 'Mastodon' },
  bluesky: { mark: 'BS', name: 'Bluesky' },
  email: { mark: '@', name: 'Email' },
  webchat: { mark: 'WC', name: 'Web chat' },
  api: { mark: 'API', name: 'API' },
};

export function networkName(network: Network | undefined): string {
  return network ? NETWORKS[network].name : 'Unknown network';
}

export function NetworkBadge({ network }: { network: Network | undefined }) {
  const entry = network ? NETWORKS[network] : { mark: '?', name: 'Unknown network' };
  return (
    <span className={`network-badge network-${network ?? 'unknown'}`} role="img" aria-label={entry.name} title={entry.name}>
      {entry.mark}
    </span>
  );
}
