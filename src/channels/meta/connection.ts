// Connection settings shared by the Meta channels: Graph base URL and version, read and checked.
import { z } from 'zod';
import { ParleyError } from '../../domain/errors.ts';
import type { ChannelWithSecrets } from '../../domain/types.ts';
import { SendError } from '../channel-adapter.ts';
import { DEFAULT_GRAPH_VERSION, type GraphEndpoint } from './graph-client.ts';

/** Any http(s) base: the real Graph host by default, an emulator or a proxy when configured. */
export const GraphApiBaseUrl = z.string().url().max(2048)
  .refine((u) => /^https?:\/\//.test(u), 'graphApiBaseUrl must be http(s)')
  .transform((u) => u.replace(/\/+$/, ''));

/** Graph versions look like "v25.0". https://developers.facebook.com/docs/graph-api/guides/versioning */
export const GraphApiVersion = z.string().regex(/^v\d{1,3}\.\d{1,2}$/, 'graphApiVersion looks like "v25.0"');

/** Numeric ids as Meta prints them (Page ids, Instagram account ids). */
export const NumericId = z.string().regex(/^\d{1,32}$/, 'a numeric id, as a string');

export const Secret = z.string().min(1).max(4096);

export function parseConnection<T>(schema: z.ZodType<T>, config: Record<string, unknown>, network: string, needs: string): T {
  const parsed = schema.safeParse(config);
  if (!parsed.success) {
    throw new ParleyError('validation_failed', `the ${network} channel needs config ${needs}`, {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return parsed.data;
}

/** The Graph endpoint a connected channel sends through; a SendError when its settings are gone. */
export function storedEndpoint(channel: ChannelWithSecrets, tokenKey: string, defaultBaseUrl: (token: string) => string): GraphEndpoint {
  const token = channel.secrets[tokenKey];
  if (!token) throw new SendError(`the channel has no ${tokenKey}; reconnect it`, false);
  const base = typeof channel.config.graphApiBaseUrl === 'string' ? channel.config.graphApiBaseUrl : defaultBaseUrl(token);
  const version = typeof channel.config.graphApiVersion === 'string' ? channel.config.graphApiVersion : DEFAULT_GRAPH_VERSION;
  return { baseUrl: base, version, accessToken: token };
}

/** The Meta object a public conversation answers: the top-level comment or post its thread is keyed by. */
export function threadRoot(threadKey: string): string | null {
  return threadKey.startsWith('thread:') ? threadKey.slice('thread:'.length) || null : null;
}
