// The fetch Parley uses for URLs it does not control (delivery URLs, media, hooks): it refuses
// loopback, private and link-local targets, and connects to the very address it checked, so a
// DNS answer that changes between check and connect (rebinding) cannot slip through.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { Readable } from 'node:stream';
import type { LookupFunction } from 'node:net';
import { isPrivateAddress } from './private-address.ts';

export class BlockedTargetError extends Error {
  override name = 'BlockedTargetError';
}

type Resolve = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemResolve: Resolve = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

export interface GuardedFetchOptions {
  /** Lets an admin point channels at hosts on the local network (or a local emulator). */
  allowPrivate: boolean;
  resolve?: Resolve;
}

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => { out[key] = value; });
  return out;
}

function bodyOf(init: RequestInit | undefined): Buffer | undefined {
  const body = init?.body;
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  throw new TypeError('guarded fetch sends string or byte bodies only');
}

export function createGuardedFetch(options: GuardedFetchOptions): typeof fetch {
  const resolve = options.resolve ?? systemResolve;

  async function pickAddress(hostname: string): Promise<{ address: string; family: number }> {
    const bare = hostname.replace(/^\[|\]$/g, '');
    const addresses = net.isIP(bare) ? [{ address: bare, family: net.isIP(bare) }] : await resolve(bare);
    if (addresses.length === 0) throw new BlockedTargetError(`${hostname} does not resolve`);
    if (!options.allowPrivate) {
      // Every answer must be public: an attacker's name may mix a public and a private address.
      const blocked = addresses.find((a) => isPrivateAddress(a.address));
      if (blocked) throw new BlockedTargetError(`${hostname} resolves to a private or local address (${blocked.address}); an admin can allow private targets`);
    }
    return addresses[0]!;
  }

  const guarded = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BlockedTargetError(`only http and https URLs are fetched, not ${url.protocol}`);
    const target = await pickAddress(url.hostname);
    const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
      if ((lookupOptions as dns.LookupAllOptions).all) {
        (callback as unknown as (err: null, addresses: dns.LookupAddress[]) => void)(null, [{ address: target.address, family: target.family }]);
      } else {
        callback(null, target.address, target.family);
      }
    };
    const body = bodyOf(init);
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise<Response>((resolvePromise, reject) => {
      const request = transport.request(url, {
        method: init?.method ?? 'GET', headers: { ...headersOf(init), ...(body ? { 'content-length': String(body.length) } : {}) },
        lookup: pinned, signal: init?.signal ?? undefined,
      }, (response) => {
        const headers = new Headers();
        for (const [key, value] of Object.entries(response.headers)) {
          if (Array.isArray(value)) value.forEach((v) => headers.append(key, v));
          else if (value !== undefined) headers.set(key, value);
        }
        const status = response.statusCode ?? 502;
        const hasBody = status !== 204 && status !== 304 && init?.method !== 'HEAD';
        resolvePromise(new Response(hasBody ? (Readable.toWeb(response) as ReadableStream<Uint8Array>) : null, { status, headers }));
      });
      request.on('error', reject);
      request.end(body);
    });
  };
  return guarded as typeof fetch;
}
