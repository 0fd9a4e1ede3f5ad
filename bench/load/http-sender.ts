// Posts signed deliveries to the server over kept-alive connections, as a network's sender does.
import http from 'node:http';
import type { Delivery } from '../workload.ts';
import { SIGNATURE_HEADER } from '../../src/channels/api/index.ts';

export interface Sender {
  /** Resolves with the HTTP status; 0 when the request failed before an answer. */
  post(delivery: Delivery): Promise<number>;
  /** Requests sent and not yet answered. */
  inFlight(): number;
  close(): void;
}

const REQUEST_TIMEOUT_MS = 120_000;

export function createSender(webhookUrl: string, maxSockets: number): Sender {
  const url = new URL(webhookUrl);
  if (url.hostname !== '127.0.0.1') throw new Error('the benchmark only talks to 127.0.0.1');
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  let inFlight = 0;
  return {
    inFlight: () => inFlight,
    post(delivery) {
      inFlight++;
      return new Promise<number>((resolve) => {
        const request = http.request({
          host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent,
          headers: { 'content-type': 'application/json', 'content-length': delivery.body.length, [SIGNATURE_HEADER]: delivery.signature },
          timeout: REQUEST_TIMEOUT_MS,
        }, (response) => {
          response.resume();
          response.once('end', () => resolve(response.statusCode ?? 0));
          response.once('error', () => resolve(0));
        });
        request.once('timeout', () => request.destroy(new Error('timed out')));
        request.once('error', () => resolve(0));
        request.end(delivery.body);
      }).finally(() => { inFlight--; });
    },
    close: () => agent.destroy(),
  };
}
