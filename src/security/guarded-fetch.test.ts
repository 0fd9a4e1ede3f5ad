import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockedTargetError, createGuardedFetch } from './guarded-fetch.ts';

describe('the guarded fetch', () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => {
        res.writeHead(201, { 'content-type': 'application/json', 'retry-after': '3' });
        res.end(JSON.stringify({ method: req.method, host: req.headers.host, body, key: req.headers['idempotency-key'] }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it.each(['http://127.0.0.1/', 'http://[::1]/', 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.8/', 'http://localhost/'])(
    'refuses %s', async (url) => {
      await expect(createGuardedFetch({ allowPrivate: false })(url)).rejects.toBeInstanceOf(BlockedTargetError);
    });

  it('refuses other schemes', async () => {
    await expect(createGuardedFetch({ allowPrivate: true })('file:///etc/passwd')).rejects.toBeInstanceOf(BlockedTargetError);
  });

  it('refuses a name with any private answer, and connects only to the address it checked', async () => {
    const mixed = createGuardedFetch({ allowPrivate: false, resolve: async () => [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }] });
    await expect(mixed('http://rebind.example/')).rejects.toBeInstanceOf(BlockedTargetError);
    // Allowed private: the name resolves once, and the request goes to that address whatever DNS says later.
    let lookups = 0;
    const pinned = createGuardedFetch({ allowPrivate: true, resolve: async () => { lookups++; return [{ address: '127.0.0.1', family: 4 }]; } });
    const res = await pinned(`http://receiver.example:${port}/hook`, { method: 'POST', body: '{"a":1}', headers: { 'idempotency-key': 'k1' } });
    expect(lookups).toBe(1);
    expect(res.status).toBe(201);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(await res.json()).toEqual({ method: 'POST', host: `receiver.example:${port}`, body: '{"a":1}', key: 'k1' });
  });
});
