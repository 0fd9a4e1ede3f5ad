// The demo's stand-in for a customer's own system: receives Parley's signed reply deliveries.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { signBody, SIGNATURE_HEADER } from '../../channels/api/index.ts';
import { safeEqual } from '../../channels/signature.ts';

export interface DeliveredReply {
  /** The id this receiver gave the reply; a repeated Idempotency-Key gets the same one back. */
  externalId: string;
  isRepeat: boolean;
  to: string;
  text: string;
  visibility: string;
}

export interface ReceiverOptions {
  /** The channel's secret; read per request because the channel may be connected after the receiver starts. */
  secret(): string | undefined;
  onReply(reply: DeliveredReply): void;
  onRejected(reason: string): void;
  port?: number;
}

export interface Receiver {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function answer(response: http.ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export async function startDeliveryReceiver(options: ReceiverOptions): Promise<Receiver> {
  const idsByKey = new Map<string, string>();
  let count = 0;

  const server = http.createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/deliveries') {
      answer(response, 404, { error: 'POST /deliveries only' });
      return;
    }
    readBody(request).then((raw) => {
      const given = request.headers[SIGNATURE_HEADER];
      const secret = options.secret();
      if (typeof given !== 'string' || !secret || !safeEqual(given, signBody(secret, raw))) {
        options.onRejected('a delivery with a missing or wrong signature');
        answer(response, 401, { error: 'bad signature' });
        return;
      }
      const body = JSON.parse(raw.toString('utf8')) as { text?: unknown; visibility?: unknown; to?: { handle?: unknown; id?: unknown } };
      const key = String(request.headers['idempotency-key'] ?? '');
      const known = key ? idsByKey.get(key) : undefined;
      const externalId = known ?? `demo-out-${++count}`;
      if (key && !known) idsByKey.set(key, externalId);
      options.onReply({
        externalId, isRepeat: known !== undefined,
        to: String(body.to?.handle ?? body.to?.id ?? 'customer'),
        text: String(body.text ?? ''), visibility: String(body.visibility ?? ''),
      });
      answer(response, 200, { id: externalId });
    }).catch((error: unknown) => {
      options.onRejected(`an unreadable delivery: ${(error as Error).message}`);
      if (!response.headersSent) answer(response, 400, { error: 'unreadable delivery' });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/deliveries`,
    port,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
