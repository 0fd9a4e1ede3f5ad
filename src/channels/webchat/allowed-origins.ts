// Which sites may embed a webchat channel: the config schema and the Origin header check.
import { z } from 'zod';
import { ParleyError } from '../../domain/errors.ts';

export const ANY_ORIGIN = '*';

/** The origin of an http(s) URL written the way browsers send it, or null when it is not one. */
export function normalizeOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // An origin has no path, query, fragment or credentials: anything more is a mistake in the config.
  // URL takes a '*' in a host name; browsers never send one, so such an entry could match nothing.
  if (!/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) return null;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return null;
  return url.origin;
}

const OriginEntry = z.string().trim().max(300).transform((value, context) => {
  if (value === ANY_ORIGIN) return value;
  const origin = normalizeOrigin(value);
  if (!origin) {
    context.addIssue({ code: 'custom', message: `'${value}' is not an origin like https://shop.example (or '*')` });
    return z.NEVER;
  }
  return origin;
});

export const WebchatConfigSchema = z.object({
  allowedOrigins: z.array(OriginEntry).min(1).max(100).transform((origins) => [...new Set(origins)]),
});
export type WebchatConfig = z.infer<typeof WebchatConfigSchema>;

export function parseWebchatConfig(config: Record<string, unknown>): WebchatConfig {
  const parsed = WebchatConfigSchema.safeParse(config);
  if (!parsed.success) {
    throw new ParleyError('validation_failed', 'the webchat channel needs config.allowedOrigins: origins like https://shop.example, or "*"', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return parsed.data;
}

/** The allowed origins of a stored channel; a damaged config allows nothing rather than everything. */
export function allowedOriginsOf(config: Record<string, unknown>): string[] {
  const parsed = WebchatConfigSchema.safeParse(config);
  return parsed.success ? parsed.data.allowedOrigins : [];
}

export type OriginPolicy = 'origin-required' | 'origin-optional';

/**
 * True when a request from `origin` may use the channel. Browsers always send Origin on
 * cross-site requests and WebSocket handshakes, so with 'origin-required' (what the widget's
 * endpoints use) a missing Origin passes only when any site is allowed. 'origin-optional' is for
 * requests that carry a visitor token and may come from a server, which sends no Origin at all.
 */
export function isOriginAllowed(allowedOrigins: readonly string[], origin: string | undefined, policy: OriginPolicy = 'origin-required'): boolean {
  if (allowedOrigins.includes(ANY_ORIGIN)) return true;
  if (origin === undefined || origin === '') return policy === 'origin-optional';
  const normalized = normalizeOrigin(origin);
  return normalized !== null && allowedOrigins.includes(normalized);
}
