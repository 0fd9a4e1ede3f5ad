// A local stand-in for an api channel's receiver: verifies Parley's signed deliveries, records
// them, and can be told to answer with errors (429 with Retry-After, 500, 400) for tests and the demo.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { safeEqual } from '../signature.ts';
import { signBody, SIGNATURE_HEADER } from './index.ts';

export interface ReceivedDelivery {
  body: Record<string, unknown>;
  rawBody: string;
  idempotencyKey: string | undefined;
  isSignatureValid: boolean;
}

export interface ScriptedAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiReceiver {
  url: string;
  /** Deliveries answered 2xx, in arrival order, one per idempotency key. */
  delivered: ReceivedDelivery[];
  /** Every request, duplicates and refused ones included. */
  requests: ReceivedDelivery[];
  /** Answers to give to the next requests, in order, before going back to 200. */
  script(...answers: ScriptedAnswer[]): void;
  /** Resolves when `count` deliveries have been accepted. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedDelivery[]>;
  setSecret(secret: string): void;
  close(): Promise<void>;
}

export async function startApiReceiver(options: { secret?: string; port?: number } = {}): Promise<ApiReceiver> {
  let secret = options.secret ?? '';
  const delivered: ReceivedDelivery[] = [];
  const requests: ReceivedDelivery[] = [];
  const seenKeys = new Set<string>();
  const pending: ScriptedAnswer[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown> = {};
      try { body = JSON.parse(rawBody) as Record<string, unknown>; } catch { /* recorded as-is below */ }
      const given = req.headers[SIGNATURE_HEADER];
      const isSignatureValid = typeof given === 'string' && secret !== '' && safeEqual(given, signBody(secret, rawBody));
      const idempotencyKey = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : undefined;
      const delivery = { body, rawBody, idempotencyKey, isSignatureValid };
      requests.push(delivery);
      const answer = pending.shift();
      if (answer) {
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        res.end(JSON.stringify(answer.body ?? { error: `scripted ${answer.status}` }));
        return;
      }
      if (!isSignatureValid) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'bad signature' }));
        return;
      }
      // A receiver that honours Idempotency-Key answers a repeat without acting on it twice.
      if (!idempotencyKey || !seenKeys.has(idempotencyKey)) {
        if (idempotencyKey) seenKeys.add(idempotencyKey);
        delivered.push(delivery);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `rcv-${delivered.length}` }));
      for (const w of waiters.filter((w) => delivered.length >= w.count)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/deliveries`,
    delivered,
    requests,
    script: (...answers) => { pending.push(...answers); },
    setSecret: (s) => { secret = s; },
    waitFor(count, timeoutMs = 10_000) {
      if (delivered.length >= count) return Promise.resolve(delivered);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`waited ${timeoutMs} ms for ${count} deliveries; got ${delivered.length}`)), timeoutMs);
        waiters.push({ count, resolve: () => { clearTimeout(timer); resolve(delivered); } });
      });
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
