// Which connector serves which network: adding a network is one line here.
import type { ChannelAdapter } from './channel-adapter.ts';
import type { Network } from '../domain/types.ts';
import { ParleyError } from '../domain/errors.ts';
import { apiChannel } from './api/index.ts';
import { webchatChannel } from './webchat/index.ts';
import { xChannel } from './x/index.ts';
import { facebookChannel } from './meta/facebook/index.ts';
import { instagramChannel } from './meta/instagram/index.ts';

export type ChannelRegistry = ReadonlyMap<Network, ChannelAdapter>;

export function createChannelRegistry(adapters: ChannelAdapter[] = [apiChannel, webchatChannel, xChannel, facebookChannel, instagramChannel]): ChannelRegistry {
  return new Map(adapters.map((a) => [a.network, a]));
}

export function adapterFor(registry: ChannelRegistry, network: string): ChannelAdapter {
  const adapter = registry.get(network as Network);
  if (!adapter) throw new ParleyError('bad_request', `network '${network}' is not supported by this server yet`);
  return adapter;
}
